import { describe, expect, it } from 'vitest';
import { buildAccusationGraph } from '../src/lib/model/graph.ts';
import { byDate } from '../src/lib/model/resolve.ts';
import { ExploreState } from '../src/lib/state/explore.svelte.ts';
import { bundledDataset } from './helpers/bundled-dataset.ts';

describe('ExploreState', () => {
  it('filtered lists the events passing the filter in time order, the filter index built on first use', () => {
    const dataset = bundledDataset();
    const explore = new ExploreState({ ...dataset, events: [...dataset.events].reverse() });
    expect(explore.filtered.map((e) => e.id)).toEqual([...dataset.events].sort(byDate).map((e) => e.id));
    explore.setFilter({ types: ['strike'] });
    expect(explore.filtered.every((e) => e.type === 'strike')).toBe(true);
    expect(explore.filtered.length).toBe(dataset.events.filter((e) => e.type === 'strike').length);
  });

  it('graph without filters is the accusation graph of every event, in whatever order they come', () => {
    const dataset = bundledDataset();
    const explore = new ExploreState({ ...dataset, events: [...dataset.events].reverse() });
    expect(explore.graph).toEqual(buildAccusationGraph(dataset, { level: 'actor' }));
    explore.level = 'state';
    expect(explore.graph).toEqual(buildAccusationGraph(dataset, { level: 'state' }));
  });

  it('graph with a filter or a window is built from the events that pass, as before', () => {
    const dataset = bundledDataset();
    const explore = new ExploreState(dataset);
    explore.setFilter({ statuses: ['alleged'] });
    const alleged = dataset.events.filter((e) => e.status === 'alleged');
    const filtered = buildAccusationGraph({ ...dataset, events: alleged }, { level: 'actor' });
    expect(filtered.edges.length).toBeGreaterThan(0);
    expect(filtered).not.toEqual(buildAccusationGraph(dataset, { level: 'actor' }));
    expect(explore.graph).toEqual(filtered);
    explore.clearFilters();
    explore.graphWindow = { start: '2015-11-01', end: '2015-11-30' };
    const windowed = buildAccusationGraph(dataset, { level: 'actor', from: '2015-11-01', to: '2015-11-30' });
    expect(windowed.edges.length).toBeGreaterThan(0);
    expect(explore.graph).toEqual(windowed);
  });

  it('graph follows the graph window, which a view applied sets with the window, and the timeline after a pause', () => {
    const dataset = bundledDataset();
    const explore = new ExploreState(dataset);
    const whole = buildAccusationGraph(dataset, { level: 'actor' });
    // The timeline's window, while the reader has not paused yet: the graph stays as it was.
    explore.window = { start: '2015-11-01', end: '2015-11-30' };
    expect(explore.graph).toEqual(whole);
    expect(explore.view.window).toEqual({ start: '2015-11-01', end: '2015-11-30' });
    // A link, back or forward, or a story step: window and graph together.
    explore.applyView({ ...explore.view, window: { start: '2015-10-01', end: '2015-10-31' } });
    expect(explore.graphWindow).toEqual({ start: '2015-10-01', end: '2015-10-31' });
    const october = buildAccusationGraph(dataset, { level: 'actor', from: '2015-10-01', to: '2015-10-31' });
    expect(october).not.toEqual(whole);
    expect(explore.graph).toEqual(october);
  });

  it('incoming(id) lists the events whose relations point at id, in dataset order', () => {
    const dataset = bundledDataset();
    const explore = new ExploreState(dataset);
    const [pointing] = dataset.events.filter((e) => e.relations.length > 0);
    const target = pointing?.relations[0]?.event;
    expect(target).toBeDefined();
    const expected = dataset.events.filter((e) => e.relations.some((r) => r.event === target)).map((e) => e.id);
    expect(explore.incoming(target ?? '').map((r) => r.event.id)).toEqual(expected);
    expect(explore.incoming('no-such-event')).toEqual([]);
  });

  it('lookupSteps() builds the incoming relations, then the quotes by source, a step each', () => {
    const dataset = bundledDataset();
    const explore = new ExploreState(dataset);
    const steps = explore.lookupSteps();
    expect(steps.next()).toEqual({ done: false, value: 0.5 });
    expect(steps.next().done).toBe(true);
    const [pointing] = dataset.events.filter((e) => e.relations.length > 0);
    const target = pointing?.relations[0]?.event ?? '';
    expect(explore.incoming(target).length).toBeGreaterThan(0);
    const source = dataset.sources[0]?.id ?? '';
    const quoted = dataset.events.flatMap((e) => e.evidence.filter((q) => q.source === source).map(() => e.id));
    expect(explore.evidenceIn(source).map((span) => span.event)).toEqual(quoted);
  });
});
