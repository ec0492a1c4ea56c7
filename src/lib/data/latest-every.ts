/**
 * Progress drawn at a steady rate. A large import reports its progress a hundred times in three seconds, and
 * each report drew a frame of the whole page — the explore screen behind the dialog repainted with it, some
 * 7 ms of work across the page, its compositor and the GPU process in a traced import — on a machine whose
 * two cores the import keeps busy. The latest report is drawn at most once per interval: at once when none
 * was drawn within it, else when it ends, so the last one is always drawn unless the reports are cancelled.
 */
import { realTimer, type Timer } from '../persist/timer.ts';

/** Something that takes a stream of values and hands on the latest at most once per interval. */
export interface LatestEvery<T> {
  push(value: T): void;
  /** Drops a value waiting to be handed on; nothing is handed on after this. */
  cancel(): void;
}

/**
 * Hands `apply` the latest of the values pushed, at most once every `ms`; `now` and `timer` are the page's clock
 * and timers unless a test gives its own.
 */
export function latestEvery<T>(
  apply: (value: T) => void,
  ms: number,
  now: () => number = () => performance.now(),
  timer: Timer = realTimer,
): LatestEvery<T> {
  let last = -Infinity;
  let waiting: { value: T } | undefined;
  let stop: (() => void) | undefined;
  let cancelled = false;
  const hand = (value: T) => {
    last = now();
    apply(value);
  };
  return {
    push(value) {
      if (cancelled) return;
      const due = last + ms - now();
      if (due <= 0 && !stop) return hand(value);
      waiting = { value };
      stop ??= timer(() => {
        stop = undefined;
        const next = waiting;
        waiting = undefined;
        if (next) hand(next.value);
      }, Math.max(0, due));
    },
    cancel() {
      cancelled = true;
      waiting = undefined;
      stop?.();
      stop = undefined;
    },
  };
}
