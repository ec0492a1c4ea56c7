/**
 * Chronograph's CSV export read back through ACLED_EXPORT_MAPPING gives the same events, the whole bundled
 * dataset included; and the JSON cells that make that possible are read strictly, a bad one reported at
 * its row and column.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ACLED_EXPORT_MAPPING, resolveMapping, type ColumnMapping } from '../src/lib/import/acled-mapping.ts';
import { importAcledCsv, type AcledImportOptions } from '../src/lib/import/acled-import.ts';
import { readCsv } from '../src/lib/import/csv-reader.ts';
import { formatImportIssue } from '../src/lib/import/import-issue.ts';
import { mappedTexts, readMappedRows } from '../src/lib/import/mapped-rows.ts';
import { CSV_COLUMNS, quoteCell, toAcledCsv } from '../src/lib/model/csv.ts';
import { resolveDataset } from '../src/lib/model/resolve.ts';
import { Dataset } from '../src/lib/model/schema.ts';
import { articleReader, validatePaths } from '../src/node/dataset-files.ts';
import { fixture, readFixtureArticle } from './helpers/fixture.ts';
import { reference } from './helpers/import-csv.ts';

const options = (more: Partial<AcledImportOptions> = {}): AcledImportOptions => ({
  reference: reference(),
  events: 'replace',
  articles: readFixtureArticle,
  file: 'export.csv',
  ...more,
});

const fixtureCsv = () => toAcledCsv(resolveDataset(v.parse(Dataset, fixture())));

describe('the CSV export read back through ACLED_EXPORT_MAPPING', () => {
  const dataset = resolveDataset(v.parse(Dataset, fixture()));
  const table = readCsv(toAcledCsv(dataset), { delimiter: ',' }).table;

  it('reads Chronograph’s exact columns, not ACLED’s derived ones, row by row', () => {
    if (!table) throw new Error('no table');
    const { columns, issues } = resolveMapping(ACLED_EXPORT_MAPPING, table.header, 'export.csv');
    expect(issues).toEqual([]);
    const rows = readMappedRows(table.rows, columns).map(mappedTexts);
    expect(rows[1]).toEqual({
      id: 'mod-accuses-coalition-shelling-raqqa',
      date: '2017-05-31',
      type: 'statement',
      subtype: 'accusation',
      actorsJson: '[{"actor":"russian-mod","role":"agent"},{"actor":"us-led-coalition","role":"target"}]',
      location: 'raqqa',
      figuresJson: '[{"what":"killed","value":80,"qualifier":"more-than"}]',
      summaryEn: 'The MoD accused the coalition of shelling Raqqa.',
      summaryAr: 'اتهمت الوزارة التحالف بقصف الرقة.',
      status: 'alleged',
      attribution: 'russian-mod',
      dateWordsJson: '["أمس"]',
      dateReasoning: '«أمس» in an article of 1 June 2017.',
      alternativeDatesJson: '',
      evidenceJson: JSON.stringify(dataset.events[1]?.evidence),
      relationsJson: '[]',
      notes: '',
    });
  });

  it('imports the fixture’s export back to the same dataset', () => {
    const result = importAcledCsv(fixtureCsv(), ACLED_EXPORT_MAPPING, options());
    expect(result.issues).toEqual([]);
    expect(result.dataset).toStrictEqual(reference());
  });
});

describe('the CSV export of the bundled dataset', () => {
  const validated = validatePaths([]).dataset;
  if (!validated) throw new Error('the bundled dataset is invalid');
  const result = importAcledCsv(toAcledCsv(resolveDataset(validated)), ACLED_EXPORT_MAPPING, {
    reference: validated,
    events: 'replace',
    articles: articleReader(),
  });

  it('imports back through ACLED_EXPORT_MAPPING without an issue', () => {
    expect(result.issues.map(formatImportIssue)).toEqual([]);
    expect(result.imported).toHaveLength(validated.events.length);
  });

  it('gives back every event deep-equal to the original', () => {
    expect(result.dataset?.events).toStrictEqual(validated.events);
    expect(result.dataset).toStrictEqual(validated);
  });

  it('holds what a flat row could not carry, so the equality above covers it', () => {
    const events = validated.events;
    expect(events.some((e) => e.evidence.length > 1)).toBe(true);
    expect(events.some((e) => e.relations.length > 0)).toBe(true);
    expect(events.some((e) => e.alternativeDates !== undefined)).toBe(true);
    expect(events.some((e) => e.places.length > 1)).toBe(true);
    expect(events.some((e) => e.figures.length > 1)).toBe(true);
    expect(events.some((e) => e.dateBasis.words.length > 1)).toBe(true);
    expect(events.some((e) => e.actors.some((a) => a.role === 'participant' || a.role === 'mentioned'))).toBe(true);
    expect(events.some((e) => typeof e.date === 'string' && /[?~]|\//.test(e.date))).toBe(true);
  });
});

/** The fixture's export with one cell of the second event (row 3) replaced. */
function withCell(column: (typeof CSV_COLUMNS)[number], cell: string): string {
  const [header = '', first = '', second = ''] = fixtureCsv().split('\r\n');
  const table = readCsv(fixtureCsv(), { delimiter: ',' }).table;
  const cells = table?.rows[1]?.cells.map((c) => quoteCell(c.text)) ?? [];
  cells[CSV_COLUMNS.indexOf(column)] = quoteCell(cell);
  expect(cells.join(',')).not.toBe(second);
  return [header, first, cells.join(','), ''].join('\r\n');
}

