/**
 * Work done in steps: a generator that yields, between steps, the share of the work done (0 to 1) and returns
 * its result. Pure code written this way can be run to the end at once (`finishSteps`) or spread over several
 * of the browser's tasks (`runInSlices` in `state/in-slices.ts`), so that a page with 100,000 events still
 * answers a click between two steps.
 */
export type Steps<T> = Generator<number, T>;

/**
 * Events per step of the steps that pass over every event (the filter index, the accusation graph, the quotes
 * by article): a few milliseconds' work at 100,000 events.
 */
export const EVENTS_PER_STEP = 2000;

/** Runs the steps to the end and returns their result. */
export function finishSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same steps, their shares mapped into `from`..`to`: a part of a larger piece of work. */
export function* scaledSteps<T>(steps: Steps<T>, from: number, to: number): Steps<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield from + (to - from) * step.value;
  }
}
