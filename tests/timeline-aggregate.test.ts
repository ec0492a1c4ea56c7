import { describe, expect, it } from 'vitest';
import { formatEventDate } from '../src/lib/i18n/format-date.ts';
import { STRINGS } from '../src/lib/i18n/strings.ts';
import type { EventType } from '../src/lib/model/schema.ts';
import {
  AGGREGATE_DEFAULTS,
  aggregateTimeline,
  aggregationWindow,
  type AggregateLabels,
  type AggregationWindow,
  type ShownItem,
  type ShownTimeline,
  type TimelineAggregate,
} from '../src/lib/model/timeline-aggregate.ts';
import { binWidth } from '../src/lib/model/timeline-bins.ts';
import { diffById, movedItem, sameItem } from '../src/lib/model/timeline-diff.ts';
import type { Grouping, TimelineGroup, TimelineItem } from '../src/lib/model/timeline-items.ts';
import { OTHER_ROW } from '../src/lib/model/timeline-row-cap.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2016-01-01T00:00:00Z');
const TYPES: readonly EventType[] = ['statement', 'strike', 'convoy', 'meeting', 'attack', 'milestone'];

const labelsIn = (lang: 'en' | 'ar'): AggregateLabels => ({
  type: (type) => STRINGS[lang].eventTypes[type],
  date: (date) => formatEventDate(date, lang),
  aggregateLabel: STRINGS[lang].aggregateLabel,
  aggregateTitle: STRINGS[lang].aggregateTitle,
  aggregateBreakdown: STRINGS[lang].aggregateBreakdown,
  otherRows: STRINGS[lang].otherRows,
});

/** `count` one-day items spread over `days` days from 1 January 2016, in `rows` rows (none when 0). */
function dataOf(count: number, days: number, rows = 0) {
  const items: TimelineItem[] = Array.from({ length: count }, (_, k) => ({
    id: `e${String(k).padStart(5, '0')}`,
    start: new Date(T0 + Math.floor((k * days) / count) * DAY + DAY / 2),
    kind: 'box',
    type: TYPES[k % TYPES.length] ?? 'statement',
    // Row r holds about twice as many items as row r + 1, so that rows differ in how busy they are.
    ...(rows ? { group: `row-${Math.min(rows - 1, Math.floor(Math.log2(1 + (k % 2 ** rows))))}` } : {}),
    uncertain: false,
    className: 'type-statement status-confirmed',
    label: `event ${k}`,
    title: `event ${k}`,
  }));
  const groups: TimelineGroup[] = Array.from({ length: rows }, (_, r) => ({
    id: `row-${r}`,
    label: `Row ${r}`,
    order: r,
  }));
  return { items, groups };
}

/** `count` items over 100 days in 40 rows of equal size. */
function fortyRows(count: number) {
  const items: TimelineItem[] = dataOf(count, 100).items.map((item, k) => ({ ...item, group: `row-${k % 40}` }));
  const groups = Array.from({ length: 40 }, (_, r) => ({ id: `row-${r}`, label: `Row ${r}`, order: r }));
  return { items, groups };
}

const view = (fromDay: number, toDay: number, width = 1000): AggregationWindow =>
  aggregationWindow({ start: T0 + fromDay * DAY, end: T0 + toDay * DAY, width });

/** How many events the drawn items stand for. */
/** What is drawn, without the look-up from events to aggregates (a function, compared by its answers). */
const drawnPart = ({ items, groups, mode }: ShownTimeline) => ({ items, groups, mode });

const events = (items: readonly ShownItem[]) => items.reduce((n, i) => n + (i.kind === 'aggregate' ? i.count : 1), 0);

