/**
 * The timeline figure's data step: the view's filtered events as timeline items (the same mapping, labels
 * and rows as the interactive timeline), the period drawn, and the items that fall inside it.
 */
import { itemLabels } from '../i18n/item-labels.ts';
import type { ResolvedDataset, ResolvedEvent } from '../model/resolve.ts';
import { toTimelineItems, type TimelineGroup, type TimelineItem } from '../model/timeline-items.ts';
import type { Lang, ViewState } from '../model/view-state.ts';
import { filteredEvents } from './view-events.ts';

const DAY_MS = 86_400_000;

export interface TimelineData {
  /** Events with an item in the period. */
  readonly events: readonly ResolvedEvent[];
  readonly items: readonly TimelineItem[];
  /** Rows holding at least one item, in the view's order; empty when the view has no rows. */
  readonly groups: readonly TimelineGroup[];
  /** The instants at the plot's two ends. */
  readonly domain: readonly [Date, Date];
}

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function timelineData(dataset: ResolvedDataset, view: ViewState, lang: Lang): TimelineData {
  const filtered = filteredEvents(dataset, view);
  const { items, groups } = toTimelineItems(dataset, filtered, view.grouping, view.level, itemLabels(dataset, lang));

  let domain: [Date, Date];
  if (view.window) {
    domain = [new Date(utc(view.window.start)), new Date(utc(view.window.end) + DAY_MS)];
  } else {
    // Fit all, as the view's "fit all" does: the items' extent with a little room at each end.
    const starts = items.map((i) => i.start.getTime());
    const ends = items.map((i) => (i.end ?? i.start).getTime());
    const lo = starts.length ? Math.min(...starts) : utc('2015-01-01');
    const hi = ends.length ? Math.max(...ends) : lo;
    const pad = Math.max(DAY_MS, (hi - lo) * 0.03);
    domain = [new Date(lo - pad), new Date(hi + pad)];
  }
  const [d0, d1] = domain;
  const inside = items.filter((i) => (i.end ?? i.start) >= d0 && i.start <= d1);
  const ids = new Set(inside.map((i) => i.id));
  const rows = new Set(inside.map((i) => i.group));
  return {
    events: filtered.filter((e) => ids.has(e.id)),
    items: inside,
    groups: groups.filter((g) => rows.has(g.id)),
    domain,
  };
}
