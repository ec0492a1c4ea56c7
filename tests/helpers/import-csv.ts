/**
 * A CSV file for import tests, built from the fixture: one column per importable field, a valid row that
 * adds an event to the fixture dataset, and a writer that quotes cells as RFC 4180 says.
 */
import * as v from 'valibot';
import { type ColumnMapping, type ImportField } from '../../src/lib/import/acled-mapping.ts';
import { Dataset } from '../../src/lib/model/schema.ts';
import { ACCUSATION_QUOTE, fixture, offsetsOf } from './fixture.ts';

/** The fixture as a validated dataset, the reference rows are resolved against. */
export const reference = (): Dataset => v.parse(Dataset, fixture());

/** ACLED's own columns, as a tool that knows only ACLED would map them. */
export const ACLED_COLUMNS: ColumnMapping = {
  id: 'event_id_cnty',
  date: 'event_date',
  type: 'event_type',
  subtype: 'sub_event_type',
  agent: 'actor1',
  target: 'actor2',
  location: 'location',
  latitude: 'latitude',
  longitude: 'longitude',
  summaryEn: 'notes',
  fatalities: 'fatalities',
};

/** Every field mapped to a column of the same name, except a few in ACLED's words. */
export const MAPPING: ColumnMapping = {
  ...ACLED_COLUMNS,
  fatalitiesQualifier: 'fatalities_qualifier',
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

const offsets = offsetsOf(ACCUSATION_QUOTE);

/** A row that adds a valid event to the fixture, by field. */
export const VALID_ROW: { [F in ImportField]?: string } = {
  id: 'mod-accuses-coalition-again',
  date: '2017-05-31',
  type: 'statement',
  subtype: 'accusation',
  agent: 'Russian Ministry of Defence',
  target: 'us-led-coalition',
  location: 'Raqqa',
  latitude: '35.9528',
  longitude: '39.0079',
  fatalities: '80',
  fatalitiesQualifier: 'more-than',
  summaryEn: 'The MoD accused the coalition again.',
  summaryAr: 'اتهمت الوزارة التحالف مجددا.',
  status: 'alleged',
  attribution: 'russian-mod',
  dateWords: 'أمس',
  dateReasoning: '«أمس» in an article of 1 June 2017.',
  evidenceSource: 'fixture-article',
  evidenceQuote: ACCUSATION_QUOTE,
  evidenceStart: String(offsets.start),
  evidenceEnd: String(offsets.end),
};

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The CSV text of rows given by field, under MAPPING's header. */
export function csvOf(rows: readonly { [F in ImportField]?: string }[]): string {
  const fields = Object.keys(MAPPING).filter((f): f is ImportField => f in VALID_ROW);
  const header = fields.map((f) => MAPPING[f] ?? f);
  const lines = rows.map((row) => fields.map((f) => quote(row[f] ?? '')).join(','));
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

/** The 1-based column of a field in `csvOf`'s header. */
export function columnOf(field: ImportField): number {
  return (
    Object.keys(MAPPING)
      .filter((f) => f in VALID_ROW)
      .indexOf(field) + 1
  );
}
