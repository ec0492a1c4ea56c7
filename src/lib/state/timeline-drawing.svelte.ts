/**
 * What the explore timeline draws: the explore state's filtered items for the window vis-timeline last
 * reported, or before its first report the view's window (else every event), aggregated when they are many
 * (`aggregateTimeline`). One drawing per timeline on screen, for the explore screen and a slide each have
 * their own window. Without a window the timeline opens on every event (with room for the labels at the ends
 * when they are drawn one by one) rather than leaving vis-timeline to fit them: it can only do that after
 * drawing them once.
 *
 * Aggregation reads the window's instants and its bin step, each derived on its own, not the report itself:
 * a report that changes only the width, keeping the step, draws nothing anew. vis-timeline's first report is
 * such a one — its plot is narrower than the wrapper by the row labels — and at 100,000 events aggregating
 * again was a third of a second on the main thread.
 */
import {
  aggregateTimeline,
  aggregationWindow,
  drawsEveryItem,
  type TimelineView,
} from '../model/timeline-aggregate.ts';
import { itemsExtent, withRoom } from '../model/timeline-items.ts';
import type { ExploreState } from './explore.svelte.ts';

/** Pixels left at each end of the window that shows every event one by one, for the first and last labels. */
export const LABEL_ROOM = 120;

export class TimelineDrawing {
  /** The window vis-timeline last reported, exactly, with the width of its plot. */
  reported = $state.raw<TimelineView | undefined>(undefined);
  /**
   * Every filtered event's extent, with room for the labels at each end when events are drawn one by one:
   * where the timeline opens without a window, and where "fit all" goes.
   */
  readonly extent: ReturnType<typeof itemsExtent>;
  readonly shown: ReturnType<typeof aggregateTimeline>;

  /** `width` reads the width the timeline is given before vis-timeline reports its own. */
  constructor(explore: ExploreState, width: () => number) {
    const extent = $derived(itemsExtent(explore.timelineData.items));
    // Events drawn one by one have labels that run on past their day; aggregates sit inside their bins.
    const labelled = $derived(drawsEveryItem(explore.timelineData));
    this.extent = $derived(extent && labelled ? withRoom(extent, width(), LABEL_ROOM) : extent);
    const opening = $derived.by((): TimelineView => {
      const window = explore.window;
      if (window) {
        const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
        return { start: day(window.start), end: day(window.end), width: width() };
      }
      return { start: this.extent?.start.getTime() ?? 0, end: this.extent?.end.getTime() ?? 0, width: width() };
    });
    const view = $derived(aggregationWindow(this.reported ?? opening));
    const start = $derived(view.start);
    const end = $derived(view.end);
    const step = $derived(view.step);
    this.shown = $derived(
      aggregateTimeline(explore.timelineData, explore.grouping, { start, end, step }, explore.aggregateLabels),
    );
  }
}
