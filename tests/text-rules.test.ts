import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasLoneSurrogate } from '../src/lib/model/text.ts';

describe('hasLoneSurrogate(text)', () => {
  it.each([
    ['a high surrogate at the end', 'abc\uD83D', true],
    ['a low surrogate at the start', '\uDE00abc', true],
    ['two high surrogates', '\uD83D\uD83D\uDE00', true],
    ['a low surrogate after a pair', '\uD83D\uDE00\uDE00', true],
    ['a pair (an emoji)', 'التحالف 😀', false],
    ['no surrogate', 'plain text', false],
    ['nothing', '', false],
  ])('finds %s: %s', (_, text, expected) => {
    expect(hasLoneSurrogate(text)).toBe(expected);
  });

  it('says what the definition says: a surrogate not followed or preceded by its other half', () => {
    // The definition as a pattern, read from left to right.
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe00f }).map((c) => String.fromCharCode(c)) }),
        (a, b) => {
          const text = a + b;
          expect(hasLoneSurrogate(text)).toBe(lone.test(text));
        },
      ),
      { seed: 5, numRuns: 500 },
    );
  });
});
