/**
 * The scripted zoom and pan a reader does on a timeline, with real input: the mouse wheel with Control held
 * to zoom in and out around the pointer, and drags to pan. The same script runs on the app and on the bare
 * page. It records every frame interval in the page meanwhile, and the long tasks that fell inside; on the app,
 * then the same for the second after, in which the page catches up with where the reader stopped. A slow
 * page gets the same inputs but the script stops adding more once `budgetMs` has passed, so one stalled
 * figure cannot hold the benchmark for minutes.
 */
import type { Page } from 'playwright-core';
import type { LongTask } from './probe.ts';

export interface ZoomPanResult {
  /** Intervals between consecutive frames during the interaction, ms. */
  readonly intervals: readonly number[];
  /** Long tasks that started during the interaction. */
  readonly longTasks: readonly LongTask[];
  /** Input steps performed, of the script's total. */
  readonly steps: number;
  readonly totalSteps: number;
  /** Whether the time axis showed other dates afterwards, i.e. the inputs reached the timeline. */
  readonly moved: boolean;
  /**
   * The frame intervals and long tasks of the `AFTER_MS` after the recording: what the page does once the reader
   * has stopped, such as the graph following the window after the reader's pause.
   */
  readonly after?: { readonly intervals: readonly number[]; readonly longTasks: readonly LongTask[] };
}

const WHEEL_STEPS = 8;
const DRAG_MOVES = 15;
const DRAGS = 3;
/** How long the page is watched after the script, once its last input's frames have landed. */
const AFTER_MS = 1000;

/**
 * Zooms in, pans, and zooms out over the timeline inside the element `root`, then watches the page for `afterMs`
 * (none for 0: the bare page has nothing to catch up with, and its frames take seconds).
 */
export async function zoomAndPan(
  page: Page,
  root: string,
  { budgetMs = 20_000, afterMs = AFTER_MS }: { budgetMs?: number; afterMs?: number } = {},
): Promise<ZoomPanResult> {
  const selector = `${root} .vis-panel.vis-center`;
  const axis = () =>
    page.evaluate(
      (labels) => [...document.querySelectorAll(labels)].map((e) => e.textContent).join(' '),
      `${root} .vis-time-axis .vis-text`,
    );
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`nothing to zoom: ${selector} is not visible`);
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 60);
  const began = Date.now();
  const totalSteps = 2 * WHEEL_STEPS + DRAGS * DRAG_MOVES;
  let steps = 0;
  const inBudget = () => Date.now() - began < budgetMs;

  await page.mouse.move(x, y);
  await page.evaluate(() => window.__chronographBench?.startFrames());
  const wheel = async (deltaY: number) => {
    await page.keyboard.down('Control');
    for (let k = 0; k < WHEEL_STEPS && inBudget(); k++, steps++) {
      await page.mouse.wheel(0, deltaY);
      await page.waitForTimeout(40);
    }
    await page.keyboard.up('Control');
  };
  const axisBefore = await axis();
  await wheel(-120);
  const moved = (await axis()) !== axisBefore;
  for (let d = 0; d < DRAGS && inBudget(); d++) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    const direction = d % 2 === 0 ? -1 : 1;
    for (let k = 1; k <= DRAG_MOVES && inBudget(); k++, steps++) {
      await page.mouse.move(x + direction * k * 16, y);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  }
  await wheel(120);
  // Let the last input's frames land before stopping the recorder.
  await page.waitForTimeout(250);
  const recorded = await stopRecording(page);
  const result = { intervals: recorded.intervals, longTasks: recorded.longTasks, steps, totalSteps, moved };
  if (afterMs <= 0) return result;
  await page.evaluate(() => window.__chronographBench?.startFrames());
  await page.waitForTimeout(afterMs);
  return { ...result, after: await stopRecording(page) };
}

/** Stops the page's frame recorder: the intervals it recorded, and the long tasks that started meanwhile. */
async function stopRecording(page: Page): Promise<{ intervals: number[]; longTasks: LongTask[] }> {
  const recorded = await page.evaluate(() => {
    const probe = window.__chronographBench;
    if (!probe) return undefined;
    const frames = probe.stopFrames();
    return { ...frames, longTasks: probe.longTasks.filter((t) => t.start >= frames.from && t.start <= frames.to) };
  });
  if (!recorded) throw new Error('the benchmark probe is missing from the page');
  return { intervals: recorded.intervals, longTasks: recorded.longTasks };
}
