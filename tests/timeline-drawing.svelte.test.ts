// @vitest-environment jsdom
// jsdom: Svelte compiles this file for the client there, where effects run (in Node they are server no-ops).
/**
 * The explore timeline's drawing inside a reactive root, as in the app: aggregation follows the window's
 * instants and bin step, so a report from vis-timeline that changes only the width (its first report, from a
 * plot narrower than the wrapper) keeps what is drawn, object for object, while one that changes the step or
 * the window draws anew.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/generate.ts';
import { resolveDataset } from '../src/lib/model/resolve.ts';
import { aggregateTimeline, aggregationWindow, type TimelineView } from '../src/lib/model/timeline-aggregate.ts';
import { ExploreState } from '../src/lib/state/explore.svelte.ts';
import { itemsExtent, withRoom } from '../src/lib/model/timeline-items.ts';
import { LABEL_ROOM, TimelineDrawing } from '../src/lib/state/timeline-drawing.svelte.ts';
import { bundledDataset } from './helpers/bundled-dataset.ts';

describe('TimelineDrawing, in a reactive root', () => {
  it('aggregates again when the window or the bin step changes, not when only the width does', () => {
    const explore = new ExploreState(resolveDataset(generateDataset({ events: 2000, actors: 100, seed: 6 })));
    const drawing = new TimelineDrawing(explore, () => 918);
    const drawn: ReturnType<typeof aggregateTimeline>[] = [];
    const cleanup = $effect.root(() => {
      $effect.pre(() => {
        drawn.push(drawing.shown);
      });
    });
    flushSync();
    expect(drawn).toHaveLength(1);
    expect(drawn[0]?.mode).toBe('binned');
    const extent = drawing.extent;
    if (!extent) throw new Error('no extent');
    const opening: TimelineView = { start: extent.start.getTime(), end: extent.end.getTime(), width: 918 };
    const expected = aggregateTimeline(
      explore.timelineData,
      explore.grouping,
      aggregationWindow(opening),
      explore.aggregateLabels,
    );
    expect({ ...drawn[0], within: undefined }).toEqual({ ...expected, within: undefined });
    for (const item of explore.timelineData.items) expect(drawn[0]?.within(item.id)).toBe(expected.within(item.id));

    // vis-timeline reports the same window for its narrower plot: the same step, so the same drawing.
    const narrower = { ...opening, width: 829 };
    expect(aggregationWindow(narrower).step).toBe(aggregationWindow(opening).step);
    drawing.reported = narrower;
    flushSync();
    expect(drawn).toHaveLength(1);

    // A width that changes the step draws anew, with the wider bins.
    const narrow = { ...opening, width: 300 };
    expect(aggregationWindow(narrow).step).toBeGreaterThan(aggregationWindow(opening).step);
    drawing.reported = narrow;
    flushSync();
    expect(drawn).toHaveLength(2);
    expect(drawn[1]?.items.length).toBeLessThan(drawn[0]?.items.length ?? 0);

    // So does a pan, at the same step.
    drawing.reported = { ...narrow, start: narrow.start + 86_400_000, end: narrow.end + 86_400_000 };
    flushSync();
    expect(drawn).toHaveLength(3);
    cleanup();
  });

  it('opens on every event, with room for the labels only when events are drawn one by one', () => {
    const width = 918;
    const few = new ExploreState(bundledDataset());
    const many = new ExploreState(resolveDataset(generateDataset({ events: 2000, actors: 100, seed: 6 })));
    const [a, b] = [new TimelineDrawing(few, () => width), new TimelineDrawing(many, () => width)];
    const fewExtent = itemsExtent(few.timelineData.items);
    if (!fewExtent) throw new Error('no events');
    expect(a.shown.mode).toBe('all');
    expect(a.extent).toEqual(withRoom(fewExtent, width, LABEL_ROOM));
    expect(b.shown.mode).toBe('binned');
    expect(b.extent).toEqual(itemsExtent(many.timelineData.items));
  });
});
