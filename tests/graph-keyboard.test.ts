import { describe, expect, it } from 'vitest';
import { edgeStep } from '../src/lib/model/graph-keyboard.ts';

describe('edgeStep(key, at, count, lang)', () => {
  it.each([
    ['ArrowRight', 'en', 3, 4],
    ['ArrowDown', 'en', 3, 4],
    ['ArrowLeft', 'en', 3, 2],
    ['ArrowUp', 'en', 3, 2],
    ['Home', 'en', 3, 0],
    ['End', 'en', 3, 9],
    ['ArrowLeft', 'ar', 3, 4],
    ['ArrowRight', 'ar', 3, 2],
    ['ArrowDown', 'ar', 3, 4],
    ['ArrowRight', 'en', 9, 9],
    ['ArrowLeft', 'en', 0, 0],
  ] as const)('moves %s in %s from edge %i of 10 to edge %i', (key, lang, at, to) => {
    expect(edgeStep(key, at, 10, lang)).toBe(to);
  });

  it.each(['Enter', 'a', 'Tab', 'PageDown'])('leaves the focus where it is on %s', (key) => {
    expect(edgeStep(key, 3, 10, 'en')).toBeUndefined();
  });

  it('goes nowhere among no edges', () => {
    expect(edgeStep('End', 0, 0, 'en')).toBeUndefined();
  });
});