const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name) + 1;

describe('importAcledCsv(text, ACLED_EXPORT_MAPPING, options) with a bad JSON cell', () => {
  it.each([
    ['a trailing comma', 'evidence_json', '[{"source":"fixture-article",}]', 'evidenceJson', /line 1, column 30/],
    ['single quotes', 'actors_json', "[{'actor':'russia','role':'agent'}]", 'actorsJson', /column 3: unexpected "'"/],
    ['a duplicate member', 'relations_json', '[{"type":"denies","type":"part-of"}]', 'relationsJson', /duplicate/],
    ['a prototype key', 'figures_json', '[{"__proto__":{"x":1}}]', 'figuresJson', /__proto__/],
    ['a second value', 'date_words_json', '["أمس"] []', 'dateWordsJson', /second value/],
    ['text, not JSON', 'alternative_dates_json', '2017-05-30', 'alternativeDatesJson', /not strict JSON/],
  ] as const)('reports %s at its row and column', (_name, name, cell, field, message) => {
    const result = importAcledCsv(withCell(name, cell), ACLED_EXPORT_MAPPING, options());
    expect(result.dataset).toBeUndefined();
    // The other row's denial then points at an event that is not there, which is reported at its own row.
    const issues = result.issues.filter((i) => i.row === 3);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'import-cell-json',
      row: 3,
      cell: column(name),
      header: name,
      field,
      record: 'mod-accuses-coalition-shelling-raqqa',
      line: 3,
    });
    expect(issues[0]?.message).toMatch(message);
    expect(result.rejected.map((r) => r.row.row)).toContain(3);
  });

  it('reports an empty evidence cell as empty, since an event rests on evidence', () => {
    const result = importAcledCsv(withCell('evidence_json', ''), ACLED_EXPORT_MAPPING, options());
    const issues = result.issues.filter((i) => i.row === 3);
    expect(issues.map((i) => [i.code, i.field, i.cell])).toEqual([
      ['import-cell-empty', 'evidenceJson', column('evidence_json')],
    ]);
  });

  it('leaves the JSON’s meaning to the validator, which locates it at the row', () => {
    const result = importAcledCsv(
      withCell('actors_json', '[{"actor":"russian-mod","role":"agent"},{"actor":"nobody","role":"target"}]'),
      ACLED_EXPORT_MAPPING,
      options(),
    );
    expect(result.issues[0]).toMatchObject({ code: 'reference-dangling', row: 3, field: 'actorsJson' });
    expect(result.issues[0]?.cell).toBe(column('actors_json'));
  });

  it('reads an empty relations or figures cell as none and an empty alternative dates cell as absent', () => {
    const text = withCell('figures_json', '');
    const result = importAcledCsv(text, ACLED_EXPORT_MAPPING, options());
    const event = result.dataset?.events.find((e) => e.id === 'mod-accuses-coalition-shelling-raqqa');
    expect(event?.figures).toEqual([]);
    expect(event && 'alternativeDates' in event).toBe(false);
  });
});

describe('a JSON field supersedes the flat fields that say the same thing', () => {
  const mapping: ColumnMapping = {
    ...ACLED_EXPORT_MAPPING,
    agent: 'actor1',
    target: 'actor2',
    fatalities: 'fatalities',
  };

  it('reads actors_json and figures_json, not actor1, actor2 or fatalities, even when both are mapped', () => {
    const text = withCell('actor1', 'Nobody at all');
    const result = importAcledCsv(text, mapping, options());
    expect(result.issues).toEqual([]);
    expect(result.dataset?.events).toStrictEqual(reference().events);
  });

  it('no longer requires the evidence columns or the fatalities qualifier', () => {
    const table = readCsv(fixtureCsv(), { delimiter: ',' }).table;
    if (!table) throw new Error('no table');
    const { columns, issues } = resolveMapping(mapping, table.header, 'export.csv');
    expect(issues).toEqual([]);
    expect([...columns.keys()]).not.toContain('agent');
    expect([...columns.keys()]).not.toContain('fatalities');
  });
});
