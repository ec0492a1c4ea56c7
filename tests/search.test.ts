import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesTerms, queryTerms } from '../src/lib/model/search.ts';

describe('foldForSearch(text)', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إدلب', 'ادلب'],
    ['آب', 'اب'],
    ['ٱلرقة', 'الرقه'],
    ['الرقة', 'الرقه'],
    ['مستشفى', 'مستشفي'],
    ['مُحَمَّد', 'محمد'],
    ['داعـــش', 'داعش'],
    ['García-Margallo', 'garcia-margallo'],
    ['Çavuşoğlu', 'cavusoglu'],
    ['Rus\u202Esia', 'russia'],
    ['مو\u200dسكو', 'موسكو'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const text of ['الرقةُ', 'أإآٱ ةى', 'García', 'ـتـطـويـل']) {
      expect(foldForSearch(foldForSearch(text))).toBe(foldForSearch(text));
    }
  });
});

describe('queryTerms(query) and matchesTerms(text, terms)', () => {
  it('requires every term, in any order, after folding', () => {
    const text = foldForSearch('اتهم لافروف التحالف الدولي في الرقة');
    expect(matchesTerms(text, queryTerms('الرقه لافروف'))).toBe(true);
    expect(matchesTerms(text, queryTerms('الرقه بوتين'))).toBe(false);
    expect(queryTerms('   ')).toEqual([]);
  });
});
