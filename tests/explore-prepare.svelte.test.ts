// @vitest-environment jsdom
// jsdom: Svelte compiles this file for the client there, where effects run (in Node they are server no-ops).
/**
 * `ExploreState.prepare`: what the first picture reads, built in steps before it is drawn. The explore screen
 * reads the very objects prepared (nothing is built twice), a link's view read again keeps them, and the
 * preparation's shares rise to the end.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../bench/generate.ts';
import { EMPTY_FILTER } from '../src/lib/model/filters.ts';
import { resolveDataset } from '../src/lib/model/resolve.ts';
import { buildAccusationGraph, edgeKind } from '../src/lib/model/graph.ts';
import { EVENTS_PER_STEP, finishSteps } from '../src/lib/model/steps.ts';
import { parseViewState } from '../src/lib/model/view-state.ts';
import { ExploreState } from '../src/lib/state/explore.svelte.ts';
import { runSteps } from './helpers/run-steps.ts';

// The graph built at once, watched: a graph prepared in steps must be the one shown, not built again.
vi.mock('../src/lib/model/graph.ts', async (original) => {
  const actual = await original<typeof import('../src/lib/model/graph.ts')>();
  return { ...actual, buildAccusationGraph: vi.fn(actual.buildAccusationGraph) };
});

const dataset = resolveDataset(generateDataset({ events: 5000, actors: 120, seed: 9 }));
const articles = new Map(dataset.sources.map((s) => [s.file, 'x'.repeat(s.body.end + 10)]));

describe('ExploreState.prepareGraph() and prepare(articles)', () => {
  it('builds the graph, the items and the article cut that the screen then reads, object for object', () => {
    let explore: ExploreState | undefined;
    const read: unknown[] = [];
    const cleanup = $effect.root(() => {
      const state = new ExploreState(dataset);
      explore = state;
      state.applyView({ ...parseViewState('?group=actor&level=state', state.known).view });
      finishSteps(state.prepareGraph());
      finishSteps(state.prepare(articles));
      const prepared = [state.graph, state.timelineData, state.index.countAll(state.filter)];
      // The screen opening reads the link again, and draws.
      state.applyView({ ...parseViewState('?group=actor&level=state', state.known).view });
      $effect(() => {
        read.push(state.graph, state.timelineData, state.index.countAll(state.filter));
      });
      flushSync();
      expect(read).toHaveLength(3);
      read.forEach((value, k) => expect(value).toBe(prepared[k]));
    });
    const source = dataset.sources[0];
    if (!explore || !source) throw new Error('no state');
    expect(explore.articleCut(source, '')).toBe(explore.articleCut(source, articles.get(source.file) ?? ''));
    expect(explore.grouping).toBe('actor');
    cleanup();
  });

  it('makes every event’s item in steps, for the grouping, level and language shown', () => {
    const explore = new ExploreState(dataset);
    explore.grouping = 'source';
    const { shares } = runSteps(explore.prepare(articles));
    expect(shares.length).toBeGreaterThan(5);
    expect(shares.every((share, k) => share >= 0 && share <= 1 && share >= (shares[k - 1] ?? 0))).toBe(true);
    // Every event has its item, in its row, and a filter lists the same objects, made once.
    const items = explore.timelineData.items;
    expect(items).toHaveLength(dataset.events.length);
    expect(new Set(items.map((i) => i.group))).toEqual(new Set(dataset.events.map((e) => e.evidence[0]?.source)));
    explore.setFilter({ types: ['strike'] });
    const byId = new Map(items.map((i) => [i.id, i]));
    for (const item of explore.timelineData.items) expect(item).toBe(byId.get(item.id));
    explore.clearFilters();
    expect(explore.filter).toBe(EMPTY_FILTER);
  });

  it('prepareGraph() builds the graph EVENTS_PER_STEP events a step, the graph the screen then reads', () => {
    const large = resolveDataset(generateDataset({ events: 16_000, actors: 200, seed: 5 }));
    const drawn = large.events.filter((e) => edgeKind(e) !== undefined).length;
    expect(drawn).toBeGreaterThan(EVENTS_PER_STEP);
    const cleanup = $effect.root(() => {
      const explore = new ExploreState(large);
      explore.level = 'state';
      vi.mocked(buildAccusationGraph).mockClear();
      const { shares } = runSteps(explore.prepareGraph());
      // The drawn events picked, then a step per EVENTS_PER_STEP of them, then the sorting.
      expect(shares).toHaveLength(2 + Math.floor((drawn - 1) / EVENTS_PER_STEP) + 1);
      expect(shares.every((share, k) => share >= 0 && share <= 1 && share >= (shares[k - 1] ?? 0))).toBe(true);
      const read: unknown[] = [];
      $effect(() => {
        read.push(explore.graph);
      });
      flushSync();
      expect(buildAccusationGraph).not.toHaveBeenCalled();
      expect(read[0]).toEqual(buildAccusationGraph(large, { level: 'state' }));
    });
    cleanup();
  });

  it('a graph prepared for a view changed meanwhile is not shown: the graph is that of the view shown', () => {
    const explore = new ExploreState(dataset);
    const steps = explore.prepareGraph();
    steps.next();
    steps.next();
    explore.graphWindow = { start: '2016-01-01', end: '2016-06-30' };
    vi.mocked(buildAccusationGraph).mockClear();
    finishSteps(steps);
    expect(explore.graph).toBeDefined();
    // Built again, at once, for the window shown.
    expect(buildAccusationGraph).toHaveBeenCalledTimes(1);
    const windowed = buildAccusationGraph(dataset, { from: '2016-01-01', to: '2016-06-30' });
    expect(windowed).not.toEqual(buildAccusationGraph(dataset));
    expect(explore.graph).toEqual(windowed);
    // And a level changed after the graph was prepared.
    finishSteps(explore.prepareGraph());
    explore.level = 'state';
    expect(explore.graph).toEqual(
      buildAccusationGraph(dataset, { level: 'state', from: '2016-01-01', to: '2016-06-30' }),
    );
  });

  it('firstGraph resolves once the screen says its graph is drawn, and not before', async () => {
    const explore = new ExploreState(dataset);
    let drawn = false;
    void explore.firstGraph.then(() => (drawn = true));
    await Promise.resolve();
    expect(drawn).toBe(false);
    explore.graphDrawn();
    await explore.firstGraph;
    expect(drawn).toBe(true);
  });

  it('keeps its filter when a view with the same filter is applied, so nothing filtered is redone', () => {
    const explore = new ExploreState(dataset);
    explore.setFilter({ types: ['strike'], actors: [dataset.actors[0]?.id ?? ''] });
    const { filter } = explore;
    const filtered = explore.filtered;
    explore.applyView({ ...explore.view, filter: { ...filter, types: ['strike'], actors: [...filter.actors] } });
    expect(explore.filter).toBe(filter);
    expect(explore.filtered).toBe(filtered);
    explore.applyView({ ...explore.view, filter: { ...filter, types: ['convoy'] } });
    expect(explore.filter.types).toEqual(['convoy']);
  });
});
