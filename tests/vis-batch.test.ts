/**
 * `batch` skips vis-timeline's immediate item-set redraws while DataSet changes are applied, asks for one
 * redraw afterwards, and leaves the widget as it found it — also when a change throws, and when the widget
 * has no item set to work on. The same contract is checked on the real widget in the browser tests.
 */
import { describe, expect, it } from 'vitest';
import { batch, canBatch } from '../src/lib/dom/vis-batch.ts';

/** A stand-in with vis-timeline's shape: `redraw` on the item set's prototype, a queued redraw on the widget. */
function widget() {
  const calls = { itemSet: 0, queued: 0 };
  class ItemSet {
    redraw(): boolean {
      calls.itemSet += 1;
      return false;
    }
  }
  const itemSet = new ItemSet();
  const timeline = {
    itemSet,
    redraw: () => {
      calls.queued += 1;
    },
  };
  return { timeline, itemSet, calls };
}

describe('batch', () => {
  it('skips the item set’s redraws during the change and queues one redraw after it', () => {
    const { timeline, itemSet, calls } = widget();
    expect(canBatch(timeline)).toBe(true);
    batch(timeline, () => {
      itemSet.redraw();
      itemSet.redraw();
      itemSet.redraw();
    });
    expect(calls).toEqual({ itemSet: 0, queued: 1 });
    expect(Object.hasOwn(itemSet, 'redraw')).toBe(false);
    itemSet.redraw();
    expect(calls.itemSet).toBe(1);
  });

  it('restores the item set’s redraw when the change throws', () => {
    const { timeline, itemSet, calls } = widget();
    expect(() =>
      batch(timeline, () => {
        throw new Error('bad item');
      }),
    ).toThrow('bad item');
    expect(Object.hasOwn(itemSet, 'redraw')).toBe(false);
    itemSet.redraw();
    expect(calls.itemSet).toBe(1);
  });

  it('applies the change as it is when the widget has no item set', () => {
    let queued = 0;
    const bare = { redraw: () => (queued += 1) };
    let applied = 0;
    expect(canBatch(bare)).toBe(false);
    batch(bare, () => (applied += 1));
    expect({ applied, queued }).toEqual({ applied: 1, queued: 0 });
  });

  it('does not nest: inside a batch, a second batch applies its change without undoing the first', () => {
    const { timeline, itemSet, calls } = widget();
    batch(timeline, () => {
      batch(timeline, () => itemSet.redraw());
      itemSet.redraw();
    });
    expect(calls).toEqual({ itemSet: 0, queued: 1 });
    expect(Object.hasOwn(itemSet, 'redraw')).toBe(false);
  });
});
