import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../src/lib/model/edtf.ts';
import { formatEventDate } from '../src/lib/i18n/format-date.ts';
import { formatFigure } from '../src/lib/i18n/format-figure.ts';

describe('formatEventDate(date)', () => {
  it.each([
    ['2017-05-25', '25 May 2017'],
    ['2017-05', 'May 2017'],
    ['2014-08/2014-09', 'August 2014 – September 2014'],
    ['2017-05-29/2017-05-30', '29 May 2017 – 30 May 2017'],
    ['2017-05-21~', 'c. 21 May 2017'],
    ['2017-05-21?', '21 May 2017?'],
    ['2017', '2017'],
  ])('formatEventDate(%j) reads %j', (edtf, expected) => {
    const parsed = parseEdtf(edtf);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(formatEventDate(parsed.value)).toBe(expected);
  });
});

describe('formatEventDate(date, "ar")', () => {
  it('uses Arabic month names and marks approximation in words', () => {
    const parsed = parseEdtf('2017-05-21~');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const text = formatEventDate(parsed.value, 'ar');
    expect(text).toMatch(/^نحو /);
    expect(text).toContain('مايو');
  });
});

describe('formatFigure(figure, lang)', () => {
  it.each([
    [{ what: 'killed', value: 80, qualifier: 'more-than' }, 'en', 'killed: more than 80'],
    [{ what: 'killed', value: 33, qualifier: 'at-least' }, 'en', 'killed: 33 at least'],
    [{ what: 'tankers-destroyed', value: 500, qualifier: 'about' }, 'en', 'tankers destroyed: about 500'],
    [{ what: 'families', value: 10, qualifier: 'dozens' }, 'en', 'families: dozens'],
    [{ what: 'missiles-fired', value: 12, qualifier: 'exact' }, 'ar', 'صواريخ أُطلقت: ١٢'],
  ] as const)('formatFigure(%j, %s) reads %j', (figure, lang, expected) => {
    expect(formatFigure(figure, lang)).toBe(expected);
  });
});
