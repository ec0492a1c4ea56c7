/**
 * What the timeline draws for a window: never thousands of items or hundreds of rows. A small set of items
 * is drawn whole, as it always was. A large one is cut to the items near the visible window; rows past a
 * cap are folded into one (see `timeline-row-cap.ts`); and when even the window holds too many items, the
 * items of each row are counted into time bins (see `timeline-bins.ts`), a bin of two or more becoming one
 * aggregate — "37 events", with its types and its first and last day. Counting is exact: every item near
 * the window is drawn either itself or inside exactly one aggregate. The same inputs give the same output.
 */
import type { EdtfValue } from './edtf.ts';
import { EVENT_TYPES, type EventType } from './schema.ts';
import { binOf, binWidth } from './timeline-bins.ts';
import { itemTimes, type Grouping, type ItemLabels, type TimelineGroup, type TimelineItem } from './timeline-items.ts';
import { capRows } from './timeline-row-cap.ts';

/** Events of one row drawn as one item, because at this zoom they would overlap. */
export interface TimelineAggregate {
  /** `aggregate <row> <bin>`: the same bin of the same row keeps its id while the window moves. */
  readonly id: string;
  readonly kind: 'aggregate';
  /** The bin, less a small gap at each end: aggregates of a row sit side by side and never overlap. */
  readonly start: Date;
  readonly end: Date;
  /** Row id, when grouped. */
  readonly group?: string;
  /** From the first member's first instant to the last member's last: the window a click zooms to. */
  readonly span: { readonly start: Date; readonly end: Date };
  readonly count: number;
  /** How many members of each type, most first. */
  readonly types: readonly { readonly type: EventType; readonly count: number }[];
  /** The members' event ids, in the order the items were given. */
  readonly members: readonly string[];
  readonly className: string;
  /** Short text on the aggregate, e.g. "37 events". */
  readonly label: string;
  /** Tooltip and accessible name: count, period, types, and that a click zooms in. */
  readonly title: string;
}

/** One thing the timeline draws: an event's item or an aggregate. */
export type ShownItem = TimelineItem | TimelineAggregate;

/** The words of aggregates and of the folded row, in one language (see `STRINGS`). */
export interface AggregateLabels extends Pick<ItemLabels, 'type' | 'date'> {
  readonly aggregateLabel: (count: number) => string;
  readonly aggregateTitle: (count: number, period: string, breakdown: string) => string;
  readonly aggregateBreakdown: (parts: readonly (readonly [type: string, count: number])[]) => string;
  readonly otherRows: (grouping: Grouping, rows: number) => string;
}

/** The visible window and its size on screen. */
export interface TimelineView {
  /** First and last visible instant, in ms since the epoch. */
  readonly start: number;
  readonly end: number;
  /** The window's width on screen, in pixels. */
  readonly width: number;
}

/**
 * A window as aggregation reads it: its instants and the width of its time bins, in ms. The width on screen
 * matters only through the bin step, so two views whose widths give the same step draw the same.
 */
export interface AggregationWindow {
  readonly start: number;
  readonly end: number;
  readonly step: number;
}

export interface AggregateOptions {
  /** Most items drawn one by one; past it, items are counted into bins. */
  readonly rawLimit: number;
  /** Most rows, the folded row included. */
  readonly maxRows: number;
  /** How much time either side of the window is drawn too, as a share of its width: a pan shows no gap. */
  readonly margin: number;
  /** Narrowest bin, in pixels: about the width of an aggregate's label. */
  readonly binPixels: number;
  /**
   * Least space between neighbouring aggregates, in pixels, more than vis-timeline's item margin: the same
   * share of each bin as of the narrowest, so a wider bin has a wider gap.
   */
  readonly gapPixels: number;
}

export const AGGREGATE_DEFAULTS: AggregateOptions = {
  rawLimit: 300,
  maxRows: 30,
  margin: 0.5,
  binPixels: 90,
  gapPixels: 10,
};

/** Whether `data` is drawn item by item in any window (mode `all`): few items, in few rows. */
export function drawsEveryItem(
  data: { readonly items: readonly unknown[]; readonly groups: readonly unknown[] },
  options: Partial<AggregateOptions> = {},
): boolean {
  const { rawLimit, maxRows } = { ...AGGREGATE_DEFAULTS, ...options };
  return data.items.length <= rawLimit && data.groups.length <= maxRows;
}

/**
 * The window of `view` with the bin step its width on screen gives (`binPixels` at least); pass
 * `aggregateTimeline` the same options, whose gaps are a share of that narrowest bin.
 */
export function aggregationWindow(view: TimelineView, options: Partial<AggregateOptions> = {}): AggregationWindow {
  const { binPixels } = { ...AGGREGATE_DEFAULTS, ...options };
  const msPerPixel = Math.max(1, view.end - view.start) / Math.max(1, view.width);
  return { start: view.start, end: view.end, step: binWidth(msPerPixel, binPixels) };
}

