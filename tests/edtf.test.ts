import { describe, expect, it } from 'vitest';
import { isIsoDay, parseEdtf } from '../src/lib/model/edtf.ts';

const valid: [
  string,
  string,
  string,
  Partial<{ precision: string; uncertain: boolean; approximate: boolean; interval: boolean }>,
][] = [
  ['2017-05-25', '2017-05-25', '2017-05-25', { precision: 'day', interval: false }],
  ['2017-05', '2017-05-01', '2017-05-31', { precision: 'month' }],
  ['2016-02', '2016-02-01', '2016-02-29', { precision: 'month' }],
  ['2017', '2017-01-01', '2017-12-31', { precision: 'year' }],
  ['2017-05-21~', '2017-05-21', '2017-05-21', { approximate: true, uncertain: false }],
  ['2017-05-21?', '2017-05-21', '2017-05-21', { uncertain: true, approximate: false }],
  ['2017-05-21%', '2017-05-21', '2017-05-21', { uncertain: true, approximate: true }],
  ['2017-05-29/2017-05-30', '2017-05-29', '2017-05-30', { interval: true, precision: 'day' }],
  ['2014-08/2014-09', '2014-08-01', '2014-09-30', { interval: true, precision: 'month' }],
  ['2015-11-16/2015-11-17?', '2015-11-16', '2015-11-17', { interval: true, uncertain: true }],
  ['201X', '2010-01-01', '2019-12-31', { precision: 'year' }],
  ['2017-XX', '2017-01-01', '2017-12-31', { precision: 'year' }],
  ['2017-21', '2017-03-01', '2017-05-31', { precision: 'season' }],
  ['2017-24', '2017-12-01', '2018-02-28', { precision: 'season' }],
];

const invalid: [string, string][] = [
  ['2017-02-30', 'date-impossible'],
  ['2017-02-29', 'date-impossible'],
  ['2017-13-01', 'date-impossible'],
  ['2017-00-10', 'date-impossible'],
  ['2017-05-00', 'date-impossible'],
  ['2017-05-30/2017-05-29', 'date-interval-reversed'],
  ['2017-W05-3', 'date-syntax'],
  ['03/02/2017', 'date-syntax'],
  ['٢٠١٧-٠٢-٠٣', 'date-syntax'],
  ['20170203', 'date-syntax'],
  ['2017-5-3', 'date-syntax'],
  [' 2017-05-03', 'date-syntax'],
  ['2017-05-03T10:00', 'date-syntax'],
  ['2017-05-03/2017-05-04/2017-05-05', 'date-syntax'],
  ['2017-05-29/..', 'date-unbounded'],
  ['/2017-05-29', 'date-unbounded'],
  ['', 'date-syntax'],
];

describe('parseEdtf(text)', () => {
  it.each(valid)('parseEdtf(%j) allows %s to %s', (text, start, end, flags) => {
    const result = parseEdtf(text);
    expect(result).toMatchObject({ ok: true, value: { edtf: text, start, end, ...flags } });
  });

  it.each(invalid)('parseEdtf(%j) rejects it as %s', (text, code) => {
    const result = parseEdtf(text);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('gives a value read before as it gave it then, past the number it keeps as well', () => {
    const first = valid.map(([text]) => parseEdtf(text));
    // Enough other values to make it start again (it keeps 20,000).
    for (let day = 0; day < 25_000; day += 1) {
      const date = new Date(Date.UTC(1990, 0, 1 + day)).toISOString().slice(0, 10);
      expect(parseEdtf(date)).toMatchObject({ ok: true, value: { start: date, end: date } });
    }
    const again = valid.map(([text]) => parseEdtf(text));
    expect(again).toEqual(first);
    expect(valid.map(([text]) => parseEdtf(text)).every((result, k) => result === again[k])).toBe(true);
    expect(invalid.map(([text]) => parseEdtf(text))).toEqual(invalid.map(([text]) => parseEdtf(text)));
  });

  it('explains why an ISO week date or a slashed date is refused', () => {
    const week = parseEdtf('2017-W05-3');
    const slashed = parseEdtf('03/02/2017');
    expect(week.ok ? '' : week.error.message).toMatch(/week/);
    expect(slashed.ok ? '' : slashed.error.message).toMatch(/ambiguous/);
  });
});

describe('isIsoDay(text)', () => {
  it.each([
    ['2017-06-01', true],
    ['2017-06-31', false],
    ['2017-06', false],
    ['2017-06-01~', false],
  ])('isIsoDay(%j) is %s', (text, expected) => {
    expect(isIsoDay(text)).toBe(expected);
  });
});
