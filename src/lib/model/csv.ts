/**
 * Events as ACLED-style CSV (RFC 4180), for spreadsheets and other trackers, that Chronograph's import reads
 * back to the same events (through `ACLED_EXPORT_MAPPING`). ACLED's columns come first, meaning what they mean
 * in ACLED's files; Chronograph's own columns follow and carry every field of an event exactly — the EDTF
 * date, the Arabic summary, status, attribution, places by id, and as strict JSON the parts a flat cell
 * cannot hold (actors with their roles, figures, date words, alternative dates, evidence, relations).
 *
 * Every text cell, JSON included, is defused against formula injection: a cell any of whose lines (after a
 * \n, a \r or a \r\n) begins, after white space, with = + - @, their full-width forms, or a tab or
 * carriage return is prefixed with an apostrophe, so a spreadsheet shows it as text (and so is a cell that
 * already begins with one, which keeps the defusing reversible). A JSON cell begins with `[` and is one line,
 * since JSON escapes line breaks and tabs inside strings, so it is never prefixed in practice.
 */
import type { ResolvedDataset, ResolvedEvent } from './resolve.ts';

/** ACLED's columns, as ACLED's own files name and fill them. */
export const ACLED_COLUMNS = [
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
] as const;

/** Chronograph's columns, after ACLED's: what an event needs beyond them to be read back exactly. */
export const CHRONOGRAPH_COLUMNS = [
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
] as const;

/** Every column, in the order the export writes them. */
export const CSV_COLUMNS = [...ACLED_COLUMNS, ...CHRONOGRAPH_COLUMNS] as const;

/**
 * A formula start at the cell's start or after any line break, a lone \r included, because the import (and
 * some spreadsheets) read a lone \r as one. The full-width ＝ ＋ － ＠ are included because a spreadsheet set up
 * for East Asian input may take them for the ASCII operators; an apostrophe too many costs nothing, since
 * the import takes it off again.
 */
const FORMULA_START = /(?:^|[\n\r])\s*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A free-text cell made safe to open in a spreadsheet. A cell that already begins with an apostrophe gets
 * one more, so that an importer can always take exactly one off: `'=1` and `=1` stay distinguishable.
 */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) || text.startsWith("'") ? `'${text}` : text;
}

/** Quotes a cell when it holds a delimiter, quote or line break. */
export function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** ACLED's time precision: 1 a known day, 2 within about a week, 3 a month or vaguer. */
export function timePrecision(date: ResolvedEvent['date']): 1 | 2 | 3 {
  const days = (Date.parse(`${date.end}T00:00:00Z`) - Date.parse(`${date.start}T00:00:00Z`)) / 86_400_000;
  if (days === 0 && !date.approximate && !date.uncertain) return 1;
  return days <= 7 ? 2 : 3;
}

/** Chronograph's cells for an event, in `CHRONOGRAPH_COLUMNS` order, before defusing and quoting. */
function chronographCells(event: ResolvedEvent): string[] {
  return [
    event.date.edtf,
    event.summary.ar,
    event.status,
    event.attribution.join(';'),
    event.places.join(';'),
    event.dateBasis.reasoning,
    JSON.stringify(event.dateBasis.words),
    // Absent and empty differ in the record, so an absent list is an empty cell and an empty one is [].
    event.alternativeDates === undefined ? '' : JSON.stringify(event.alternativeDates),
    JSON.stringify(event.actors),
    JSON.stringify(event.figures),
    JSON.stringify(event.evidence),
    JSON.stringify(event.relations),
    event.notes ?? '',
  ];
}

/** The CSV text for every event, one row each, in the dataset's order, with a header row and a final line break. */
export function toAcledCsv(dataset: ResolvedDataset): string {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const names = (event: ResolvedEvent, roles: string[]) =>
    event.actors
      .filter((a) => roles.includes(a.role))
      .map((a) => actors.get(a.actor)?.name.en ?? a.actor)
      .join('; ');

  const rows = dataset.events.map((event) => {
    const place = places.get(event.places[0] ?? '');
    const cited = [...new Set(event.evidence.map((e) => e.source))]
      .map((id) => sources.get(id))
      .map((s) => (s ? `${s.outlet.en}, ${s.published}` : ''))
      .join('; ');
    const killed = event.figures.filter((f) => f.what === 'killed').reduce((sum, f) => sum + f.value, 0);
    const text = (value: string) => quoteCell(defuseFormula(value));
    return [
      text(event.id),
      event.date.start,
      String(timePrecision(event.date)),
      text(event.type),
      text(event.subtype),
      text(names(event, ['agent', 'participant'])),
      text(names(event, ['target'])),
      text(place?.name.en ?? ''),
      place ? String(place.lat) : '',
      place ? String(place.lon) : '',
      text(cited),
      text(event.summary.en),
      String(killed),
      ...chronographCells(event).map(text),
    ].join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
