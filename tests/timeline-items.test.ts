import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../src/lib/model/edtf.ts';
import { resolveDataset } from '../src/lib/model/resolve.ts';
import { Dataset } from '../src/lib/model/schema.ts';
import {
  displaySpan,
  itemsExtent,
  itemTimes,
  timelineItemsOf,
  toTimelineItems,
  withRoom,
  type ItemLabels,
} from '../src/lib/model/timeline-items.ts';
import { fixture } from './helpers/fixture.ts';

const edtf = (text: string) => {
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
};
const iso = (date: Date | undefined) => date?.toISOString();

describe('displaySpan(date)', () => {
  it('draws a known day as a box at noon', () => {
    expect(displaySpan(edtf('2017-05-25'))).toEqual({
      start: new Date('2017-05-25T12:00:00Z'),
      kind: 'box',
      uncertain: false,
    });
  });

  it('draws a span of known days as a range to the end of its last day', () => {
    const span = displaySpan(edtf('2017-05-29/2017-05-30'));
    expect([span.kind, iso(span.start), iso(span.end), span.uncertain]).toEqual([
      'range',
      '2017-05-29T00:00:00.000Z',
      '2017-05-31T00:00:00.000Z',
      false,
    ]);
  });

  it('draws a month as a faded range over the whole month, never a fake day', () => {
    const span = displaySpan(edtf('2015-11'));
    expect([span.kind, iso(span.start), iso(span.end), span.uncertain]).toEqual([
      'range',
      '2015-11-01T00:00:00.000Z',
      '2015-12-01T00:00:00.000Z',
      true,
    ]);
  });

  it('widens an approximate day by three days each side and marks it uncertain', () => {
    const span = displaySpan(edtf('2017-05-21~'));
    expect([iso(span.start), iso(span.end), span.uncertain]).toEqual([
      '2017-05-18T00:00:00.000Z',
      '2017-05-25T00:00:00.000Z',
      true,
    ]);
  });

  it('marks an uncertain day as a faded one-day range', () => {
    const span = displaySpan(edtf('2017-05-31?'));
    expect([span.kind, span.uncertain]).toEqual(['range', true]);
  });
});

const labels: ItemLabels = {
  lang: 'en',
  subtype: (s) => s,
  type: (t) => t.toUpperCase(),
  date: (d) => d.start,
  sourceTitle: (id) => `source ${id}`,
  none: '—',
};

describe('toTimelineItems(dataset, events, grouping, level, labels)', () => {
  const dataset = resolveDataset(v.parse(Dataset, fixture()));

  it('labels each item with its lead actor and subtype, and styles it by type and status', () => {
    const { items, groups } = toTimelineItems(dataset, dataset.events, 'none', 'actor', labels);
    expect(groups).toEqual([]);
    const accusation = items.find((i) => i.id === 'mod-accuses-coalition-shelling-raqqa');
    expect(accusation).toMatchObject({
      label: 'Russian Ministry of Defence: accusation',
      className: 'type-statement status-alleged',
    });
    expect(accusation?.title).toBe('2017-05-31 — The MoD accused the coalition of shelling Raqqa.');
    expect(accusation?.group).toBeUndefined();
  });

  it('groups by actor rolled up to at least the organization, busiest row first', () => {
    const { items, groups } = toTimelineItems(dataset, dataset.events, 'actor', 'state', labels);
    expect(items.map((i) => i.group).sort()).toEqual(['russia', 'us-led-coalition']);
    expect(groups.map((g) => g.label)).toEqual(['Russia', 'US-led coalition']);
  });

  it('groups by type and by source with readable row names', () => {
    expect(toTimelineItems(dataset, dataset.events, 'type', 'actor', labels).groups).toEqual([
      { id: 'statement', label: 'STATEMENT', order: 0 },
    ]);
    expect(toTimelineItems(dataset, dataset.events, 'source', 'actor', labels).groups).toEqual([
      { id: 'fixture-article', label: 'source fixture-article', order: 0 },
    ]);
  });

  it("bound to its settings, makes each event's item once and gives what toTimelineItems gives", () => {
    const itemsOf = timelineItemsOf(dataset, 'actor', 'state', labels);
    const whole = itemsOf(dataset.events);
    const [first] = dataset.events;
    if (!first) throw new Error('the fixture has no event');
    const one = itemsOf([first]);
    expect(one.items[0]).toBe(whole.items[0]);
    expect(whole).toEqual(toTimelineItems(dataset, dataset.events, 'actor', 'state', labels));
    expect(one.groups.map((g) => g.id)).toEqual([whole.items[0]?.group]);
  });
});

describe('itemTimes(items) and itemsExtent(items)', () => {
  const dataset = resolveDataset(v.parse(Dataset, fixture()));
  const { items } = toTimelineItems(dataset, dataset.events, 'type', 'actor', labels);

  it('reads each item’s first and last instant once per list of items', () => {
    const times = itemTimes(items);
    expect([...times.starts]).toEqual(items.map((i) => i.start.getTime()));
    expect([...times.ends]).toEqual(items.map((i) => (i.end ?? i.start).getTime()));
    expect(itemTimes(items)).toBe(times);
    expect(itemTimes([...items])).not.toBe(times);
  });

  it('gives the span from the first start to the last end, with room, and none for no items', () => {
    const first = Math.min(...items.map((i) => i.start.getTime()));
    const last = Math.max(...items.map((i) => (i.end ?? i.start).getTime()));
    const extent = itemsExtent(items);
    const pad = Math.max(86_400_000, (last - first) * 0.02);
    expect(extent?.start.getTime()).toBe(first - pad);
    expect(extent?.end.getTime()).toBe(last + pad);
    expect(itemsExtent([])).toBeUndefined();
  });
});

describe('withRoom(extent, width, room)', () => {
  const extent = { start: new Date('2015-01-01T00:00:00Z'), end: new Date('2017-12-31T00:00:00Z') };
  /** Where an instant falls, in pixels, in `window` drawn `width` pixels wide. */
  const at = (window: { start: Date; end: Date }, time: Date, width: number) =>
    ((time.getTime() - window.start.getTime()) / (window.end.getTime() - window.start.getTime())) * width;

  it.each([
    [918, 120, 120],
    [1200, 120, 120],
    [400, 120, 100],
    [0, 120, 0],
  ])('drawn %i pixels wide with %i pixels of room, leaves %i pixels each side of the extent', (width, room, left) => {
    const window = withRoom(extent, width, room);
    if (width === 0) {
      expect(window).toEqual(extent);
      return;
    }
    expect(at(window, extent.start, width)).toBeCloseTo(left, 6);
    expect(width - at(window, extent.end, width)).toBeCloseTo(left, 6);
  });
});
