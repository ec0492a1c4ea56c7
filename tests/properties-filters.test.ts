/**
 * The coded fast path of `EventIndex` (`apply`, `countAll`) against its plain reading (`matches`,
 * `counts`), on the bundled dataset and generated filters: they must agree on every filter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/generate.ts';
import { EMPTY_FILTER, EventIndex, FACETS, type EventFilter } from '../src/lib/model/filters.ts';
import { EVENTS_PER_STEP } from '../src/lib/model/steps.ts';
import { resolveDataset, type ResolvedDataset } from '../src/lib/model/resolve.ts';
import { queryTerms } from '../src/lib/model/search.ts';
import { bundledDataset } from './helpers/bundled-dataset.ts';

const dataset = bundledDataset();
const index = new EventIndex(dataset);

const pick = <T>(values: readonly T[]) => fc.subarray([...new Set(values)], { maxLength: 3 });
const day = fc.constantFrom('2012-06-30', '2015-09-30', '2015-11-18', '2016-06-01', '2017-06-01', '2018-01-01');
/** Filters over the values of a dataset. */
const filtersOf = (dataset: ResolvedDataset): fc.Arbitrary<EventFilter> =>
  fc.record({
    types: pick(dataset.events.map((e) => e.type)),
    subtypes: fc.oneof(pick(dataset.events.map((e) => e.subtype)), fc.constant(['no-such-subtype'])),
    statuses: pick(dataset.events.map((e) => e.status)),
    actors: fc.oneof(pick(dataset.actors.map((a) => a.id)), fc.constant(['no-such-actor'])),
    role: fc.constantFrom('any', 'made', 'received'),
    sources: pick(dataset.sources.map((s) => s.id)),
    from: fc.option(day, { nil: undefined }),
    to: fc.option(day, { nil: undefined }),
    query: fc.constantFrom('', 'raqqa', 'الرقة', 'denied coalition', 'zzz'),
  });
const filters = filtersOf(dataset);

describe('EventIndex, coded and plain', () => {
  it('apply gives the events that matches accepts, in order', () => {
    fc.assert(
      fc.property(filters, (filter) => {
        const terms = queryTerms(filter.query);
        const plain = dataset.events.filter((e) => index.matches(e, filter, terms)).map((e) => e.id);
        expect(index.apply(filter).map((e) => e.id)).toEqual(plain);
      }),
      { numRuns: 150 },
    );
  });

  it('countAll gives every facet the counts of counts(filter, facet)', () => {
    fc.assert(
      fc.property(filters, (filter) => {
        const all = index.countAll(filter);
        for (const facet of FACETS) expect(all[facet]).toEqual(index.counts(filter, facet));
      }),
      { numRuns: 150 },
    );
  });

  it('gives each filter its own list and counts, whichever of the two is asked for first', () => {
    const plainIds = (filter: EventFilter) => {
      const terms = queryTerms(filter.query);
      return dataset.events.filter((e) => index.matches(e, filter, terms)).map((e) => e.id);
    };
    fc.assert(
      fc.property(filters, filters, (f, g) => {
        expect(index.countAll(f).types).toEqual(index.counts(f, 'types'));
        expect(index.apply(g).map((e) => e.id)).toEqual(plainIds(g));
        expect(index.apply(f).map((e) => e.id)).toEqual(plainIds(f));
        expect(index.countAll(g).actors).toEqual(index.counts(g, 'actors'));
        // The list handed out is the caller's own: changing it changes nothing kept.
        const list = index.apply(f);
        list.length = 0;
        expect(index.apply(f).map((e) => e.id)).toEqual(plainIds(f));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the empty filter’s counts, and gives other roles their own', () => {
    expect(index.countAll(EMPTY_FILTER)).toBe(index.countAll({ ...EMPTY_FILTER }));
    const made = index.countAll({ ...EMPTY_FILTER, role: 'made' });
    expect(made.actors).toEqual(index.counts({ ...EMPTY_FILTER, role: 'made' }, 'actors'));
    expect(made.actors).not.toEqual(index.countAll(EMPTY_FILTER).actors);
  });
});

describe('EventIndex.inSteps(dataset)', () => {
  it('builds, a step per EVENTS_PER_STEP events, the index the constructor builds', () => {
    const large = resolveDataset(generateDataset({ events: 2 * EVENTS_PER_STEP + 500, actors: 80, seed: 3 }));
    const steps = EventIndex.inSteps(large);
    const shares: number[] = [];
    let stepped: EventIndex | undefined;
    for (let step = steps.next(); !stepped; step = steps.next()) {
      if (step.done) stepped = step.value;
      else shares.push(step.value);
    }
    const n = large.events.length;
    expect(shares).toEqual([EVENTS_PER_STEP / n, (2 * EVENTS_PER_STEP) / n]);
    const whole = new EventIndex(large);
    fc.assert(
      fc.property(filtersOf(large), (filter) => {
        expect(stepped?.apply(filter).map((e) => e.id)).toEqual(whole.apply(filter).map((e) => e.id));
        expect(stepped?.countAll(filter)).toEqual(whole.countAll(filter));
      }),
      { numRuns: 40 },
    );
  });
});
