import { describe, expect, it } from 'vitest';
import { checkQuote, occurrences, splitsCharacter } from '../src/lib/model/provenance.ts';

const text = 'قال لافروف أمس. قال لافروف أمس إن التحالف.';
const body = { start: 0, end: text.length };

describe('occurrences(haystack, needle)', () => {
  it('finds every occurrence, overlapping ones included', () => {
    expect(occurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(occurrences(text, 'قال لافروف')).toEqual([0, 16]);
    expect(occurrences(text, '')).toEqual([]);
  });
});

describe('checkQuote(text, body, selector)', () => {
  it('accepts a unique quote at its offsets', () => {
    const quote = 'إن التحالف';
    const start = text.indexOf(quote);
    expect(checkQuote(text, body, { quote, start, end: start + quote.length })).toEqual([]);
  });

  it('requires context for a repeated quote and accepts a prefix that picks one', () => {
    const quote = 'قال لافروف أمس';
    expect(checkQuote(text, body, { quote, start: 16, end: 30 }).map((p) => p.code)).toEqual(['quote-ambiguous']);
    expect(checkQuote(text, body, { quote, start: 16, end: 30, prefix: 'أمس. ' })).toEqual([]);
    expect(checkQuote(text, body, { quote, start: 0, end: 14, suffix: '. قال' })).toEqual([]);
  });

  it('treats NFC-equal but different code points as not verbatim', () => {
    const decomposed = 'e\u0301';
    const composed = '\u00e9';
    expect(
      checkQuote(`x ${composed} y`, { start: 0, end: 5 }, { quote: decomposed, start: 2, end: 4 }).map((p) => p.code),
    ).toEqual(['quote-not-found']);
  });

  it('rejects offsets that split a surrogate pair', () => {
    const withEmoji = 'a😀b';
    expect(splitsCharacter(withEmoji, 2)).toBe(true);
    const codes = checkQuote(withEmoji, { start: 0, end: 4 }, { quote: '\ude00b', start: 2, end: 4 }).map(
      (p) => p.code,
    );
    expect(codes).toContain('offset-splits-character');
  });

  it('points to where a misplaced quote really is', () => {
    const problems = checkQuote(text, body, { quote: 'إن التحالف', start: 0, end: 10 });
    expect(problems[0]?.message).toContain(`${text.indexOf('إن التحالف')}`);
  });
});
