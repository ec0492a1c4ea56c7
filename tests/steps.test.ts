/**
 * Work in steps (`model/steps.ts`) and its running on the main thread a slice per task (`state/in-slices.ts`):
 * the same result however it is run, slices that end once their budget is spent, the shares heard in order,
 * and nothing run once cancelled.
 */
import { describe, expect, it } from 'vitest';
import { finishSteps, scaledSteps, type Steps } from '../src/lib/model/steps.ts';
import { runInSlices } from '../src/lib/state/in-slices.ts';

/** Steps that record each step run and return how many there were. */
function* counted(n: number, ran: number[]): Steps<number> {
  for (let k = 0; k < n; k++) {
    ran.push(k);
    yield (k + 1) / n;
  }
  return n;
}

/** A `wait` that counts how often it was asked to wait, and resolves at once. */
function counter() {
  const waited = { count: 0 };
  return { waited, wait: () => ((waited.count += 1), Promise.resolve()) };
}

describe('finishSteps and scaledSteps', () => {
  it('finishSteps runs every step and returns the result', () => {
    const ran: number[] = [];
    expect(finishSteps(counted(5, ran))).toBe(5);
    expect(ran).toEqual([0, 1, 2, 3, 4]);
  });

  it('scaledSteps maps the shares into its range and keeps the result', () => {
    const shares: number[] = [];
    const steps = scaledSteps(counted(4, []), 0.5, 0.9);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        expect(step.value).toBe(4);
        break;
      }
      shares.push(step.value);
    }
    expect(shares.map((s) => Math.round(s * 100))).toEqual([60, 70, 80, 90]);
  });
});

describe('runInSlices(steps, progress, budget, wait)', () => {
  it('runs work within its budget at once: the result is there before any wait', async () => {
    const { waited, wait } = counter();
    const heard: number[] = [];
    const sliced = runInSlices(counted(3, []), (share) => heard.push(share), { budget: 10_000, wait });
    expect(sliced.now).toEqual({ value: 3 });
    expect(heard).toEqual([1 / 3, 2 / 3, 1]);
    await expect(sliced.finished).resolves.toBe(3);
    expect(waited.count).toBe(0);
  });

  it('with no budget runs one step per slice, and resolves a task after the last', async () => {
    const { waited, wait } = counter();
    const ran: number[] = [];
    const sliced = runInSlices(counted(4, ran), () => {}, { budget: 0, wait });
    expect(sliced.now).toBeUndefined();
    // The first slice runs at once, one step long.
    expect(ran).toEqual([0]);
    await expect(sliced.finished).resolves.toBe(4);
    expect(ran).toEqual([0, 1, 2, 3]);
    // Four steps, then the step that returns: four waits between slices, and one before resolving.
    expect(waited.count).toBe(5);
  });

  it('ends a slice once its budget is spent, not before', async () => {
    const { waited, wait } = counter();
    // A clock that each step moves on by 4 ms.
    let time = 0;
    const perSlice: number[] = [];
    const steps = function* (): Steps<string> {
      for (let k = 0; k < 7; k++) {
        time += 4;
        perSlice[waited.count] = (perSlice[waited.count] ?? 0) + 1;
        yield k / 7;
      }
      return 'done';
    };
    const sliced = runInSlices(steps(), () => {}, { budget: 10, wait, now: () => time });
    await expect(sliced.finished).resolves.toBe('done');
    // Steps of 4 ms in slices of 10 ms: three steps make a slice (12 ms), two do not (8 ms).
    expect(perSlice).toEqual([3, 3, 1]);
    expect(waited.count).toBe(3);
  });

  it('later, runs nothing before its first wait', async () => {
    const { waited, wait } = counter();
    const ran: number[] = [];
    const sliced = runInSlices(counted(3, ran), () => {}, { budget: 10_000, wait, later: true });
    expect(sliced.now).toBeUndefined();
    expect(ran).toEqual([]);
    await expect(sliced.finished).resolves.toBe(3);
    expect(ran).toEqual([0, 1, 2]);
    // One wait before the only slice, one before resolving.
    expect(waited.count).toBe(2);
  });

  it('runs no step once cancelled, and never resolves', async () => {
    let release: () => void = () => {};
    const wait = () => new Promise<void>((resolve) => (release = resolve));
    const ran: number[] = [];
    const sliced = runInSlices(counted(5, ran), () => {}, { budget: 0, wait });
    expect(ran).toEqual([0]);
    sliced.cancel();
    release();
    let resolved = false;
    void sliced.finished.then(() => (resolved = true));
    for (let k = 0; k < 5; k++) await Promise.resolve();
    expect(ran).toEqual([0]);
    expect(resolved).toBe(false);
  });
});
