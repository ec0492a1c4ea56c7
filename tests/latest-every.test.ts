import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestEvery, type Clock } from '../src/lib/data/latest-every.ts';

/** A clock that moves only when told, running what waits on it in time order. */
function manualClock() {
  let time = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let ids = 0;
  const clock: Clock = {
    now: () => time,
    later(run, ms) {
      const id = (ids += 1);
      timers.push({ at: time + ms, run, id });
      return () => (timers = timers.filter((t) => t.id !== id));
    },
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
  return { clock, advance, pending: () => timers.length };
}

describe('latestEvery(apply, ms)', () => {
  it('hands on the first value at once and the latest of a burst when the interval ends', () => {
    const { clock, advance } = manualClock();
    const handed: [number, number][] = [];
    const every = latestEvery<number>((v) => handed.push([clock.now(), v]), 100, clock);
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
    const { clock, advance, pending } = manualClock();
    const handed: number[] = [];
    const every = latestEvery<number>((v) => handed.push(v), 100, clock);
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
          const { clock, advance } = manualClock();
          const handed: [number, number][] = [];
          const every = latestEvery<number>((v) => handed.push([clock.now(), v]), ms, clock);
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
