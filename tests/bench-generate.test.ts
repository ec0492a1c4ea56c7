/**
 * The benchmark's synthetic datasets: deterministic for a seed, exactly the size asked for, shaped like the
 * bundled data (a membership hierarchy, accusations answered by denials, vague dates), and clean under the
 * same validator the app runs, so the benchmark measures the app on data it accepts.
 */
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/generate.ts';
import { parseEdtf } from '../src/lib/model/edtf.ts';
import { COLLECTIONS } from '../src/lib/model/schema.ts';
import { validateDataset } from '../src/lib/model/validate.ts';
import { articleReader } from '../src/node/dataset-files.ts';

const dataset = generateDataset({ events: 1000, actors: 100, seed: 6 });

describe('generateDataset({ events, actors, seed })', () => {
  it('gives the same dataset for the same seed and a different one for another seed', () => {
    expect(generateDataset({ events: 1000, actors: 100, seed: 6 })).toEqual(dataset);
    expect(generateDataset({ events: 1000, actors: 100, seed: 7 }).events).not.toEqual(dataset.events);
  });

  it('gives exactly the number of events and actors asked for, with the five real sources', () => {
    expect(dataset.events).toHaveLength(1000);
    expect(dataset.actors).toHaveLength(100);
    expect(dataset.sources).toHaveLength(5);
    for (const [events, actors] of [
      [0, 50],
      [37, 1000],
    ] as const) {
      const small = generateDataset({ events, actors, seed: 1 });
      expect([small.events.length, small.actors.length]).toEqual([events, actors]);
    }
  });

  it('passes the validator with no issues', () => {
    const files = COLLECTIONS.map((name) => ({ file: `${name}.json`, text: JSON.stringify(dataset[name]) }));
    expect(validateDataset(files, articleReader()).issues).toEqual([]);
  });

  it('builds a hierarchy at least three levels deep', () => {
    const parent = new Map(dataset.actors.map((a) => [a.id, a.memberOf[0]]));
    const depth = (id: string | undefined): number => (id === undefined ? 0 : 1 + depth(parent.get(id)));
    expect(Math.max(...dataset.actors.map((a) => depth(a.id)))).toBeGreaterThanOrEqual(3);
    expect(dataset.actors.filter((a) => a.memberOf.length > 0).length).toBeGreaterThan(50);
  });

  it('mixes statements, accusations and denials that point at them', () => {
    const share = (test: (e: (typeof dataset.events)[number]) => boolean) =>
      dataset.events.filter(test).length / dataset.events.length;
    expect(share((e) => e.type === 'statement')).toBeCloseTo(0.6, 1);
    expect(share((e) => e.subtype === 'accusation')).toBeGreaterThan(0.1);
    const ids = new Set(dataset.events.filter((e) => e.subtype === 'accusation').map((e) => e.id));
    const denials = dataset.events.filter((e) => e.subtype === 'denial');
    expect(denials.length).toBeGreaterThan(0);
    for (const denial of denials) expect(ids.has(denial.relations[0]?.event ?? '')).toBe(true);
  });

  it('makes about one date in seven vague, all within 2014–2018', () => {
    const parsed = dataset.events.map((e) => parseEdtf(typeof e.date === 'string' ? e.date : e.date.edtf));
    const values = parsed.flatMap((p) => (p.ok ? [p.value] : []));
    expect(values).toHaveLength(parsed.length);
    const vague = values.filter((d) => d.precision !== 'day' || d.uncertain || d.approximate || d.interval);
    expect(vague.length / values.length).toBeGreaterThan(0.1);
    expect(vague.length / values.length).toBeLessThan(0.2);
    expect(values.every((d) => d.start >= '2014-01-01' && d.end <= '2018-12-31')).toBe(true);
  });

  it('rejects an actor count outside 50 to 1,000, naming the option and the value', () => {
    expect(() => generateDataset({ events: 10, actors: 20, seed: 1 })).toThrow('invalid actors: 20');
  });
});
