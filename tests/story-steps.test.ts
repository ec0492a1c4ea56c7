import { describe, expect, it } from 'vitest';
import { clampStep, moveItem } from '../src/lib/model/story-steps.ts';

describe('clampStep(index, count)', () => {
  const cases: [number, number, number][] = [
    [0, 4, 0],
    [3, 4, 3],
    [4, 4, 3],
    [-1, 4, 0],
    [2.7, 4, 2],
    [Number.NaN, 4, 0],
    [2, 0, 0],
  ];
  it.each(cases)('keeps step %s of a %s-step story at %s', (index, count, expected) => {
    expect(clampStep(index, count)).toBe(expected);
  });
});

describe('moveItem(items, from, delta)', () => {
  const cases: [number, number, string[]][] = [
    [1, -1, ['b', 'a', 'c']],
    [1, 1, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
    [5, -1, ['a', 'b', 'c']],
  ];
  it.each(cases)('moves the item at %s by %s', (from, delta, expected) => {
    expect(moveItem(['a', 'b', 'c'], from, delta)).toEqual(expected);
  });

  it('returns a copy and leaves the list it was given alone', () => {
    const items = ['a', 'b'];
    const moved = moveItem(items, 0, 1);
    expect(moved).not.toBe(items);
    expect(items).toEqual(['a', 'b']);
  });
});
