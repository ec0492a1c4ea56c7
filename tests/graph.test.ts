import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/generate.ts';
import { accusationGraphSteps, buildAccusationGraph } from '../src/lib/model/graph.ts';
import { EVENTS_PER_STEP } from '../src/lib/model/steps.ts';
import { resolveDataset } from '../src/lib/model/resolve.ts';
import { Dataset } from '../src/lib/model/schema.ts';
import { fixture } from './helpers/fixture.ts';
import { runSteps } from './helpers/run-steps.ts';

function dataset() {
  const d = fixture();
  // A second accusation, a month later, by a minister of the same state.
  d.actors.push({
    id: 'sergey-lavrov',
    name: { en: 'Sergey Lavrov', ar: 'سيرغي لافروف' },
    aliases: { en: [], ar: [] },
    kind: 'person',
    memberOf: ['russian-mod'],
  });
  const second = structuredClone(d.events[1]!);
  second.id = 'zz-lavrov-accuses-coalition';
  second.date = '2017-06';
  second.actors = [
    { actor: 'sergey-lavrov', role: 'agent' },
    { actor: 'us-led-coalition', role: 'target' },
  ];
  d.events.push(second);
  return resolveDataset(v.parse(Dataset, d));
}

describe('accusationGraphSteps(dataset, options)', () => {
  it('yields after every EVENTS_PER_STEP events and before sorting, and counts every event once', () => {
    const large = resolveDataset(generateDataset({ events: 2 * EVENTS_PER_STEP + 700, actors: 90, seed: 4 }));
    const { shares, value: graph } = runSteps(accusationGraphSteps(large));
    const n = large.events.length;
    expect(shares).toEqual([EVENTS_PER_STEP / n, (2 * EVENTS_PER_STEP) / n, 1]);
    // Counted again, plainly: each statement's events by (agent, target, kind), across the steps' edges.
    const expected = new Map<string, string[]>();
    for (const event of large.events) {
      const kind = event.subtype === 'accusation' || event.subtype === 'denial' ? event.subtype : undefined;
      if (event.type !== 'statement' || !kind) continue;
      const agents = new Set(event.actors.filter((a) => a.role === 'agent').map((a) => a.actor));
      const targets = new Set(event.actors.filter((a) => a.role === 'target').map((a) => a.actor));
      for (const from of agents)
        for (const to of targets) {
          if (from === to) continue;
          const key = `${from} ${to} ${kind}`;
          expected.set(key, [...(expected.get(key) ?? []), event.id]);
        }
    }
    const edges = new Map(graph.edges.map((e) => [`${e.from} ${e.to} ${e.kind}`, [...e.events]]));
    expect(edges.size).toBeGreaterThan(10);
    expect(edges).toEqual(new Map([...expected].map(([key, ids]) => [key, ids.sort()])));
  });
});

describe('buildAccusationGraph(dataset, options)', () => {
  it('draws an accusation edge from agent to target and a denial edge back', () => {
    const graph = buildAccusationGraph(dataset());
    expect(graph.edges).toEqual([
      {
        from: 'russian-mod',
        to: 'us-led-coalition',
        kind: 'accusation',
        weight: 1,
        events: ['mod-accuses-coalition-shelling-raqqa'],
      },
      {
        from: 'sergey-lavrov',
        to: 'us-led-coalition',
        kind: 'accusation',
        weight: 1,
        events: ['zz-lavrov-accuses-coalition'],
      },
      {
        from: 'us-led-coalition',
        to: 'russian-mod',
        kind: 'denial',
        weight: 1,
        events: ['coalition-denies-shelling-raqqa'],
      },
    ]);
  });

  it('merges actors at the state level and sums their accusations', () => {
    const graph = buildAccusationGraph(dataset(), { level: 'state' });
    expect(graph.edges.filter((e) => e.kind === 'accusation')).toEqual([
      {
        from: 'russia',
        to: 'us-led-coalition',
        kind: 'accusation',
        weight: 2,
        events: ['mod-accuses-coalition-shelling-raqqa', 'zz-lavrov-accuses-coalition'],
      },
    ]);
    expect(graph.nodes.find((n) => n.id === 'russia')).toMatchObject({
      made: 2,
      received: 0,
      denialsReceived: 1,
      alignment: 'russia-allies',
    });
  });

  it('keeps only events whose dates overlap the window', () => {
    const june = buildAccusationGraph(dataset(), { from: '2017-06-01', to: '2017-06-30' });
    expect(june.edges.map((e) => e.events).flat()).toEqual(['zz-lavrov-accuses-coalition']);
    const mid = buildAccusationGraph(dataset(), { from: '2017-06-15', to: '2017-06-15' });
    expect(mid.edges).toHaveLength(1);
    expect(buildAccusationGraph(dataset(), { to: '2017-05-30' }).edges).toEqual([]);
  });

  it('lists only actors that take part in an edge, sorted by id', () => {
    const graph = buildAccusationGraph(dataset());
    expect(graph.nodes.map((n) => n.id)).toEqual(['russian-mod', 'sergey-lavrov', 'us-led-coalition']);
  });
});
