import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleIndex } from '../src/lib/model/article-index.ts';
import { checkQuote, occurrences } from '../src/lib/model/provenance.ts';

const text = 'قال لافروف أمس. قال لافروف أمس إن التحالف. قال لافروف أمس';

describe('ArticleIndex(text)', () => {
  it.each([
    ['a repeated quote, longer than the indexed runs', 'قال لافروف أمس', [0, 16, 43]],
    ['a quote shorter than the indexed runs', 'قال', [0, 16, 43]],
    ['a quote that runs off the end of the text', 'قال لافروف أمس!', []],
    ['a quote that is not there', 'إن الروس قالوا', []],
    ['the empty quote', '', []],
  ])('occurrences finds %s where a scan does', (_, quote, expected) => {
    expect(new ArticleIndex(text).occurrences(quote)).toEqual(expected);
    expect(occurrences(text, quote)).toEqual(expected);
  });

  it('occurrences and includes agree with a scan of the text on random texts and needles', () => {
    // A small alphabet makes repeats, overlaps and near misses common.
    const letters = fc.constantFrom('a', 'b', 'ق', 'ل', ' ', '😀');
    const texts = fc.array(letters, { maxLength: 60 }).map((l) => l.join(''));
    fc.assert(
      fc.property(texts, fc.nat(60), fc.nat(20), (t, from, length) => {
        const index = new ArticleIndex(t);
        for (const needle of [t.slice(from, from + length), `${t.slice(from, from + length)}b`, 'aaaaaaaaa']) {
          expect(index.occurrences(needle)).toEqual(occurrences(t, needle));
          expect(index.includes(needle)).toBe(t.includes(needle));
        }
      }),
      { seed: 6, numRuns: 500 },
    );
  });
});

describe('checkQuote(article, body, selector) with an indexed article', () => {
  it('reports what it reports for the plain text', () => {
    const body = { start: 0, end: text.length };
    const index = new ArticleIndex(text);
    for (const selector of [
      { quote: 'قال لافروف أمس', start: 16, end: 30 },
      { quote: 'قال لافروف أمس', start: 16, end: 30, prefix: 'أمس. ' },
      { quote: 'إن التحالف', start: 0, end: 10 },
      { quote: 'إن الروس', start: 0, end: 8 },
    ]) {
      expect(checkQuote(index, body, selector)).toEqual(checkQuote(text, body, selector));
    }
    expect(checkQuote(index, body, { quote: 'قال لافروف أمس', start: 16, end: 30 }).map((p) => p.code)).toEqual([
      'quote-ambiguous',
    ]);
  });
});
