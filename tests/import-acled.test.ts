import { describe, expect, it } from 'vitest';
import type { ColumnMapping, ImportField } from '../src/lib/import/acled-mapping.ts';
import { importAcledCsv, type AcledImportOptions } from '../src/lib/import/acled-import.ts';
import { formatImportIssue } from '../src/lib/import/import-issue.ts';
import { datasetFile, planImport } from '../src/lib/import/plan-import.ts';
import type { Code } from '../src/lib/model/codes.ts';
import { DENIAL_QUOTE, readFixtureArticle } from './helpers/fixture.ts';
import { VALID_ROW, reference } from './helpers/import-csv.ts';

/**
 * A file in ACLED's manner: ACLED's own columns, and Chronograph's fields one flat column each (no JSON),
 * as a tracker or spreadsheet would give them. (The export's own columns are read back in
 * `import-export-roundtrip.test.ts`.)
 */
const MAPPING: ColumnMapping = {
  id: 'event_id_cnty',
  date: 'event_date',
  type: 'event_type',
  subtype: 'sub_event_type',
  agent: 'actor1',
  target: 'actor2',
  location: 'location',
  latitude: 'latitude',
  longitude: 'longitude',
  fatalities: 'fatalities',
  fatalitiesQualifier: 'fatalities_qualifier',
  summaryEn: 'notes',
  summaryAr: 'notes_ar',
  status: 'status',
  attribution: 'attribution',
  dateWords: 'date_words',
  dateReasoning: 'date_reasoning',
  evidenceSource: 'evidence_source',
  evidenceQuote: 'evidence_quote',
  evidenceStart: 'evidence_start',
  evidenceEnd: 'evidence_end',
};

/** The fields of the file's columns, in MAPPING's order. */
const FIELDS = Object.keys(MAPPING).filter((f): f is ImportField => f in VALID_ROW);

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The CSV text of rows given by field, under MAPPING's header. */
function csvOf(rows: readonly { [F in ImportField]?: string }[]): string {
  const lines = rows.map((row) => FIELDS.map((f) => quote(row[f] ?? '')).join(','));
  return [FIELDS.map((f) => MAPPING[f] ?? f).join(','), ...lines].join('\r\n') + '\r\n';
}

/** The 1-based column of a field in `csvOf`'s header. */
const columnOf = (field: ImportField) => FIELDS.indexOf(field) + 1;

const options = (more: Partial<AcledImportOptions> = {}): AcledImportOptions => ({
  reference: reference(),
  events: 'add',
  articles: readFixtureArticle,
  file: 'events.csv',
  ...more,
});

describe('importAcledCsv(text, mapping, options) with a clean file', () => {
  it('adds the rows’ events to the reference dataset', () => {
    const result = importAcledCsv(csvOf([VALID_ROW]), MAPPING, options());
    expect(result.issues).toEqual([]);
    expect(result.imported).toEqual(['mod-accuses-coalition-again']);
    expect(result.dataset?.events.map((e) => e.id)).toEqual([
      'coalition-denies-shelling-raqqa',
      'mod-accuses-coalition-again',
      'mod-accuses-coalition-shelling-raqqa',
    ]);
    const event = result.dataset?.events.find((e) => e.id === 'mod-accuses-coalition-again');
    expect(event).toMatchObject({
      actors: [
        { actor: 'russian-mod', role: 'agent' },
        { actor: 'us-led-coalition', role: 'target' },
      ],
      places: ['raqqa'],
      figures: [{ what: 'killed', value: 80, qualifier: 'more-than' }],
      relations: [],
    });
    expect(result.rejectedCsv).toBe('');
  });

  it('replaces the reference’s events when asked to', () => {
    const result = importAcledCsv(csvOf([VALID_ROW]), MAPPING, options({ events: 'replace' }));
    expect(result.dataset?.events.map((e) => e.id)).toEqual(['mod-accuses-coalition-again']);
    expect(result.dataset?.actors).toEqual(reference().actors);
  });

  it('takes off the apostrophe the export put before a formula, in every line', () => {
    const row = { ...VALID_ROW, summaryEn: "'=1+1 is how the\n+ column was written", notes: "'@note" };
    // The export wrote these cells with an apostrophe in front; the import takes exactly that one off.
    const result = importAcledCsv(csvOf([row]), { ...MAPPING, notes: 'notes' }, options());
    const event = result.dataset?.events.find((e) => e.id === VALID_ROW.id);
    expect(event?.summary.en).toBe('=1+1 is how the\n+ column was written');
  });

  it('reads one leading apostrophe as a text marker, as spreadsheets do, so a doubled one keeps the second', () => {
    const row = { ...VALID_ROW, summaryEn: "''Tis the season" };
    const event = importAcledCsv(csvOf([row]), MAPPING, options()).dataset?.events.find((e) => e.id === VALID_ROW.id);
    expect(event?.summary.en).toBe("'Tis the season");
  });

  it('hands the dataset to planImport, which accepts it', () => {
    const result = importAcledCsv(csvOf([VALID_ROW]), MAPPING, options());
    if (!result.dataset) throw new Error('no dataset');
    const plan = planImport(reference(), {
      files: [datasetFile('import', result.dataset)],
      articles: readFixtureArticle,
    });
    expect(plan.ok && plan.changes.events).toEqual({ added: 1, removed: 0, changed: 0, unchanged: 2 });
  });
});

