/**
 * One CSV row to one event record, before validation. Only what the row says goes in: the cells of the
 * mapped fields, actors and places found in the dataset, the evidence columns as the evidence. Nothing is
 * filled in — an unmapped optional field is left out, a required cell left empty is an error — and
 * relations between events, which a row cannot express, are empty. What the draft means is then checked by
 * the validator itself (`importAcledCsv`), so a CSV event passes exactly the checks a JSON one does.
 */
import type { Actor, Place } from '../model/schema.ts';
import type { ImportField } from './acled-mapping.ts';
import { decimalNumber, listItems, wholeNumber, type CellValue } from './cell-values.ts';
import { importIssue, type ImportIssue } from './import-issue.ts';
import type { MappedCell, MappedRow } from './mapped-rows.ts';
import { actorFinder, placeFinder, type Finder } from './reference-lookup.ts';

/** A JSON value, the form a draft takes until the validator has checked it. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

export interface EventDraft {
  /** The row it was read from. */
  readonly source: MappedRow;
  /** The event's id as written (it may still be invalid). */
  readonly id: string;
  /** The event record, in the schema's JSON shape. */
  readonly record: { readonly [key: string]: Json };
  /** For each entry of the record's `actors`, the field it was read from. */
  readonly actorFields: readonly ImportField[];
}

/** What the rows are resolved against: the dataset the events go into. */
export interface Reference {
  readonly actors: readonly Actor[];
  readonly places: readonly Place[];
}

/** How far a coordinate in a row may be from the place's in the dataset: about 50 m. */
const COORDINATE_TOLERANCE = 0.0005;

/** Builds the drafting function for a file and a reference dataset. */
export function eventDrafter(reference: Reference, file: string) {
  const actors = actorFinder(reference.actors);
  const places = placeFinder(reference.places);
  const placeById = new Map(reference.places.map((p) => [p.id, p]));

  return (mapped: MappedRow): { draft?: EventDraft; issues: ImportIssue[] } => {
    const issues: ImportIssue[] = [];
    const { values } = mapped;
    const id = values.id?.text ?? '';
    const report = (cell: MappedCell, field: ImportField, code: ImportIssue['code'], message: string) =>
      issues.push(
        importIssue({
          code,
          message,
          file,
          position: cell.position,
          row: mapped.row.row,
          cell: cell.cell,
          header: cell.header,
          field,
          ...(id === '' ? {} : { record: id }),
        }),
      );
    const checked = <T>(field: ImportField, cell: MappedCell, result: CellValue<T>): T | undefined => {
      if (result.ok) return result.value;
      report(cell, field, result.code, result.message);
      return undefined;
    };
    /** A required cell's text, or undefined (reported) when it is empty. */
    const required = (field: ImportField): string | undefined => {
      const cell = values[field];
      if (cell && cell.text === '') report(cell, field, 'import-cell-empty', `the ${field} cell is empty`);
      return cell && cell.text !== '' ? cell.text : undefined;
    };
    const optional = (field: ImportField): string | undefined => {
      const text = values[field]?.text;
      return text === '' ? undefined : text;
    };
    const find = (field: ImportField, finder: Finder, kind: 'actor' | 'place'): string[] => {
      const cell = values[field];
      if (!cell) return [];
      const ids: string[] = [];
      for (const token of checked(field, cell, listItems(cell.text)) ?? []) {
        const found = finder(token);
        if (found.found) ids.push(found.id);
        else if (found.ambiguous.length > 0)
          report(cell, field, `import-${kind}-ambiguous`, `"${token}" names ${found.ambiguous.join(' and ')}`);
        else report(cell, field, `import-${kind}-unknown`, `no ${kind} has the id or English name "${token}"`);
      }
      return ids;
    };
    const whole = (field: ImportField): number | undefined => {
      const text = required(field);
      const cell = values[field];
      return text === undefined || !cell ? undefined : checked(field, cell, wholeNumber(text));
    };

    required('id');
    const date = required('date');
    const type = required('type');
    const subtype = required('subtype');
    const agents = find('agent', actors, 'actor');
    const targets = find('target', actors, 'actor');
    const attribution = find('attribution', actors, 'actor');
    const summaryEn = required('summaryEn');
    const summaryAr = required('summaryAr');
    const status = required('status');
    const reasoning = required('dateReasoning');
    const wordsCell = values.dateWords;
    const words = wordsCell ? (checked('dateWords', wordsCell, listItems(wordsCell.text)) ?? []) : [];
    const evidenceSource = required('evidenceSource');
    const quote = required('evidenceQuote');
    const start = whole('evidenceStart');
    const end = whole('evidenceEnd');
    const prefix = optional('evidencePrefix');
    const suffix = optional('evidenceSuffix');
    const notes = optional('notes');

    const [place] = find('location', places, 'place');
    for (const field of ['latitude', 'longitude'] as const) {
      const cell = values[field];
      if (!cell || cell.text === '') continue;
      const value = checked(field, cell, decimalNumber(cell.text));
      if (value === undefined) continue;
      const known = place === undefined ? undefined : placeById.get(place);
      if (!known) {
        if (values.location?.text === '' || !values.location)
          report(cell, field, 'import-coordinates-mismatch', `a ${field} is given but no place`);
      } else {
        const expected = field === 'latitude' ? known.lat : known.lon;
        if (Math.abs(value - expected) > COORDINATE_TOLERANCE)
          report(cell, field, 'import-coordinates-mismatch', `${value} is not ${known.id}'s ${field}, ${expected}`);
      }
    }

    const figures: Json[] = [];
    const fatalitiesCell = values.fatalities;
    if (fatalitiesCell && fatalitiesCell.text !== '') {
      const killed = checked('fatalities', fatalitiesCell, wholeNumber(fatalitiesCell.text));
      if (killed !== undefined && killed > 0) {
        const qualifier = required('fatalitiesQualifier');
        if (qualifier !== undefined) figures.push({ what: 'killed', value: killed, qualifier });
      }
    }

    if (issues.length > 0) return { issues };
    const record: { [key: string]: Json } = {
      id,
      type: type ?? '',
      subtype: subtype ?? '',
      date: date ?? '',
      dateBasis: { words, reasoning: reasoning ?? '' },
      actors: [
        ...agents.map((actor) => ({ actor, role: 'agent' })),
        ...targets.map((actor) => ({ actor, role: 'target' })),
      ],
      attribution,
      status: status ?? '',
      places: place === undefined ? [] : [place],
      figures,
      summary: { en: summaryEn ?? '', ar: summaryAr ?? '' },
      relations: [],
      evidence: [
        {
          source: evidenceSource ?? '',
          quote: quote ?? '',
          start: start ?? 0,
          end: end ?? 0,
          ...(prefix === undefined ? {} : { prefix }),
          ...(suffix === undefined ? {} : { suffix }),
        },
      ],
      ...(notes === undefined ? {} : { notes }),
    };
    const actorFields: ImportField[] = [...agents.map(() => 'agent' as const), ...targets.map(() => 'target' as const)];
    return { draft: { source: mapped, id, record, actorFields }, issues };
  };
}
