// @vitest-environment jsdom
// jsdom: Svelte compiles this file for the client there, where effects run (in Node they are server no-ops).
/**
 * The explore state's graph inside a reactive root, where its derivations are kept between reads, as in the
 * app: a filter that leaves the drawn events as they were keeps the graph object, so nothing is rebuilt,
 * laid out or redrawn; one that changes them gives the graph of the events that pass.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { buildAccusationGraph } from '../src/lib/model/graph.ts';
import { ExploreState } from '../src/lib/state/explore.svelte.ts';
import { bundledDataset } from './helpers/bundled-dataset.ts';

describe('ExploreState, in a reactive root', () => {
  it('keeps the graph when a filter leaves the drawn events as they were, though in another order', () => {
    const dataset = bundledDataset();
    // Dataset order differs from time order: unfiltered, the graph takes the events as given; filtered, in time
    // order. The effect records each graph it sees; assertions stay outside the root, which would swallow them.
    const explore = new ExploreState({ ...dataset, events: [...dataset.events].reverse() });
    const graphs: unknown[] = [];
    const filtered: number[] = [];
    const cleanup = $effect.root(() => {
      $effect.pre(() => {
        graphs.push(explore.graph);
      });
      $effect.pre(() => {
        filtered.push(explore.filtered.length);
      });
    });
    flushSync();
    expect(graphs).toHaveLength(1);
    expect(graphs[0]).toEqual(buildAccusationGraph(dataset, { level: 'actor' }));
    // Only statements draw edges: showing only statements leaves every drawn event in place.
    explore.setFilter({ types: ['statement'] });
    flushSync();
    expect(filtered).toHaveLength(2);
    expect(filtered[1]).toBeLessThan(dataset.events.length);
    expect(graphs).toHaveLength(1);
    explore.setFilter({ types: ['strike'] });
    flushSync();
    expect(graphs).toHaveLength(2);
    expect(graphs[1]).toEqual(
      buildAccusationGraph(
        { ...dataset, events: dataset.events.filter((e) => e.type === 'strike') },
        { level: 'actor' },
      ),
    );
    cleanup();
  });
});
