import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, defuseFormula, quoteCell, timePrecision, toAcledCsv } from '../src/lib/model/csv.ts';
import { parseEdtf } from '../src/lib/model/edtf.ts';
import { resolveDataset } from '../src/lib/model/resolve.ts';
import { Dataset } from '../src/lib/model/schema.ts';
import { fixture } from './helpers/fixture.ts';

describe('defuseFormula(text)', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1', `'+1`],
    ['-2', `'-2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['  =1+1', `'  =1+1`],
    ['\t=1', `'\t=1`],
    ['safe line\n=cmd|x', `'safe line\n=cmd|x`],
    ['safe line\n   @x', `'safe line\n   @x`],
    ['Russia accused the coalition', 'Russia accused the coalition'],
    ['اتهمت روسيا = التحالف', 'اتهمت روسيا = التحالف'],
  ])('defuseFormula(%j) is %j', (input, expected) => {
    expect(defuseFormula(input)).toBe(expected);
  });
});

describe('quoteCell(cell)', () => {
  it('quotes cells with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(quoteCell('a,b')).toBe('"a,b"');
    expect(quoteCell('say "no"')).toBe('"say ""no"""');
    expect(quoteCell('two\nlines')).toBe('"two\nlines"');
    expect(quoteCell('plain')).toBe('plain');
  });
});

describe('timePrecision(date)', () => {
  const of = (edtf: string) => {
    const parsed = parseEdtf(edtf);
    if (!parsed.ok) throw new Error(edtf);
    return parsed.value;
  };
  it.each([
    ['2017-05-25', 1],
    ['2017-05-25~', 2],
    ['2017-05-29/2017-05-30', 2],
    ['2017-05', 3],
  ] as const)('timePrecision(%j) is %i', (edtf, expected) => {
    expect(timePrecision(of(edtf))).toBe(expected);
  });
});

describe('toAcledCsv(dataset)', () => {
  it('writes a header and one row per event with actors, place, source and fatalities', () => {
    const csv = toAcledCsv(resolveDataset(v.parse(Dataset, fixture())));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(
      'mod-accuses-coalition-shelling-raqqa,2017-05-31,1,statement,accusation,Russian Ministry of Defence,US-led coalition,Raqqa,35.9528,39.0079,"Test Daily, 2017-06-01",The MoD accused the coalition of shelling Raqqa.,80',
    );
  });

  it('defuses a hostile summary', () => {
    const d = fixture();
    (d.events[1]!.summary as { en: string }).en = '=HYPERLINK("http://x","y")';
    const csv = toAcledCsv(resolveDataset(v.parse(Dataset, d)));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});
