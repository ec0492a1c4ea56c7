/**
 * Running steps (`model/steps.ts`) on the main thread in slices: as many steps as fit in a budget of time, then
 * the rest in a later task, so that a click waits for one slice at most. Work that fits in the budget finishes
 * at once, before anything is drawn, so a small dataset never shows a waiting state.
 */
import { nextTask } from '../data/one-per-task.ts';
import type { Steps } from '../model/steps.ts';

/** Milliseconds of steps per task: well under the 200 ms a click may wait, leaving room for drawing. */
export const SLICE_MS = 40;

export interface Sliced<T> {
  /** The result, when every step ran at once. */
  readonly now?: { readonly value: T };
  /**
   * Resolves with the result in a task after the one that ran the last step, so that what the caller does with
   * it is a task of its own; never, once cancelled.
   */
  readonly finished: Promise<T>;
  /** Runs no further step: for work whose result is no longer wanted. */
  readonly cancel: () => void;
}

/** How slices are cut and scheduled; tests pass their own clock and wait. */
export interface SliceOptions {
  /** Milliseconds of steps per slice. */
  readonly budget?: number;
  /** Resolves in a later task. */
  readonly wait?: () => Promise<void>;
  /** The time in milliseconds. */
  readonly now?: () => number;
  /** Starts in a later task, leaving the current one to what the caller does next. */
  readonly later?: boolean;
}

/**
 * Runs `steps` now (or, `later`, in the next task) for up to a budget of time, then a slice per task. `progress`
 * hears each share done.
 */
export function runInSlices<T>(
  steps: Steps<T>,
  progress: (done: number) => void = () => {},
  { budget = SLICE_MS, wait = nextTask, now: clock = () => performance.now(), later = false }: SliceOptions = {},
): Sliced<T> {
  const slice = (): { value: T } | undefined => {
    const started = clock();
    for (;;) {
      const step = steps.next();
      if (step.done) return { value: step.value };
      progress(step.value);
      if (clock() - started >= budget) return undefined;
    }
  };
  let cancelled = false;
  const cancel = () => {
    cancelled = true;
  };
  const now = later ? undefined : slice();
  if (now) return { now, finished: Promise.resolve(now.value), cancel };
  const rest = new Promise<T>((resolve) => {
    const next = async () => {
      for (;;) {
        await wait();
        if (cancelled) return;
        const done = slice();
        if (!done) continue;
        await wait();
        if (!cancelled) resolve(done.value);
        return;
      }
    };
    void next();
  });
  return { finished: rest, cancel };
}