describe('aggregateTimeline(data, grouping, view, labels, options)', () => {
  it.each([
    { name: '10,000 items over three years, all in view', count: 10_000, days: 1095, rows: 0, window: [0, 1095] },
    { name: '10,000 items, a quarter in view', count: 10_000, days: 1095, rows: 0, window: [300, 390] },
    { name: '10,000 items in 12 rows', count: 10_000, days: 1095, rows: 12, window: [0, 1095] },
    { name: '2,000 items on one busy week', count: 2000, days: 7, rows: 3, window: [0, 7] },
  ])('preserves counts: $name are each drawn once, alone or in one aggregate', ({ count, days, rows, window }) => {
    const data = dataOf(count, days, rows);
    const v = view(window[0] ?? 0, window[1] ?? 0);
    const shown = aggregateTimeline(data, rows ? 'actor' : 'none', v, labelsIn('en'));
    const margin = (v.end - v.start) * 0.5;
    const near = data.items.filter((i) => i.start.getTime() >= v.start - margin && i.start.getTime() <= v.end + margin);
    expect(shown.mode).toBe('binned');
    expect(events(shown.items)).toBe(near.length);
    const members = shown.items.flatMap((i) => (i.kind === 'aggregate' ? i.members : [i.id]));
    expect(new Set(members).size).toBe(near.length);
    for (const item of shown.items) {
      if (item.kind === 'aggregate') expect(item.types.reduce((n, t) => n + t.count, 0)).toBe(item.count);
    }
  });

  it('draws far fewer items than events once binned, each aggregate spanning its first to last event', () => {
    const data = dataOf(10_000, 1095);
    const shown = aggregateTimeline(data, 'none', view(0, 1095, 1200), labelsIn('en'));
    expect(shown.items.length).toBeLessThan(300);
    const first = shown.items.find((i) => i.kind === 'aggregate');
    if (first?.kind !== 'aggregate') throw new Error('no aggregate');
    const members = data.items.filter((i) => first.members.includes(i.id)).map((i) => i.start.getTime());
    expect(first.span.start.getTime()).toBe(Math.min(...members));
    expect(first.span.end.getTime()).toBe(Math.max(...members));
    // Every member finds its aggregate, and an event drawn on its own finds none.
    for (const item of shown.items) {
      if (item.kind === 'aggregate') for (const id of item.members) expect(shown.within(id)).toBe(item.id);
      else expect(shown.within(item.id)).toBeUndefined();
    }
  });

  it('is deterministic: the same inputs give the same output, and a pan keeps the ids of the bins it keeps', () => {
    const data = dataOf(10_000, 1095, 4);
    const a = aggregateTimeline(data, 'actor', view(200, 400), labelsIn('en'));
    const again = aggregateTimeline(data, 'actor', view(200, 400), labelsIn('en'));
    expect(drawnPart(again)).toEqual(drawnPart(a));
    for (const item of data.items) expect(again.within(item.id)).toBe(a.within(item.id));
    const panned = aggregateTimeline(data, 'actor', view(230, 430), labelsIn('en'));
    const before = new Map(a.items.map((i) => [i.id, i]));
    const kept = panned.items.filter((i) => i.kind === 'aggregate' && before.has(i.id));
    expect(kept.length).toBeGreaterThan(10);
    // A bin wholly inside both windows' reach holds the same events after the pan.
    const middle = kept.find(
      (i) => i.start.getTime() > T0 + 200 * DAY && (i.end ?? i.start).getTime() < T0 + 430 * DAY,
    );
    expect(middle).toEqual(before.get(middle?.id ?? ''));
  });

  it.each([300, 640, 918, 1200, 2400])(
    'leaves at least gapPixels between neighbouring aggregates of a row at %i pixels, and draws each inside its bin',
    (width) => {
      const data = dataOf(10_000, 1095, 3);
      const v = view(0, 1095, width);
      const shown = aggregateTimeline(data, 'actor', v, labelsIn('en'), { margin: 0 });
      const msPerPixel = (v.end - v.start) / width;
      const rows = new Map<string | undefined, TimelineAggregate[]>();
      for (const item of shown.items) {
        if (item.kind === 'aggregate') rows.set(item.group, [...(rows.get(item.group) ?? []), item]);
      }
      let pairs = 0;
      for (const aggregates of rows.values()) {
        const sorted = aggregates.sort((a, b) => a.start.getTime() - b.start.getTime());
        for (const a of sorted) {
          const bin = Math.floor(a.start.getTime() / v.step);
          expect(a.start.getTime()).toBeGreaterThan(bin * v.step);
          expect(a.end.getTime()).toBeLessThan((bin + 1) * v.step);
        }
        for (let k = 1; k < sorted.length; k += 1) {
          const gap = ((sorted[k]?.start.getTime() ?? 0) - (sorted[k - 1]?.end.getTime() ?? 0)) / msPerPixel;
          expect(gap).toBeGreaterThanOrEqual(AGGREGATE_DEFAULTS.gapPixels);
          pairs += 1;
        }
      }
      expect(pairs).toBeGreaterThan(3);
    },
  );

  it.each<{ name: string; count: number; rows: number; mode: 'all' | 'window'; window: [number, number] }>([
    { name: 'the bundled size (118 items, 24 rows)', count: 118, rows: 24, mode: 'all', window: [0, 1095] },
    { name: 'exactly the limit (300 items)', count: 300, rows: 6, mode: 'all', window: [0, 1095] },
    { name: '5,000 items, a fortnight in view', count: 5000, rows: 6, mode: 'window', window: [500, 514] },
  ])('draws raw items below the threshold: $name', ({ count, rows, mode, window: [from, to] }) => {
    const data = dataOf(count, 1095, rows);
    const shown = aggregateTimeline(data, 'type', view(from, to), labelsIn('en'));
    expect(shown.mode).toBe(mode);
    expect(shown.items.every((i) => i.kind !== 'aggregate')).toBe(true);
    if (mode === 'all') expect(shown.items).toBe(data.items);
    else expect(shown.items.length).toBeLessThanOrEqual(300);
  });

  it('caps the rows: the busiest in the window, then one "other" row naming how many it holds', () => {
    // Forty rows of equal size over 100 days, a week in view: the rows busiest in that week are kept.
    const data = fortyRows(10_000);
    const shown = aggregateTimeline(data, 'actor', view(50, 57), labelsIn('en'), { maxRows: 30 });
    expect(shown.groups).toHaveLength(30);
    expect(shown.groups.at(-1)).toEqual({ id: OTHER_ROW, label: 'other actors (11)', order: 29 });
    const rows = new Set(shown.groups.map((g) => g.id));
    expect(shown.items.every((i) => rows.has(i.group ?? ''))).toBe(true);
    const inWindow = (row: string) =>
      data.items.filter(
        (i) => i.group === row && i.start.getTime() >= T0 + 50 * DAY && i.start.getTime() <= T0 + 57 * DAY,
      ).length;
    const kept = shown.groups.slice(0, -1).map((g) => inWindow(g.id));
    const folded = data.groups.filter((g) => !rows.has(g.id)).map((g) => inWindow(g.id));
    expect(Math.min(...kept)).toBeGreaterThanOrEqual(Math.max(...folded));
  });

  it.each<[Grouping, string]>([
    ['actor', 'other actors (11)'],
    ['source', 'other sources (11)'],
  ])('folds the rows past the cap into one row when grouped by %s: "%s"', (grouping, label) => {
    // 40 rows of 10 items each, all in view: 29 kept, 11 folded.
    const shown = aggregateTimeline(fortyRows(400), grouping, view(0, 100), labelsIn('en'), { maxRows: 30 });
    expect(shown.groups.map((g) => g.id).slice(0, 3)).toEqual(['row-0', 'row-1', 'row-2']);
    expect(shown.groups.at(-1)?.label).toBe(label);
  });

  it('labels aggregates and the folded row in Arabic, with Arabic-Indic digits and an Arabic date', () => {
    const shown = aggregateTimeline(fortyRows(10_000), 'actor', view(0, 100), labelsIn('ar'));
    const aggregate = shown.items.find((i) => i.kind === 'aggregate' && i.count > 10);
    if (aggregate?.kind !== 'aggregate') throw new Error('no aggregate');
    expect(aggregate.label).toMatch(/^[٠-٩]+ حدثاً$/u);
    expect(aggregate.title).toMatch(/[٠-٩]/u);
    expect(aggregate.title).toContain('انقر للتكبير');
    expect(aggregate.title).toContain(STRINGS.ar.eventTypes[aggregate.types[0]?.type ?? 'statement']);
    expect(aggregate.title).not.toMatch(/[A-Za-z]/);
    expect(shown.groups.at(-1)?.label).toMatch(/^جهات أخرى \([٠-٩]+\)$/u);
  });

  it.each([
    [2, 'حدثان'],
    [7, '٧ أحداث'],
    [37, '٣٧ حدثاً'],
  ])('says %i events in Arabic as "%s"', (count, words) => {
    expect(STRINGS.ar.aggregateLabel(count)).toBe(words);
  });
});

