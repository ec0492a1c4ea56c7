// @vitest-environment jsdom
/**
 * `batch` on the real vis-timeline (in jsdom): the widget has the item set it relies on; unbatched, DataSet
 * changes redraw that item set at once, once per change — the cost a batch removes; batched, none do, every
 * change reaches the item set, and the widget's redraw at the next frame is queued.
 */
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { batch, canBatch } from '../src/lib/dom/vis-batch.ts';

interface Item {
  id: string;
  start: Date;
  content: string;
}

const day = (n: number) => new Date(Date.UTC(2015, 10, n));
let opened: Timeline | undefined;

function open(items: Item[]) {
  const container = document.createElement('div');
  document.body.append(container);
  const data = new DataSet<Item, 'id'>(items);
  const timeline = new Timeline(container, data, { start: day(1), end: day(30) });
  opened = timeline;
  const itemSet = (
    timeline as unknown as {
      itemSet: { redraw(): unknown; items: Record<string, unknown>; groups: Record<string, unknown> };
    }
  ).itemSet;
  return { timeline, data, itemSet, redraws: vi.spyOn(Object.getPrototypeOf(itemSet), 'redraw') };
}

afterEach(() => {
  opened?.destroy();
  opened = undefined;
  vi.restoreAllMocks();
});

const three = [1, 2, 3].map((n) => ({ id: `e${n}`, start: day(n), content: '' }));

describe('batch on vis-timeline', () => {
  it('finds the item set on the widget, once it has drawn', () => {
    const { timeline, data } = open(three);
    data.update([{ id: 'e1', start: day(2), content: '' }]);
    expect(canBatch(timeline)).toBe(true);
  });

  it('without a batch, a remove and an update each redraw the item set at once', () => {
    const { data, redraws } = open(three);
    redraws.mockClear();
    data.remove(['e1']);
    data.update([
      { id: 'e4', start: day(4), content: '' },
      { id: 'e2', start: day(5), content: '' },
    ]);
    expect(redraws.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('in a batch, no change redraws at once, every change arrives, and a redraw is queued', () => {
    const { timeline, data, itemSet, redraws } = open(three);
    data.update([{ id: 'e3', start: day(6), content: '' }]);
    expect(canBatch(timeline)).toBe(true);
    // The widget's own redraw, throttled to the next animation frame, which the DataSet events ask for.
    const queued = vi.spyOn(timeline as unknown as { _redraw: () => void }, '_redraw');
    redraws.mockClear();
    batch(timeline, () => {
      data.remove(['e1']);
      data.update([
        { id: 'e4', start: day(4), content: '' },
        { id: 'e2', start: day(5), content: '' },
      ]);
    });
    expect(redraws).not.toHaveBeenCalled();
    expect(Object.keys(itemSet.items).sort()).toEqual(['e2', 'e3', 'e4']);
    expect(Object.hasOwn(itemSet, 'redraw')).toBe(false);
    expect(queued).toHaveBeenCalled();
  });

  it('unbatched, a row draws an item added to it at once; batched, it leaves it to the queued redraw', () => {
    const { timeline, data, itemSet } = open(three);
    data.update([{ id: 'e3', start: day(6), content: '' }]);
    const rows = Object.values(itemSet.groups) as object[];
    const row = rows.find((r) => typeof (r as { _checkIfVisible?: unknown })._checkIfVisible === 'function');
    if (!row) throw new Error('vis-timeline has no row with _checkIfVisible');
    const draws = vi.spyOn(Object.getPrototypeOf(row) as { _checkIfVisible(): unknown }, '_checkIfVisible');
    data.add([{ id: 'e5', start: day(5), content: '' }]);
    expect(draws).toHaveBeenCalledTimes(1);
    batch(timeline, () => data.add([{ id: 'e6', start: day(6), content: '' }]));
    expect(draws).toHaveBeenCalledTimes(1);
    expect(Object.keys(itemSet.items)).toContain('e6');
    expect(rows.some((r) => Object.hasOwn(r, '_checkIfVisible'))).toBe(false);
  });
});