/** Rows with one bad cell each: the code raised, and the field whose column it is located at. */
const badCells: [string, Partial<Record<ImportField, string>>, Code, ImportField][] = [
  ['a day February does not have', { date: '2017-02-30' }, 'date-impossible', 'date'],
  ['a day/month date', { date: '03/02/2017' }, 'date-syntax', 'date'],
  ['Arabic-Indic digits', { date: '٢٠١٧-٠٢-٠٣' }, 'date-syntax', 'date'],
  ['an ISO week date', { date: '2017-W05-3' }, 'date-syntax', 'date'],
  ['an interval that ends before it starts', { date: '2017-06-01/2017-05-01' }, 'date-interval-reversed', 'date'],
  ['an id that is not a slug', { id: 'Bad Id' }, 'id-syntax', 'id'],
  ['an id the dataset already has', { id: 'mod-accuses-coalition-shelling-raqqa' }, 'id-duplicate', 'id'],
  ['an event type outside the list', { type: 'rumour' }, 'invalid-value', 'type'],
  ['a subtype of another type', { subtype: 'airstrike' }, 'subtype-mismatch', 'subtype'],
  ['a status outside the list', { status: 'rumoured' }, 'invalid-value', 'status'],
  ['an actor nobody knows', { agent: 'Nobody' }, 'import-actor-unknown', 'agent'],
  ['an empty item in a list of actors', { target: 'russia;;us-led-coalition' }, 'import-cell-empty', 'target'],
  ['an attribution nobody knows', { attribution: 'someone' }, 'import-actor-unknown', 'attribution'],
  ['a place nobody knows', { location: 'Atlantis' }, 'import-place-unknown', 'location'],
  ['coordinates that are not the place’s', { latitude: '36.5' }, 'import-coordinates-mismatch', 'latitude'],
  ['coordinates without a place', { location: '' }, 'import-coordinates-mismatch', 'latitude'],
  ['a decimal comma in a coordinate', { longitude: '39,0079' }, 'import-number-syntax', 'longitude'],
  ['a count with a word', { fatalities: 'about 80' }, 'import-number-syntax', 'fatalities'],
  ['a count without its qualifier', { fatalitiesQualifier: '' }, 'import-cell-empty', 'fatalitiesQualifier'],
  ['a qualifier outside the list', { fatalitiesQualifier: 'roughly' }, 'invalid-value', 'fatalitiesQualifier'],
  ['an empty Arabic summary', { summaryAr: '' }, 'import-cell-empty', 'summaryAr'],
  ['a control character in a summary', { summaryEn: 'bell\u0007' }, 'text-control-character', 'summaryEn'],
  ['a lone surrogate in a summary', { summaryEn: 'half \uD800 a pair' }, 'text-lone-surrogate', 'summaryEn'],
  ['an offset that is not a number', { evidenceStart: '12a' }, 'import-number-syntax', 'evidenceStart'],
  ['a source that does not exist', { evidenceSource: 'nowhere' }, 'reference-dangling', 'evidenceSource'],
  ['a quote the article does not have', { evidenceQuote: 'كلام' }, 'quote-not-found', 'evidenceQuote'],
  ['a quote that is not at its offsets', { evidenceQuote: DENIAL_QUOTE }, 'quote-mismatch', 'evidenceStart'],
  ['date words not in the article', { dateWords: 'غدا' }, 'date-basis-not-in-source', 'dateWords'],
  ['an accusation without a target', { target: '' }, 'accusation-incomplete', 'agent'],
];

