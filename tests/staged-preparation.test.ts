import { describe, expect, it } from 'vitest';
import { nextTask } from '../src/lib/data/one-per-task.ts';
import type { Steps } from '../src/lib/model/steps.ts';
import { prepareInStages, type Preparable } from '../src/lib/state/staged-preparation.ts';

/** A state whose steps are recorded, whose graph is drawn when the test says, and whose rest has `restSteps` steps. */
function recordingState(restSteps = 5) {
  const log: string[] = [];
  let drawn: () => void = () => {};
  const state: Preparable & { log: string[]; draw: () => void } = {
    log,
    draw: () => drawn(),
    firstGraph: new Promise<void>((resolve) => (drawn = resolve)),
    *prepareGraph(): Steps<void> {
      for (let k = 1; k <= 3; k += 1) {
        log.push(`graph ${k}`);
        yield k / 3;
      }
    },
    *prepare(articles): Steps<void> {
      log.push(`rest from ${articles.size} articles`);
      for (let k = 1; k <= restSteps; k += 1) {
        log.push(`rest ${k}`);
        yield k / restSteps;
      }
    },
  };
  return state;
}

/** Lets `n` tasks run. */
async function tasks(n: number): Promise<void> {
  for (let k = 0; k < n; k += 1) await nextTask();
}

const articles = new Map([['seeds/a.txt', 'text']]);
// One step per slice, so that every step is a task of its own and a stop can fall between any two.
const slices = { budget: 0 };
const never = () => new Promise<void>(() => {});

describe('prepareInStages(state, articles, options)', () => {
  it('prepares the graph, waits for it to be drawn, then prepares the rest, reporting its progress', async () => {
    const state = recordingState();
    const shares: number[] = [];
    let all = false;
    const staged = prepareInStages(state, articles, {
      graphFirstMs: 1000,
      delay: never,
      slices,
      progress: (s) => shares.push(s),
    });
    void staged.all.then(() => (all = true));
    expect(state.log).toEqual([]);
    await staged.graph;
    await tasks(10);
    expect(state.log).toEqual(['graph 1', 'graph 2', 'graph 3']);
    state.draw();
    await staged.all;
    expect(all).toBe(true);
    expect(state.log).toEqual([
      'graph 1',
      'graph 2',
      'graph 3',
      'rest from 1 articles',
      'rest 1',
      'rest 2',
      'rest 3',
      'rest 4',
      'rest 5',
    ]);
    expect(shares).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('prepares the rest after graphFirstMs when the graph is not drawn', async () => {
    const state = recordingState(2);
    const waited: number[] = [];
    let elapse: () => void = () => {};
    const delay = (ms: number) => {
      waited.push(ms);
      return new Promise<void>((resolve) => (elapse = resolve));
    };
    const staged = prepareInStages(state, articles, { graphFirstMs: 3000, delay, slices });
    await staged.graph;
    await tasks(5);
    expect(waited).toEqual([3000]);
    expect(state.log.some((line) => line.startsWith('rest'))).toBe(false);
    elapse();
    await staged.all;
    expect(state.log.slice(-2)).toEqual(['rest 1', 'rest 2']);
  });

  it('prepares nothing more once stopped while it waits for the graph', async () => {
    const state = recordingState();
    let all = false;
    const staged = prepareInStages(state, articles, { graphFirstMs: 1000, delay: never, slices });
    void staged.all.then(() => (all = true));
    await staged.graph;
    staged.stop();
    state.draw();
    await tasks(20);
    expect(state.log).toEqual(['graph 1', 'graph 2', 'graph 3']);
    expect(all).toBe(false);
  });

  it('prepares nothing more once stopped while it prepares the rest, nor while the graph is prepared', async () => {
    const state = recordingState(50);
    let all = false;
    const staged = prepareInStages(state, articles, { graphFirstMs: 1000, delay: never, slices });
    void staged.all.then(() => (all = true));
    state.draw();
    await staged.graph;
    await tasks(6);
    staged.stop();
    const seen = state.log.length;
    expect(state.log).toContain('rest 1');
    await tasks(20);
    expect(state.log.length).toBe(seen);
    expect(all).toBe(false);

    const early = recordingState();
    const stopped = prepareInStages(early, articles, { graphFirstMs: 0, delay: () => Promise.resolve(), slices });
    await nextTask();
    await nextTask();
    stopped.stop();
    early.draw();
    await tasks(20);
    expect(early.log.length).toBeLessThan(3);
  });
});
