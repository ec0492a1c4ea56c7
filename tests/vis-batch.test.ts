/**
 * `batch` skips vis-timeline's immediate item-set redraws, and its rows' immediate drawing of added items,
 * while DataSet changes are applied and leaves the widget as it found it — also when a change throws, when batches nest, and when the widget has no item set
 * to work on. The same contract is checked on the real widget in `vis-batch-widget.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { batch, canBatch } from '../src/lib/dom/vis-batch.ts';

/**
 * A stand-in with vis-timeline's shape: `redraw` on the item set's prototype, and rows whose prototype draws
 * an added item at once (`_checkIfVisible`).
 */
function widget() {
  const calls = { itemSet: 0, rows: 0 };
  class Row {
    _checkIfVisible(): void {
      calls.rows += 1;
    }
  }
  class ItemSet {
    initialItemSetDrawn = true;
    groups = { a: new Row(), b: new Row() };
    redraw(): boolean {
      calls.itemSet += 1;
      return false;
    }
  }
  const itemSet = new ItemSet();
  return { timeline: { itemSet }, itemSet, calls };
}

describe('batch', () => {
  it('skips the item set’s redraws and the rows’ drawing of added items during the change, and only then', () => {
    const { timeline, itemSet, calls } = widget();
    expect(canBatch(timeline)).toBe(true);
    let ran = false;
    batch(timeline, () => {
      itemSet.redraw();
      itemSet.redraw();
      itemSet.groups.a._checkIfVisible();
      itemSet.groups.b._checkIfVisible();
      ran = true;
    });
    expect({ ran, ...calls }).toEqual({ ran: true, itemSet: 0, rows: 0 });
    expect(Object.hasOwn(itemSet, 'redraw')).toBe(false);
    expect(Object.values(itemSet.groups).some((row) => Object.hasOwn(row, '_checkIfVisible'))).toBe(false);
    itemSet.redraw();
    itemSet.groups.a._checkIfVisible();
    expect(calls).toEqual({ itemSet: 1, rows: 1 });
  });

  it('restores the item set’s redraw and the rows’ drawing when the change throws', () => {
    const { timeline, itemSet, calls } = widget();
    expect(() =>
      batch(timeline, () => {
        throw new Error('bad item');
      }),
    ).toThrow('bad item');
    expect(Object.hasOwn(itemSet, 'redraw')).toBe(false);
    expect(Object.hasOwn(itemSet.groups.b, '_checkIfVisible')).toBe(false);
    itemSet.redraw();
    itemSet.groups.b._checkIfVisible();
    expect(calls).toEqual({ itemSet: 1, rows: 1 });
  });

  it('applies the change as it is when the widget has no item set', () => {
    let applied = 0;
    for (const bare of [{}, { itemSet: null }, { itemSet: { redraw: 'no', initialItemSetDrawn: true } }]) {
      expect(canBatch(bare)).toBe(false);
      batch(bare, () => (applied += 1));
    }
    expect(applied).toBe(3);
  });

  it('leaves the redraws alone before the item set has drawn once', () => {
    const { timeline, itemSet, calls } = widget();
    itemSet.initialItemSetDrawn = false;
    expect(canBatch(timeline)).toBe(false);
    batch(timeline, () => itemSet.redraw());
    expect(calls.itemSet).toBe(1);
  });

  it('nests: an inner batch applies its change and leaves the outer one in place', () => {
    const { timeline, itemSet, calls } = widget();
    batch(timeline, () => {
      batch(timeline, () => itemSet.redraw());
      itemSet.redraw();
    });
    expect(calls.itemSet).toBe(0);
    expect(Object.hasOwn(itemSet, 'redraw')).toBe(false);
  });
});
