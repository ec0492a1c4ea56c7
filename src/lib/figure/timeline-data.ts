/**
 * The timeline figure's data step: the view's filtered events as timeline items (the same mapping, labels
 * and rows as the interactive timeline), the period drawn, and the items that fall inside it. The words
 * for aggregates go with them: the body counts a large set into aggregates once it knows its width.
 */
import { itemLabels } from '../i18n/item-labels.ts';
import { STRINGS } from '../i18n/strings.ts';
import type { ResolvedDataset, ResolvedEvent } from '../model/resolve.ts';
import type { AggregateLabels } from '../model/timeline-aggregate.ts';
import { toTimelineItems, type Grouping, type TimelineGroup, type TimelineItem } from '../model/timeline-items.ts';
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
  /** What the rows stand for, and the words of aggregates and of the folded row. */
  readonly grouping: Grouping;
  readonly labels: AggregateLabels;
}

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function timelineData(dataset: ResolvedDataset, view: ViewState, lang: Lang): TimelineData {
  const filtered = filteredEvents(dataset, view);
  const words = itemLabels(dataset, lang);
  const { items, groups } = toTimelineItems(dataset, filtered, view.grouping, view.level, words);
  const s = STRINGS[lang];
  const labels: AggregateLabels = {
    type: words.type,
    date: words.date,
    aggregateLabel: s.aggregateLabel,
    aggregateTitle: s.aggregateTitle,
    aggregateBreakdown: s.aggregateBreakdown,
    otherRows: s.otherRows,
  };

  let domain: [Date, Date];
  if (view.window) {
    domain = [new Date(utc(view.window.start)), new Date(utc(view.window.end) + DAY_MS)];
  } else {
    // Fit all, as the view's "fit all" does: the items' extent with a little room at each end. A loop, not
    // `Math.min(...starts)`, which runs out of stack past about a hundred thousand items.
    let lo = Infinity;
    let hi = -Infinity;
    for (const item of items) {
      lo = Math.min(lo, item.start.getTime());
      hi = Math.max(hi, (item.end ?? item.start).getTime());
    }
    if (lo > hi) [lo, hi] = [utc('2015-01-01'), utc('2015-01-01')];
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
    grouping: view.grouping,
    labels,
  };
}
