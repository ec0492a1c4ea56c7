// @vitest-environment jsdom
// jsdom: Svelte compiles this file for the client there, where effects run (in Node they are server no-ops).
/**
 * The timeline adapter on the real vis-timeline (in jsdom): each change of window is reported at once to what
 * follows it cheaply (`onrange`, `onwindow`), and once, after the reader pauses, to what is slow to follow it
 * (`onpause`, which the explore screen's graph follows). (Fake timers stand in for the clock.)
 */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Timeline from '../src/components/Timeline.svelte';
import type { ShownItem } from '../src/lib/model/timeline-aggregate.ts';
import type { DayWindow } from '../src/lib/state/explore.svelte.ts';
import { PAUSE_MS } from '../src/lib/state/on-pause.ts';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

const day = (n: number) => new Date(Date.UTC(2015, 10, n));
const items: ShownItem[] = [1, 10, 20].map((n) => ({
  kind: 'box',
  type: 'strike',
  uncertain: false,
  id: `e${n}`,
  start: day(n),
  className: 'type-strike',
  label: `event ${n}`,
  title: `event ${n}`,
}));

function open() {
  const reports = { window: [] as DayWindow[], pause: [] as DayWindow[] };
  const target = document.createElement('div');
  document.body.append(target);
  const timeline = mount(Timeline, {
    target,
    props: {
      items,
      groups: [],
      binned: false,
      extent: { start: day(1), end: day(30) },
      within: () => undefined,
      spanOf: () => undefined,
      selected: undefined,
      window: undefined,
      rtl: false,
      locale: 'en',
      label: 'Timeline',
      clusterTitle: '{count} events',
      onselect: () => {},
      onwindow: (w: DayWindow) => reports.window.push(w),
      onrange: () => {},
      onpause: (w: DayWindow) => reports.pause.push(w),
    },
  });
  flushSync();
  return { timeline, reports, close: () => unmount(timeline) };
}

/** vis-timeline reports a window set by a call (a button, a key) 200 ms after the call, as it does a wheel step. */
const VIS_REPORT_MS = 200;

describe('Timeline, reporting its window', () => {
  it('reports each pan as vis-timeline does, and the window the pans end on once, after the pause', () => {
    const { timeline, reports, close } = open();
    for (let k = 0; k < 4; k++) {
      timeline.pan(0.25);
      vi.advanceTimersByTime(VIS_REPORT_MS);
      expect(reports.window).toHaveLength(k + 1);
      // The next pan comes before the pause is over.
      vi.advanceTimersByTime(PAUSE_MS - 1);
    }
    expect(new Set(reports.window.map((w) => w.start)).size).toBe(4);
    expect(reports.pause).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reports.pause).toEqual([reports.window.at(-1)]);
    vi.advanceTimersByTime(10 * PAUSE_MS);
    expect(reports.pause).toHaveLength(1);
    close();
  });

  it('holds the pause while a change of window is under way', () => {
    const { timeline, reports, close } = open();
    timeline.zoom(0.5);
    vi.advanceTimersByTime(VIS_REPORT_MS + PAUSE_MS - 50);
    // A change under way (vis-timeline's \`rangechange\`) before the pause is over: the pause starts again
    // once that change is reported.
    timeline.zoom(0.5);
    vi.advanceTimersByTime(50);
    expect(reports.pause).toEqual([]);
    vi.advanceTimersByTime(VIS_REPORT_MS - 50 - 1);
    expect(reports.window).toHaveLength(1);
    expect(reports.pause).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reports.window).toHaveLength(2);
    vi.advanceTimersByTime(PAUSE_MS - 1);
    expect(reports.pause).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reports.pause).toEqual([reports.window[1]]);
    close();
  });

  it('reports nothing after the pause once it is torn down', () => {
    const { timeline, reports, close } = open();
    timeline.zoom(0.5);
    vi.advanceTimersByTime(VIS_REPORT_MS);
    expect(reports.window).toHaveLength(1);
    close();
    vi.advanceTimersByTime(10 * PAUSE_MS);
    expect(reports.pause).toEqual([]);
  });
});