/** What to draw, and how it was decided. */
export interface ShownTimeline {
  readonly items: readonly ShownItem[];
  readonly groups: readonly TimelineGroup[];
  /** `all`: every item, as given; `window`: the items near the window; `binned`: aggregates and lone items. */
  readonly mode: 'all' | 'window' | 'binned';
  /**
   * The id of the aggregate an event is drawn inside, if it is. Only a selection asks, so the look-up from
   * each event to its aggregate is built on the first call: at 100,000 events building it took longer than
   * the rest of the aggregation.
   */
  readonly within: (id: string) => string | undefined;
}

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The days from `first` to `last` (an end instant, exclusive when it falls on midnight) as a date value. */
function period(first: number, last: number): EdtfValue {
  const [start, end] = [day(first), day(Math.max(first, last - 1))];
  const interval = start !== end;
  const common = { precision: 'day', uncertain: false, approximate: false } as const;
  return { edtf: interval ? `${start}/${end}` : start, start, end, interval, ...common };
}

/** No event is inside an aggregate. */
const inNone = (): undefined => undefined;

/** Each member's aggregate, by event id, built on the first question. */
function lookUp(aggregates: readonly TimelineAggregate[]): (id: string) => string | undefined {
  let by: Map<string, string> | undefined;
  return (id) => {
    if (!by) {
      by = new Map();
      for (const shown of aggregates) for (const member of shown.members) by.set(member, shown.id);
    }
    return by.get(id);
  };
}

/** The items of one bin of one row, counted as they are binned. */
interface Bin {
  readonly row: string | undefined;
  readonly bin: number;
  /** The first item, placed in its row: drawn itself when it is the only one. */
  readonly first: TimelineItem;
  /** Every member's event id, in the order the items were given. */
  readonly ids: string[];
  /** The members' first instant and last instant. */
  start: number;
  end: number;
  /** How many members of each type, by the type's place in EVENT_TYPES. */
  readonly byType: Uint32Array;
}

/** An aggregate of the items of one bin of one row. */
function aggregate(
  bin: Bin,
  drawn: { readonly start: number; readonly end: number },
  id: string,
  labels: AggregateLabels,
): TimelineAggregate {
  const types = EVENT_TYPES.flatMap((type, t) => {
    const count = bin.byType[t];
    return count ? [{ type, count }] : [];
  }).sort((a, b) => b.count - a.count);
  const count = bin.ids.length;
  const breakdown = labels.aggregateBreakdown(types.map((t) => [labels.type(t.type), t.count] as const));
  return {
    id,
    kind: 'aggregate',
    start: new Date(drawn.start),
    end: new Date(drawn.end),
    ...(bin.row === undefined ? {} : { group: bin.row }),
    span: { start: new Date(bin.start), end: new Date(bin.end) },
    count,
    types,
    members: bin.ids,
    className: 'aggregate',
    label: labels.aggregateLabel(count),
    title: labels.aggregateTitle(count, labels.date(period(bin.start, bin.end)), breakdown),
  };
}

/** Each item's row and type as small numbers, by its place in the list (see `itemCodes`). */
export interface ItemCodes {
  /** The row of each item, as its place in `rowIds`; -1 for an item in no row. */
  readonly rows: Int32Array;
  /** The rows the items are in, each once, in the order first met. */
  readonly rowIds: readonly string[];
  /** The type of each item, as its place in EVENT_TYPES, or NO_TYPE. */
  readonly types: Uint8Array;
}

/** The code of a type that is not one of EVENT_TYPES: counted as a member, in no type. */
const NO_TYPE = 255;

/** The codes of lists of items, kept while the list lives, as their times are (`itemTimes`). */
const codes = new WeakMap<readonly TimelineItem[], ItemCodes>();

/**
 * The row and type of each item of `items` as numbers, read once per list: binning looked each item's row and
 * type up in maps five times over, 26-62 ms a call for 100,000 items in Node, and 18-40 ms with these codes.
 */
export function itemCodes(items: readonly TimelineItem[]): ItemCodes {
  const kept = codes.get(items);
  if (kept) return kept;
  const rowIds: string[] = [];
  const rowCode = new Map<string, number>();
  const typeCode = new Map<string, number>(EVENT_TYPES.map((type, t) => [type, t]));
  const read = { rows: new Int32Array(items.length), rowIds, types: new Uint8Array(items.length) };
  items.forEach((item, k) => {
    const { group } = item;
    let row = group === undefined ? -1 : rowCode.get(group);
    if (row === undefined && group !== undefined) {
      row = rowIds.push(group) - 1;
      rowCode.set(group, row);
    }
    read.rows[k] = row ?? -1;
    read.types[k] = typeCode.get(item.type) ?? NO_TYPE;
  });
  codes.set(items, read);
  return read;
}

/**
 * What to draw of `data` (items and rows from `toTimelineItems`) for the window `view` (see
 * `aggregationWindow`). Items are kept in the order given; rows past `maxRows` are folded; above `rawLimit`
 * items near the window, bins of two or more items become aggregates.
 */