describe('binWidth(msPerPixel, pixels)', () => {
  it.each([
    [DAY / 100, 90, DAY],
    [(3 * 365 * DAY) / 1200, 90, 91 * DAY],
    [(20 * 365 * DAY) / 100, 90, 7280 * DAY],
  ])('at %d ms a pixel, %d pixels make a bin of %d ms', (msPerPixel, pixels, width) => {
    expect(binWidth(msPerPixel, pixels)).toBe(width);
  });
});

describe('diffById(previous, next, same, moved)', () => {
  const [a, b, c] = dataOf(3, 3, 2).items;
  if (!a || !b || !c) throw new Error('no items');
  const previous = new Map([a, b, c].map((i) => [i.id, i]));

  it('adds what is new, updates what changed, removes what is gone and leaves the rest', () => {
    const d = { ...a, id: 'new' };
    const changed = { ...b, label: 'renamed' };
    const diff = diffById<ShownItem>(previous, [a, changed, d], sameItem, movedItem);
    expect(diff).toEqual({ add: [d], update: [changed], remove: [c.id] });
  });

  it('removes and re-adds an item that moved to another row, never updates it in place', () => {
    const moved = { ...a, group: 'elsewhere' };
    expect(diffById<ShownItem>(previous, [moved, b, c], sameItem, movedItem)).toEqual({
      add: [moved],
      update: [],
      remove: [a.id],
    });
  });

  it('does nothing when the next items draw the same, even as new objects', () => {
    const copies = [a, b, c].map((i) => ({ ...i, start: new Date(i.start.getTime()) }));
    expect(diffById<ShownItem>(previous, copies, sameItem, movedItem)).toEqual({ add: [], update: [], remove: [] });
  });
});
