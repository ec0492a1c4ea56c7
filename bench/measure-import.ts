/**
 * Import of the largest dataset through the app's import dialog: the time from choosing the files to the
 * dialog saying they are clean (read, checked against the limits, validated in the data worker) — timed in
 * the page, to the frame that paints the verdict — then to the explore screen showing them after "Apply".
 * Meanwhile the dialog's heading is clicked every 250 ms and the page's long tasks are collected: both say
 * whether the UI kept answering. Each click is timed as the reader meets it, in the page (the probe's
 * `inputAnswers`): from the press's input to the frame painted after the click's handlers ran. A click the
 * driver could not make, or one the page did not answer, counts as the driver's timeout. Kept beside: each
 * click's round trip as the driver sees it — which adds the driver's own checks before it clicks (that the
 * heading is in view and still, over frames) and its messages to and from the browser, on the two cores the
 * import keeps busy — and how long each press waited for the page's first handler.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { COLLECTIONS } from '../src/lib/model/schema.ts';
import { BENCH_DIST } from './build.ts';
import type { GeneratedDataset } from './generate.ts';
import { openProbedPage, waitForMark } from './page.ts';
import { median } from './stats.ts';

export const IMPORT_INPUT = 'input[type=file][data-testid="import-file"]';

/** How long the driver tries to click before it gives up; a click not made or not answered counts as this long. */
const CLICK_TIMEOUT_MS = 10_000;

export interface ImportRun {
  /** Choosing the files → the dialog reports them clean. */
  readonly ms?: number;
  /** Choosing the files → the explore screen shows the imported total after Apply. */
  readonly appliedMs?: number;
  /** The slowest answer to a click while the import ran: from the press's input to the frame painted after it. */
  readonly clickMs?: number;
  /** The slowest click round trip as the driver saw it, from asking for the click to its being done. */
  readonly driverClickMs?: number;
  /** The longest a press of those clicks waited in the page, from its input to its first handler. */
  readonly inputDelayMs?: number;
  /** The longest main-thread task while the import ran. */
  readonly longestTaskMs?: number;
  readonly note?: string;
}

/**
 * The slowest of the page's answers to `clicks` clicks, rounded; the driver's timeout when fewer were answered
 * than asked for — a click the driver could not make has no answer, and every click made has had its answer
 * painted by the time they are read (the driver waits 250 ms after each).
 */
export function slowestAnswer(answers: readonly number[], clicks: number): number {
  return Math.round(Math.max(0, ...answers, answers.length < clicks ? CLICK_TIMEOUT_MS : 0));
}

/**
 * The medians of the runs that were measured (for the clicks and tasks, of each run's slowest); the first
 * run's note when none was.
 */
export function importMedians(runs: readonly ImportRun[]): ImportRun {
  const of = (pick: (run: ImportRun) => number | undefined) =>
    median(runs.map(pick).filter((value): value is number => value !== undefined));
  const measured = runs.filter((run) => run.ms !== undefined);
  if (measured.length === 0) return runs[0]?.note === undefined ? {} : { note: runs[0].note };
  return {
    ms: of((run) => run.ms),
    appliedMs: of((run) => run.appliedMs),
    clickMs: of((run) => run.clickMs),
    driverClickMs: of((run) => run.driverClickMs),
    inputDelayMs: of((run) => run.inputDelayMs),
    longestTaskMs: of((run) => run.longestTaskMs),
  };
}

/** Imports `dataset` into the app at `url` (serving the bundled data) once. */
export async function measureImport(browser: Browser, url: string, dataset: GeneratedDataset): Promise<ImportRun> {
  const { page, close } = await openProbedPage(browser, url);
  try {
    if (!(await waitForMark(page, 'appReady', 60_000))) return { note: 'not measured: the app did not start' };
    await page.locator('.data-menu summary').click();
    await page.locator('[data-action="import"]').click();
    // The dialog reads the remembered CSV mapping from storage before it shows its file input.
    await page
      .locator(IMPORT_INPUT)
      .waitFor({ state: 'attached', timeout: 10_000 })
      .catch(() => undefined);
    if ((await page.locator(IMPORT_INPUT).count()) === 0) {
      return { note: `not measured: the app has no import input (${IMPORT_INPUT})` };
    }
    const folder = resolve(BENCH_DIST, 'import');
    mkdirSync(folder, { recursive: true });
    const files = COLLECTIONS.map((name) => {
      const path = resolve(folder, `${name}.json`);
      writeFileSync(path, JSON.stringify(dataset[name]));
      return path;
    });
    const total = dataset.events.length;
    const [tasksBefore, pressesBefore, answersBefore] = await page.evaluate(() => [
      window.__chronographBench?.longTasks.length ?? 0,
      window.__chronographBench?.inputDelays.length ?? 0,
      window.__chronographBench?.inputAnswers.length ?? 0,
    ]);
    const began = Date.now();
    const beganInPage = await page.evaluate(() => performance.now());
    await page.locator(IMPORT_INPUT).setInputFiles(files);
    const clicks: number[] = [];
    const heading = page.locator('#import-title');
    let ms: number | undefined;
    for (;;) {
      if ((await page.locator('[data-testid="import-clean"]').count()) > 0) {
        // The probe saw the verdict appear and painted; the loop notices it only at its next look.
        const clean = await waitForMark(page, 'importClean', 10_000);
        ms = clean ? Math.round(clean.painted - beganInPage) : Date.now() - began;
        break;
      }
      if (
        (await page.locator('[data-testid="import-problems"]').count()) > 0 &&
        (await page.locator('[data-action="import-apply"]').count()) === 0
      ) {
        return { note: 'not measured: the import reported problems' };
      }
      if (Date.now() - began > 120_000) return { note: 'not measured: the import did not finish within 120 s' };
      const clicked = Date.now();
      await heading.click({ timeout: CLICK_TIMEOUT_MS }).catch(() => undefined);
      clicks.push(Date.now() - clicked);
      await page.waitForTimeout(250);
    }
    const [delays, answers] = await page.evaluate(
      ([presses, answered]) => [
        (window.__chronographBench?.inputDelays ?? []).slice(presses),
        (window.__chronographBench?.inputAnswers ?? []).slice(answered),
      ],
      [pressesBefore, answersBefore],
    );
    await page.locator('[data-action="import-apply"]').click();
    await page.waitForFunction(
      (n) => document.querySelector('p.count')?.textContent?.includes(`of ${n} events`),
      total,
      { timeout: 120_000 },
    );
    const appliedMs = Date.now() - began;
    const tasks = await page.evaluate((from) => (window.__chronographBench?.longTasks ?? []).slice(from), tasksBefore);
    return {
      ms,
      appliedMs,
      clickMs: slowestAnswer(answers, clicks.length),
      driverClickMs: Math.max(0, ...clicks),
      inputDelayMs: Math.round(Math.max(0, ...delays)),
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    };
  } finally {
    await close();
  }
}