export function aggregateTimeline(
  data: { readonly items: readonly TimelineItem[]; readonly groups: readonly TimelineGroup[] },
  grouping: Grouping,
  view: AggregationWindow,
  labels: AggregateLabels,
  options: Partial<AggregateOptions> = {},
): ShownTimeline {
  const { rawLimit, maxRows, margin, binPixels, gapPixels } = { ...AGGREGATE_DEFAULTS, ...options };
  if (drawsEveryItem(data, options)) {
    return { items: data.items, groups: data.groups, mode: 'all', within: inNone };
  }
  const width = Math.max(1, view.end - view.start);
  const [from, to] = [view.start - width * margin, view.end + width * margin];
  const { starts, ends } = itemTimes(data.items);
  const { rows: rowOfItem, rowIds, types: typeOfItem } = itemCodes(data.items);
  // The items near the window, by their place in `data.items`, counted by row (the last count: no row).
  const near: number[] = [];
  const nearBy = new Uint32Array(rowIds.length + 1);
  const inWindowBy = new Uint32Array(rowIds.length + 1);
  for (let k = 0; k < data.items.length; k++) {
    const [start, end] = [starts[k] ?? 0, ends[k] ?? 0];
    if (end < from || start > to) continue;
    near.push(k);
    const row = rowOfItem[k] ?? -1;
    const at = row === -1 ? rowIds.length : row;
    nearBy[at] = (nearBy[at] ?? 0) + 1;
    if (end >= view.start && start <= view.end) inWindowBy[at] = (inWindowBy[at] ?? 0) + 1;
  }
  // By row id, items in no row counted as in the row ''.
  const counts = new Map<string, { inWindow: number; near: number }>();
  [...rowIds, ''].forEach((row, at) => {
    if (!nearBy[at]) return;
    const seen = counts.get(row);
    counts.set(row, { inWindow: (seen?.inWindow ?? 0) + (inWindowBy[at] ?? 0), near: (seen?.near ?? 0) + nearBy[at] });
  });
  const cap = capRows(data.groups, counts, maxRows, (folded) => labels.otherRows(grouping, folded));
  const placed = (item: TimelineItem): TimelineItem => {
    if (item.group === undefined) return item;
    const row = cap.rowOf(item.group);
    return row === item.group ? item : { ...item, group: row };
  };
  if (near.length <= rawLimit) {
    return {
      items: near.flatMap((k) => data.items[k] ?? []).map(placed),
      groups: cap.groups,
      mode: 'window',
      within: inNone,
    };
  }

  const { step } = view;
  // A bin is at least `binPixels` wide on screen, so a gap of this share of it is at least `gapPixels`.
  const inset = Math.min(step / 4, (step * gapPixels) / (2 * binPixels));
  // One pass over the items: each is placed in its row and its bin, which counts it as it comes. Bins are found by
  // the row drawn (several rows may fold into one), then by number: no key is built per item, only per bin.
  const drawnRows = new Map<string | undefined, Map<number, Bin>>();
  const binsOf = (group: string | undefined) => {
    let row = drawnRows.get(group);
    if (!row) drawnRows.set(group, (row = new Map()));
    return row;
  };
  // By the item's row code, the last for no row.
  const binsByRow = [...rowIds.map((id) => binsOf(cap.rowOf(id))), binsOf(undefined)];
  const bins: Bin[] = [];
  for (const k of near) {
    const item = data.items[k];
    if (!item) continue;
    const [start, end] = [starts[k] ?? 0, ends[k] ?? 0];
    const code = rowOfItem[k] ?? -1;
    const row = binsByRow[code === -1 ? rowIds.length : code] as Map<number, Bin>;
    const number = binOf(start, step);
    const type = typeOfItem[k] ?? NO_TYPE;
    const found = row.get(number);
    if (found) {
      found.ids.push(item.id);
      if (start < found.start) found.start = start;
      if (end > found.end) found.end = end;
      if (type !== NO_TYPE) found.byType[type] = (found.byType[type] ?? 0) + 1;
    } else {
      const created: Bin = {
        row: item.group === undefined ? undefined : cap.rowOf(item.group),
        bin: number,
        first: placed(item),
        ids: [item.id],
        start,
        end,
        byType: new Uint32Array(EVENT_TYPES.length),
      };
      if (type !== NO_TYPE) created.byType[type] = 1;
      row.set(number, created);
      bins.push(created);
    }
  }
  const items: ShownItem[] = [];
  const aggregates: TimelineAggregate[] = [];
  for (const bin of bins) {
    if (bin.ids.length === 1) {
      items.push(bin.first);
      continue;
    }
    const drawn = { start: bin.bin * step + inset, end: (bin.bin + 1) * step - inset };
    const shown = aggregate(bin, drawn, `aggregate ${bin.row ?? ''} ${bin.bin}`, labels);
    aggregates.push(shown);
    items.push(shown);
  }
  return { items, groups: cap.groups, mode: 'binned', within: lookUp(aggregates) };
}
