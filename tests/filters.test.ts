import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  EventIndex,
  FACETS,
  isEmptyFilter,
  sameFilter,
  type EventFilter,
} from '../src/lib/model/filters.ts';
import { resolveDataset } from '../src/lib/model/resolve.ts';
import { Dataset } from '../src/lib/model/schema.ts';
import { fixture } from './helpers/fixture.ts';

const dataset = resolveDataset(v.parse(Dataset, fixture()));
const index = new EventIndex(dataset);
const ids = (filter = EMPTY_FILTER) => index.apply(filter).map((e) => e.id);

describe('EventIndex.apply(filter)', () => {
  it('shows everything with the empty filter', () => {
    expect(isEmptyFilter(EMPTY_FILTER)).toBe(true);
    expect(ids()).toEqual(['coalition-denies-shelling-raqqa', 'mod-accuses-coalition-shelling-raqqa']);
  });

  it('filters by subtype, status and source', () => {
    expect(ids({ ...EMPTY_FILTER, subtypes: ['denial'] })).toEqual(['coalition-denies-shelling-raqqa']);
    expect(ids({ ...EMPTY_FILTER, statuses: ['alleged'] })).toEqual(['mod-accuses-coalition-shelling-raqqa']);
    expect(ids({ ...EMPTY_FILTER, sources: ['nowhere'] })).toEqual([]);
  });

  it('lets an actor stand for everyone below it, and tells made from received', () => {
    expect(ids({ ...EMPTY_FILTER, actors: ['russia'] })).toHaveLength(2);
    expect(ids({ ...EMPTY_FILTER, actors: ['russia'], role: 'made' })).toEqual([
      'mod-accuses-coalition-shelling-raqqa',
    ]);
    expect(ids({ ...EMPTY_FILTER, actors: ['russia'], role: 'received' })).toEqual(['coalition-denies-shelling-raqqa']);
  });

  it('keeps events whose dates overlap the range', () => {
    expect(ids({ ...EMPTY_FILTER, from: '2017-05-31', to: '2017-05-31' })).toHaveLength(2);
    expect(ids({ ...EMPTY_FILTER, from: '2017-06-01' })).toEqual([]);
  });

  it('searches summaries, quotes and actor aliases in both languages', () => {
    expect(ids({ ...EMPTY_FILTER, query: 'التحالف' })).toHaveLength(2);
    expect(ids({ ...EMPTY_FILTER, query: 'الرقه' })).toEqual(['mod-accuses-coalition-shelling-raqqa']);
    expect(ids({ ...EMPTY_FILTER, query: 'denied' })).toEqual(['coalition-denies-shelling-raqqa']);
  });
});

describe('EventIndex.counts(filter, facet)', () => {
  it('counts each value with the other facets applied but not its own', () => {
    const filter = { ...EMPTY_FILTER, subtypes: ['denial'] };
    expect(Object.fromEntries(index.counts(filter, 'subtypes'))).toEqual({ denial: 1, accusation: 1 });
    expect(Object.fromEntries(index.counts(filter, 'statuses'))).toEqual({ claimed: 1 });
  });
});

describe('EventIndex.countAll(filter)', () => {
  const filters: [string, EventFilter][] = [
    ['no filter', EMPTY_FILTER],
    ['one subtype', { ...EMPTY_FILTER, subtypes: ['denial'] }],
    ['a type and a status', { ...EMPTY_FILTER, types: ['statement'], statuses: ['claimed'] }],
    ['an actor as agent', { ...EMPTY_FILTER, actors: [dataset.actors[0]?.id ?? ''], role: 'made' }],
    ['a query', { ...EMPTY_FILTER, query: 'raqqa' }],
    ['a date range and a source', { ...EMPTY_FILTER, from: '2015-01-01', sources: [dataset.sources[0]?.id ?? ''] }],
  ];
  it.each(filters)('gives every facet the counts of counts(filter, facet), with %s', (_, filter) => {
    const all = index.countAll(filter);
    for (const facet of FACETS) expect(all[facet]).toEqual(index.counts(filter, facet));
  });
});

describe('sameFilter(a, b)', () => {
  it('is true for equal choices in separate objects, false when any one differs', () => {
    const a: EventFilter = { ...EMPTY_FILTER, types: ['strike'], actors: ['russia'], from: '2015-10-01' };
    expect(sameFilter(a, { ...a, types: ['strike'], actors: ['russia'] })).toBe(true);
    expect(sameFilter(EMPTY_FILTER, { ...EMPTY_FILTER })).toBe(true);
    const changes: Partial<EventFilter>[] = [
      { types: [] },
      { types: ['strike', 'convoy'] },
      { subtypes: ['accusation'] },
      { statuses: ['alleged'] },
      { actors: ['usa'] },
      { role: 'made' },
      { sources: ['s1'] },
      { from: undefined },
      { to: '2016-01-01' },
      { query: 'raqqa' },
    ];
    for (const change of changes) expect(sameFilter(a, { ...a, ...change })).toBe(false);
  });
});
