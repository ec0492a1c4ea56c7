/**
 * One measured visit to the app: open it on the served dataset, time loading and validation and the first
 * render of timeline and graph, then do what a reader does — zoom and pan the timeline, toggle an event type
 * in the filter bar, click a table row, export both figures as SVG — timing each from the input to the
 * frame painted after the DOM shows the result. Figures that cannot be taken are left out with a note.
 */
import type { Browser, Page } from 'playwright-core';
import { initialAssets, type InitialAssets } from './assets.ts';
import { zoomAndPan, type ZoomPanResult } from './interact.ts';
import { heapUsed, openProbedPage, waitForMark } from './page.ts';
import type { Download, InputExpectation, InputResult } from './probe.ts';

/** An exported figure: time from the click to the file, and its size. */
export interface ExportFigure {
  readonly ms: number;
  readonly bytes: number;
}

/** The figures of one visit; a figure absent was not measured, and `notes` says why. */
export interface AppRun {
  /** Navigation to the dataset validated (`html[data-app="ready"]`). */
  loadValidateMs?: number;
  /** Dataset validated to the timeline drawn, and to the graph drawn. */
  timelineRenderMs?: number;
  graphRenderMs?: number;
  /** Longest main-thread task between the dataset validated and the graph drawn. */
  graphLongestTaskMs?: number;
  zoomPan?: ZoomPanResult;
  filterMs?: number;
  selectionMs?: number;
  exportTimeline?: ExportFigure;
  exportGraph?: ExportFigure;
  assets?: InitialAssets;
  heapBytes?: number;
  notes: string[];
}

async function timeInput(page: Page, expectation: InputExpectation, act: () => Promise<void>): Promise<InputResult> {
  await page.evaluate((e) => window.__chronographBench?.armInput(e), expectation);
  await act();
  const result = await page.evaluate(() => window.__chronographBench?.inputResult);
  return result ?? { ms: undefined, unmet: ['the probe'] };
}

async function exportSvg(page: Page, kind: 'timeline' | 'graph', notes: string[]): Promise<ExportFigure | undefined> {
  const menu = page.locator(`details[data-export="${kind}"]`);
  if ((await menu.count()) === 0) {
    notes.push(`${kind} export: no export menu`);
    return undefined;
  }
  await menu.locator('summary').click();
  const before = await page.evaluate(() => window.__chronographBench?.downloads.length ?? 0);
  await menu.locator('button[data-format="svg"]').click();
  let download: Download | undefined;
  let clicked = Number.NaN;
  try {
    const handle = await page.waitForFunction(
      (n) => {
        const probe = window.__chronographBench;
        const found = probe?.downloads[n];
        return found && probe ? { download: found, clicked: probe.lastClick } : undefined;
      },
      before,
      { timeout: 60_000, polling: 20 },
    );
    const value = await handle.jsonValue();
    download = value?.download;
    clicked = value?.clicked ?? Number.NaN;
  } catch {
    notes.push(`${kind} export: no file within 60 s`);
  }
  await menu.locator('summary').click();
  return download ? { ms: download.at - clicked, bytes: download.size } : undefined;
}

/** Visits the app at `url` once. `timeoutMs` bounds the wait for it to be ready. */
export async function measureApp(browser: Browser, url: string, siteRoot: string, timeoutMs: number): Promise<AppRun> {
  const run: AppRun = { notes: [] };
  const { page, errors, close } = await openProbedPage(browser, url);
  try {
    const app = await waitForMark(page, 'appReady', timeoutMs);
    if (!app) {
      run.notes.push(`the app was not ready within ${Math.round(timeoutMs / 1000)} s`);
      return run;
    }
    run.loadValidateMs = app.seen;
    const timeline = await waitForMark(page, 'timelineReady', timeoutMs);
    if (timeline) run.timelineRenderMs = timeline.painted - app.seen;
    else run.notes.push('the timeline never set data-ready');
    let graph = await waitForMark(page, 'graphReady', timeline ? 5_000 : 1_000);
    if (!graph) {
      graph = await waitForMark(page, 'graphDrawn', 1_000);
      run.notes.push(graph ? 'graph: no svg[data-graph-ready], timed to its first node drawn' : 'graph: nothing drawn');
    }
    if (graph) {
      run.graphRenderMs = graph.painted - app.seen;
      const end = graph.painted;
      const tasks = await page.evaluate(() => window.__chronographBench?.longTasks ?? []);
      const during = tasks.filter((t) => t.start >= app.seen && t.start <= end);
      run.graphLongestTaskMs = Math.max(0, ...during.map((t) => t.duration));
    }
    const rendered = Math.max(timeline?.painted ?? 0, graph?.painted ?? 0);
    run.assets = await initialAssets(page, siteRoot, rendered);
    run.heapBytes = await heapUsed(page);

    if (timeline) run.zoomPan = await zoomAndPan(page, '.timeline');

    // Each input is timed from a settled page: the window reported after the zoom and pan has reached the
    // graph (laid out in its worker) and been drawn, so what is timed is the input's own work.
    const settle = async () => {
      await page
        .locator('svg[data-graph-ready="true"]')
        .waitFor({ timeout: timeoutMs })
        .catch(() => undefined);
      await page.waitForTimeout(500);
    };
    const typeFilter = page.locator('.sidebar label.chip.type-statement input');
    if ((await typeFilter.count()) > 0) {
      await settle();
      const on = await timeInput(page, { present: [], changed: '.timeline-area .count', timeoutMs: 30_000 }, () =>
        typeFilter.click(),
      );
      run.filterMs = on.ms;
      if (on.unmet.length) run.notes.push(`filter: the event count did not change`);
      await typeFilter.click();
      await page.waitForTimeout(200);
    } else run.notes.push('filter: no type checkbox in the filter bar');

    const rows = page.locator('.table-area tr[data-event-id]');
    const accusation = page.locator('.table-area tr[data-event-id*="accusation"]');
    const row = (await accusation.count()) > 0 ? accusation.first() : rows.first();
    const id = (await rows.count()) > 0 ? await row.getAttribute('data-event-id') : null;
    if (id) {
      await row.scrollIntoViewIfNeeded();
      await settle();
      const present = [`.detail-area [data-event-id="${id}"]`, 'svg.graph .highlight'];
      const picked = await timeInput(page, { present, timeoutMs: 5_000 }, () => row.click());
      run.selectionMs = picked.ms;
      if (picked.unmet.length) run.notes.push(`selection: never shown: ${picked.unmet.join(', ')}`);
    } else run.notes.push('selection: no table row');

    const exportTimeline = await exportSvg(page, 'timeline', run.notes);
    if (exportTimeline) run.exportTimeline = exportTimeline;
    const exportGraph = await exportSvg(page, 'graph', run.notes);
    if (exportGraph) run.exportGraph = exportGraph;
    return run;
  } finally {
    if (errors.length) run.notes.push(`page errors: ${errors.slice(0, 3).join(' | ')}`);
    await close();
  }
}
