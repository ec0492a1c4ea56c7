/**
 * Where every timeline item goes: its row (group), its lane within the row, its span and its label, cut to
 * fit. Dense periods stay readable: lanes stack items that would overlap; when a row needs more lanes than
 * the page allows, the items that do not fit are drawn as ticks without labels and counted ("+5 more"), and
 * rows that do not fit at all are counted in a last line.
 */
import type { ScaleTime } from 'd3-scale';
import type { ShownItem } from '../model/timeline-aggregate.ts';
import type { TimelineGroup } from '../model/timeline-items.ts';
import { laneCap, packLanes } from './lanes.ts';
import { textWidth, truncate } from './measure.ts';
import { safeLabel } from './safe-label.ts';

export interface PlacedItem<T extends ShownItem = ShownItem> {
  readonly item: T;
  readonly lane: number;
  /** Start and end of the drawn span, in pixels from the reading start, clamped to the plot. */
  readonly u0: number;
  readonly u1: number;
  /** The label as drawn (maybe cut), and where it starts. */
  readonly label: string;
  readonly labelU: number;
}

export interface Row {
  readonly id: string;
  readonly label: string;
  /** Top edge, from the top of the rows' area. */
  readonly top: number;
  readonly height: number;
  readonly placed: readonly PlacedItem[];
  /** Items drawn as ticks only. */
  readonly overflow: readonly PlacedItem[];
}

export interface RowsLayout {
  readonly rows: readonly Row[];
  readonly laneHeight: number;
  /** Rows left out for want of room, and the events in them. */
  readonly hiddenRows: number;
  readonly hiddenItems: number;
}

export interface RowsOptions {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  /** Widest label, in pixels. */
  readonly labelMax: number;
}

/** How many events an item stands for: an aggregate's count, else one. */
export const eventCount = (item: ShownItem): number => (item.kind === 'aggregate' ? item.count : 1);

/** Lays out the items in the rows given (one unnamed row when `groups` is empty). */
export function layoutRows(
  items: readonly ShownItem[],
  groups: readonly TimelineGroup[],
  scale: ScaleTime<number, number>,
  options: RowsOptions,
): RowsLayout {
  const { width, height, fontSize, labelMax } = options;
  const markerR = fontSize * 0.45;
  const gap = fontSize * 0.5;
  const clamp = (u: number) => Math.min(width, Math.max(0, u));
  const rowsOf = groups.length ? [...groups].sort((a, b) => a.order - b.order) : [{ id: '', label: '', order: 0 }];

  const geometry = new Map<string, PlacedItem>();
  for (const item of items) {
    const u0 = clamp(scale(item.start));
    const u1 = clamp(item.end ? scale(item.end) : u0);
    const labelU = u0 + markerR + gap / 2;
    const label = truncate(safeLabel(item.label), Math.min(labelMax, Math.max(0, width - labelU)), fontSize);
    geometry.set(item.id, { item, lane: 0, u0, u1, label, labelU });
  }
  const byRow = new Map<string, ShownItem[]>();
  for (const item of items) {
    const row = item.group ?? '';
    const list = byRow.get(row);
    if (list) list.push(item);
    else byRow.set(row, [item]);
  }
  const extentsOf = (row: string) =>
    (byRow.get(row) ?? []).flatMap((i) => {
      const g = geometry.get(i.id);
      return g ? [{ id: i.id, from: g.u0 - markerR, to: Math.max(g.u1, g.labelU + textWidth(g.label, fontSize)) }] : [];
    });
  const needs = rowsOf.map((row) => packLanes(extentsOf(row.id), gap).count);

  const padding = fontSize * 0.5;
  const strip = fontSize * 1.3;
  const minLane = fontSize * 1.5;
  const idealLane = fontSize * 1.9;
  const sumNeeds = needs.reduce((a, b) => a + Math.max(1, b), 0);
  let laneHeight = Math.min(idealLane, (height - rowsOf.length * padding) / Math.max(1, sumNeeds));
  let cap = Infinity;
  let shown = rowsOf.length;
  if (laneHeight < minLane) {
    laneHeight = minLane;
    // Fewer rows until one lane each fits, then the most lanes per row that fit.
    while (shown > 1 && laneCap(needs.slice(0, shown), height - strip, laneHeight, strip, padding) === undefined)
      shown -= 1;
    const room = height - (shown < rowsOf.length ? strip : 0);
    cap = laneCap(needs.slice(0, shown), room, laneHeight, strip, padding) ?? 1;
    // Share out what the cap leaves over, so that the rows fill the page.
    const kept = needs.slice(0, shown);
    const lanes = kept.reduce((sum, need) => sum + Math.max(1, Math.min(need, cap)), 0);
    const strips = kept.filter((need) => need > cap).length * strip;
    laneHeight = Math.max(minLane, Math.min(idealLane, (room - strips - shown * padding) / lanes));
  }

  const rows: Row[] = [];
  let top = 0;
  for (const row of rowsOf.slice(0, shown)) {
    const packing = packLanes(extentsOf(row.id), gap, cap);
    const placed = [...packing.lanes].flatMap(([id, lane]) => {
      const g = geometry.get(id);
      return g ? [{ ...g, lane }] : [];
    });
    const overflow = packing.overflow.flatMap((id) => geometry.get(id) ?? []);
    const rowHeight = Math.max(1, packing.count) * laneHeight + (overflow.length ? strip : 0) + padding;
    rows.push({ id: row.id, label: safeLabel(row.label), top, height: rowHeight, placed, overflow });
    top += rowHeight;
  }
  const hidden = rowsOf.slice(shown);
  const hiddenIds = new Set(hidden.map((r) => r.id));
  return {
    rows,
    laneHeight,
    hiddenRows: hidden.length,
    hiddenItems: items.filter((i) => hiddenIds.has(i.group ?? '')).reduce((n, i) => n + eventCount(i), 0),
  };
}