describe('importAcledCsv(text, mapping, options) locates every bad cell', () => {
  it.each(badCells)('%s', (_name, change, code, field) => {
    const text = csvOf([
      { ...VALID_ROW, id: 'first-good-row' },
      { ...VALID_ROW, ...change },
    ]);
    const result = importAcledCsv(text, MAPPING, options());
    expect(result.dataset).toBeUndefined();
    const issue = result.issues.find((i) => i.code === code);
    expect(issue, JSON.stringify(result.issues)).toMatchObject({ file: 'events.csv', row: 3, field, line: 3 });
    if (field !== 'agent' || code !== 'accusation-incomplete') {
      expect(issue?.cell).toBe(columnOf(field));
      expect(issue?.header).toBe(MAPPING[field]);
    }
    expect(result.rejected.map((r) => r.row.row)).toEqual([3]);
    expect(formatImportIssue(issue ?? result.issues[0]!)).toMatch(/^events\.csv:3:\d+ \(row 3/);
  });
});

describe('importAcledCsv(text, mapping, options) with validRowsOnly', () => {
  it('imports the good rows and hands back the bad ones as CSV text with their issues', () => {
    const bad = { ...VALID_ROW, id: 'bad-date', date: '2017-02-30' };
    const text = csvOf([VALID_ROW, bad]);
    const result = importAcledCsv(text, MAPPING, options({ validRowsOnly: true }));
    expect(result.imported).toEqual(['mod-accuses-coalition-again']);
    expect(result.dataset?.events.map((e) => e.id)).toContain('mod-accuses-coalition-again');
    expect(result.rejected.map((r) => [r.row.row, r.issues.map((i) => i.code)])).toEqual([[3, ['date-impossible']]]);
    const lines = text.split('\r\n');
    expect(result.rejectedCsv).toBe(`${lines[0]}\r\n${lines[2]}\r\n`);
  });

  it('keeps the first of two rows with one id and rejects the second', () => {
    const result = importAcledCsv(csvOf([VALID_ROW, VALID_ROW]), MAPPING, options({ validRowsOnly: true }));
    expect(result.imported).toEqual(['mod-accuses-coalition-again']);
    expect(result.rejected.map((r) => r.issues.map((i) => i.code))).toEqual([['id-duplicate']]);
  });

  it('rejects malformed rows with their raw text', () => {
    const text = `${csvOf([VALID_ROW])}"unterminated,x\r\n`;
    const result = importAcledCsv(text, MAPPING, options({ validRowsOnly: true }));
    expect(result.imported).toEqual(['mod-accuses-coalition-again']);
    expect(result.rejected[0]?.issues[0]).toMatchObject({ code: 'csv-unterminated-quote', row: 3, line: 3, column: 1 });
    expect(result.rejectedCsv.endsWith('\r\n"unterminated,x\r\n')).toBe(true);
  });
});

describe('importAcledCsv(text, mapping, options) refuses what it cannot read', () => {
  it('refuses a mapping without the evidence columns instead of inventing evidence', () => {
    const mapping = Object.fromEntries(Object.entries(MAPPING).filter(([field]) => !field.startsWith('evidence')));
    const result = importAcledCsv(csvOf([VALID_ROW]), mapping, options({ validRowsOnly: true }));
    expect(result.dataset).toBeUndefined();
    expect(result.issues.map((i) => [i.code, i.field])).toEqual([
      ['import-mapping-missing', 'evidenceSource'],
      ['import-mapping-missing', 'evidenceQuote'],
      ['import-mapping-missing', 'evidenceStart'],
      ['import-mapping-missing', 'evidenceEnd'],
    ]);
  });

  it('reports a mapping that names a column the file does not have', () => {
    const result = importAcledCsv(csvOf([VALID_ROW]), { ...MAPPING, status: 'Status' }, options());
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'import-mapping-unknown-column', field: 'status', row: 1 }),
    ]);
  });

  it('ignores inherited and non-string properties of a remembered mapping', () => {
    const remembered: Record<string, unknown> = JSON.parse('{"__proto__": {"id": "x"}, "status": 5}');
    const result = importAcledCsv(csvOf([VALID_ROW]), { ...MAPPING, ...remembered }, options());
    expect(result.issues.map((i) => [i.code, i.field])).toEqual([['import-mapping-missing', 'status']]);
  });

  it('refuses a file whose header is broken, before reading any row', () => {
    const text = csvOf([VALID_ROW]).replace('status', 'event_id_cnty');
    const result = importAcledCsv(text, MAPPING, options({ validRowsOnly: true }));
    expect(result.dataset).toBeUndefined();
    expect(result.issues[0]).toMatchObject({ code: 'csv-header-duplicate', row: 1 });
  });

  it('refuses a ;-delimited file read with ",", naming ";"', () => {
    const text = csvOf([VALID_ROW]).replace(/,/g, ';');
    const result = importAcledCsv(text, MAPPING, options());
    expect(result.issues[0]).toMatchObject({ code: 'csv-delimiter-mismatch', severity: 'error' });
  });
});
