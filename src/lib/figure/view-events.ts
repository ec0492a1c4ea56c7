/**
 * What a view shows, computed as the explore screen computes it: the events passing its filters, in time
 * order, and the period on screen — the timeline's window, else the filter's dates, else the events' extent.
 */
import { EventIndex } from '../model/filters.ts';
import { byDate, type ResolvedDataset, type ResolvedEvent } from '../model/resolve.ts';
import type { ViewState } from '../model/view-state.ts';

/** The events passing the view's filters, in time order (ties by id). */
export function filteredEvents(dataset: ResolvedDataset, view: ViewState): ResolvedEvent[] {
  return new EventIndex(dataset).apply(view.filter).sort(byDate);
}

/** A closed range of days, `YYYY-MM-DD`. */
export interface Period {
  readonly start: string;
  readonly end: string;
  /** True when the reader chose it (a window or filter dates), false when it is just the data's extent. */
  readonly chosen: boolean;
}

/** The period a view covers, or undefined when there is neither a chosen period nor an event. */
export function viewPeriod(view: ViewState, events: readonly ResolvedEvent[]): Period | undefined {
  if (view.window) return { ...view.window, chosen: true };
  const { from, to } = view.filter;
  const starts = events.map((e) => e.date.start).sort();
  const ends = events.map((e) => e.date.end).sort();
  const start = from ?? starts[0];
  const end = to ?? ends[ends.length - 1];
  if (start === undefined || end === undefined) return undefined;
  return { start, end, chosen: from !== undefined || to !== undefined };
}
