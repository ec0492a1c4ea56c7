/**
 * One measured visit to the bare vis-timeline page: the time from its items being built to vis-timeline's
 * first draw painted, and the same scripted zoom and pan as the app gets.
 */
import type { Browser } from 'playwright-core';
import { zoomAndPan, type ZoomPanResult } from './interact.ts';
import { openProbedPage, waitForMark } from './page.ts';

export interface BareRun {
  /** Items built to the first draw painted. */
  renderMs?: number;
  zoomPan?: ZoomPanResult;
  notes: string[];
}

/** Visits the bare page at `url` once. */
export async function measureBare(browser: Browser, url: string, timeoutMs: number): Promise<BareRun> {
  const run: BareRun = { notes: [] };
  const { page, errors, close } = await openProbedPage(browser, url);
  try {
    const data = await waitForMark(page, 'bareData', timeoutMs);
    const ready = data && (await waitForMark(page, 'bareReady', timeoutMs));
    if (!data || !ready) {
      run.notes.push(`bare page not drawn within ${Math.round(timeoutMs / 1000)} s`);
      return run;
    }
    run.renderMs = ready.painted - data.seen;
    run.zoomPan = await zoomAndPan(page, '#timeline', { afterMs: 0 });
    return run;
  } finally {
    if (errors.length) run.notes.push(`page errors: ${errors.slice(0, 3).join(' | ')}`);
    await close();
  }
}
