import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../src/lib/import/csv-reader.ts';
import {
  ACLED_COLUMNS,
  CSV_COLUMNS,
  defuseFormula,
  quoteCell,
  timePrecision,
  toAcledCsv,
} from '../src/lib/model/csv.ts';
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
  const exported = (d = fixture()) => toAcledCsv(resolveDataset(v.parse(Dataset, d)));
  /** The cells of a data row (1-based, as a spreadsheet numbers rows after the header), by column name. */
  const cellsOf = (csv: string, row: number) => {
    const cells = readCsv(csv, { delimiter: ',' }).table?.rows[row - 1]?.cells ?? [];
    return Object.fromEntries(CSV_COLUMNS.map((name, k) => [name, cells[k]?.text]));
  };

  it('writes ACLED’s columns first, as before, then Chronograph’s', () => {
    expect(CSV_COLUMNS.slice(0, ACLED_COLUMNS.length)).toEqual([
      'event_id_cnty',
      'event_date',
      'time_precision',
      'event_type',
      'sub_event_type',
      'actor1',
      'actor2',
      'location',
      'latitude',
      'longitude',
      'source',
      'notes',
      'fatalities',
    ]);
    expect(CSV_COLUMNS.slice(ACLED_COLUMNS.length)).toEqual([
      'date_edtf',
      'summary_ar',
      'status',
      'attribution',
      'places',
      'date_reasoning',
      'date_words_json',
      'alternative_dates_json',
      'actors_json',
      'figures_json',
      'evidence_json',
      'relations_json',
      'notes_chronograph',
    ]);
    expect(exported().split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('writes a header and one row per event with actors, place, source and fatalities in ACLED’s columns', () => {
    const lines = exported().trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(
      lines[2]?.startsWith(
        'mod-accuses-coalition-shelling-raqqa,2017-05-31,1,statement,accusation,Russian Ministry of Defence,US-led coalition,Raqqa,35.9528,39.0079,"Test Daily, 2017-06-01",The MoD accused the coalition of shelling Raqqa.,80,',
      ),
    ).toBe(true);
  });

  it('writes every field of the event in Chronograph’s columns, lists as strict JSON', () => {
    const d = fixture();
    d.events[1] = {
      ...d.events[1],
      date: '2017-05-29?/2017-05-31~',
      alternativeDates: [{ date: '2017-05', source: 'fixture-article', reasoning: 'Said "last month".' }],
      notes: 'A note, with a comma.',
    };
    const cells = cellsOf(exported(d), 2);
    expect(cells).toMatchObject({
      event_date: '2017-05-29',
      date_edtf: '2017-05-29?/2017-05-31~',
      summary_ar: 'اتهمت الوزارة التحالف بقصف الرقة.',
      status: 'alleged',
      attribution: 'russian-mod',
      places: 'raqqa',
      date_reasoning: '«أمس» in an article of 1 June 2017.',
      date_words_json: '["أمس"]',
      alternative_dates_json: '[{"date":"2017-05","source":"fixture-article","reasoning":"Said \\"last month\\"."}]',
      actors_json: '[{"actor":"russian-mod","role":"agent"},{"actor":"us-led-coalition","role":"target"}]',
      figures_json: '[{"what":"killed","value":80,"qualifier":"more-than"}]',
      relations_json: '[]',
      notes_chronograph: 'A note, with a comma.',
    });
    expect(JSON.parse(cells.evidence_json ?? '')).toEqual(d.events[1]?.evidence);
    // Absent and empty differ in a record, and in the export.
    expect(cellsOf(exported(d), 1)).toMatchObject({ alternative_dates_json: '', notes_chronograph: '' });
  });

  it('quotes a JSON cell whole and doubles the quotes inside it', () => {
    const line = exported().split('\r\n')[2] ?? '';
    expect(line).toContain(',"[{""what"":""killed"",""value"":80,""qualifier"":""more-than""}]",');
    expect(line).toContain(',"[""أمس""]",');
  });

  it('defuses a hostile summary', () => {
    const d = fixture();
    (d.events[1]!.summary as { en: string }).en = '=HYPERLINK("http://x","y")';
    expect(exported(d)).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('defuses every Chronograph text cell, and JSON cells begin with [ so they need no apostrophe', () => {
    const d = fixture();
    d.events[1] = {
      ...d.events[1],
      summary: { en: 'ok', ar: '+1 قتيل' },
      dateBasis: { words: ['=أمس'], reasoning: ' @reason' },
      notes: 'first line\n-2',
    };
    const cells = cellsOf(exported(d), 2);
    expect(cells).toMatchObject({
      summary_ar: "'+1 قتيل",
      date_reasoning: "' @reason",
      notes_chronograph: "'first line\n-2",
      date_words_json: '["=أمس"]',
    });
    expect(defuseFormula(cells.actors_json ?? '')).toBe(cells.actors_json);
  });
});
