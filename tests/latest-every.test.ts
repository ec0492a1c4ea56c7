import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestEvery } from '../src/lib/data/latest-every.ts';
import type { Timer } from '../src/lib/persist/timer.ts';

/**
 * A clock that moves only when told, running what waits on its timer in time order (the persistence tests'
 * ManualTimer fires by hand, whatever the delay; here the delays are what is tested).
 */
function manualClock() {
  let time = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let ids = 0;
  const now = () => time;
  const timer: Timer = (run, ms) => {
    const id = (ids += 1);
    timers.push({ at: time + ms, run, id });
    return () => void (timers = timers.filter((t) => t.id !== id));
  };
  const advance = (ms: number) => {
    const until = time + ms;
    for (;;) {
      const next = [...timers].sort((a, b) => a.at - b.at)[0];
      if (!next || next.at > until) break;
      timers = timers.filter((t) => t !== next);
      time = next.at;
      next.run();
    }
    time = until;
  };
  return { now, timer, advance, pending: () => timers.length };
}

describe('latestEvery(apply, ms)', () => {
  it('hands on the first value at once and the latest of a burst when the interval ends', () => {
    const { now, timer, advance } = manualClock();
    const handed: [number, number][] = [];
    const every = latestEvery<number>((v) => handed.push([now(), v]), 100, now, timer);
    every.push(1);
    advance(10);
    every.push(2);
    advance(10);
    every.push(3);
    expect(handed).toEqual([[0, 1]]);
    advance(80);
    expect(handed).toEqual([
      [0, 1],
      [100, 3],
    ]);
    // Long after, a value goes at once again.
    advance(500);
    every.push(4);
    expect(handed.at(-1)).toEqual([600, 4]);
  });

  it('hands on nothing after it is cancelled, the value waiting included', () => {
    const { now, timer, advance, pending } = manualClock();
    const handed: number[] = [];
    const every = latestEvery<number>((v) => handed.push(v), 100, now, timer);
    every.push(1);
    every.push(2);
    every.cancel();
    expect(pending()).toBe(0);
    every.push(3);
    advance(1000);
    expect(handed).toEqual([1]);
  });

  it('never hands on two values closer than the interval, and always hands on the last', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(250), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 200 }),
        (gaps, ms) => {
          const { now, timer, advance } = manualClock();
          const handed: [number, number][] = [];
          const every = latestEvery<number>((v) => handed.push([now(), v]), ms, now, timer);
          gaps.forEach((gap, k) => {
            advance(gap);
            every.push(k);
          });
          advance(ms);
          const times = handed.map(([at]) => at);
          for (let k = 1; k < times.length; k += 1)
            expect((times[k] ?? 0) - (times[k - 1] ?? 0)).toBeGreaterThanOrEqual(ms);
          expect(handed.at(-1)?.[1]).toBe(gaps.length - 1);
          // Values come in the order pushed.
          const values = handed.map(([, v]) => v);
          expect([...values].sort((a, b) => a - b)).toEqual(values);
        },
      ),
    );
  });
});
