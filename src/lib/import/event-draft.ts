/**
 * One CSV row to one event record, before validation. Only what the row says goes in: the cells of the
 * mapped fields, actors and places found in the dataset, the evidence columns as the evidence. Nothing is
 * filled in — an unmapped optional field is left out, a required cell left empty is an error — and what the
 * draft means is then checked by the validator itself (`importAcledCsv`), so a CSV event passes exactly the
 * checks a JSON one does.
 *
 * Where a row can say one thing two ways, the exact way wins: when a JSON field is mapped (actorsJson,
 * figuresJson, dateWordsJson, evidenceJson), the flat fields it supersedes — agent and target, fatalities,
 * dateWords, the evidence columns — are not read, even if they are mapped and say something else
 * (`resolveMapping` leaves their columns out; see `import-fields.ts`). Relations and alternative dates have
 * only their JSON fields: without those, an event has no relations and no alternative dates. An empty JSON
 * cell is an empty list (and no alternative dates), except the evidence's, which is required.
 */
import type { Actor, Place } from '../model/schema.ts';
import type { ImportField } from './acled-mapping.ts';
import type { ImportIssue } from './import-issue.ts';
import type { Json } from './json-cell.ts';
import type { MappedRow } from './mapped-rows.ts';
import { actorFinder, placeFinder, type Finder } from './reference-lookup.ts';
import { RowCells } from './row-cells.ts';

export type { Json };

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

const isList = (value: Json): value is readonly Json[] => Array.isArray(value);

/** The event's actors with their roles, and for each the field it was read from. */
function readActors(cells: RowCells, finder: Finder): { actors: Json; fields: ImportField[] } {
  if (cells.has('actorsJson')) {
    const actors = cells.json('actorsJson') ?? [];
    return { actors, fields: isList(actors) ? actors.map(() => 'actorsJson' as const) : [] };
  }
  const agents = cells.find('agent', finder, 'actor');
  const targets = cells.find('target', finder, 'actor');
  return {
    actors: [
      ...agents.map((actor) => ({ actor, role: 'agent' })),
      ...targets.map((actor) => ({ actor, role: 'target' })),
    ],
    fields: [...agents.map(() => 'agent' as const), ...targets.map(() => 'target' as const)],
  };
}

/** The passages the event rests on: the evidence JSON, or the one passage the evidence columns give. */
function readEvidence(cells: RowCells): Json {
  if (cells.has('evidenceJson')) return cells.json('evidenceJson', { required: true }) ?? [];
  const source = cells.required('evidenceSource');
  const quote = cells.required('evidenceQuote');
  const start = cells.whole('evidenceStart');
  const end = cells.whole('evidenceEnd');
  const prefix = cells.optional('evidencePrefix');
  const suffix = cells.optional('evidenceSuffix');
  return [
    {
      source: source ?? '',
      quote: quote ?? '',
      start: start ?? 0,
      end: end ?? 0,
      ...(prefix === undefined ? {} : { prefix }),
      ...(suffix === undefined ? {} : { suffix }),
    },
  ];
}

/** The figures: the figures JSON, or the number killed with its qualifier (none when 0 or empty). */
function readFigures(cells: RowCells): Json {
  if (cells.has('figuresJson')) return cells.json('figuresJson') ?? [];
  const killed = cells.whole('fatalities', { required: false });
  if (killed === undefined || killed === 0) return [];
  const qualifier = cells.required('fatalitiesQualifier');
  return qualifier === undefined ? [] : [{ what: 'killed', value: killed, qualifier }];
}

/** Checks a row's coordinates against its first place in the dataset, which is what they describe. */
function checkCoordinates(cells: RowCells, place: Place | undefined): void {
  for (const field of ['latitude', 'longitude'] as const) {
    const cell = cells.mapped.values[field];
    const value = cells.decimal(field);
    if (!cell || value === undefined) continue;
    if (!place) {
      // A place that was named but not found is reported at the location cell already.
      if (cells.optional('location') === undefined)
        cells.report(cell, field, 'import-coordinates-mismatch', `a ${field} is given but no place`);
      continue;
    }
    const expected = field === 'latitude' ? place.lat : place.lon;
    if (Math.abs(value - expected) > COORDINATE_TOLERANCE)
      cells.report(cell, field, 'import-coordinates-mismatch', `${value} is not ${place.id}'s ${field}, ${expected}`);
  }
}

/** Builds the drafting function for a file and a reference dataset. */
export function eventDrafter(reference: Reference, file: string) {
  const actors = actorFinder(reference.actors);
  const places = placeFinder(reference.places);
  const placeById = new Map(reference.places.map((p) => [p.id, p]));

  return (mapped: MappedRow): { draft?: EventDraft; issues: ImportIssue[] } => {
    const cells = new RowCells(mapped, file);
    const id = cells.required('id') ?? '';
    const date = cells.required('date');
    const type = cells.required('type');
    const subtype = cells.required('subtype');
    const eventActors = readActors(cells, actors);
    const attribution = cells.find('attribution', actors, 'actor');
    const summaryEn = cells.required('summaryEn');
    const summaryAr = cells.required('summaryAr');
    const status = cells.required('status');
    const reasoning = cells.required('dateReasoning');
    const words = cells.has('dateWordsJson') ? (cells.json('dateWordsJson') ?? []) : cells.list('dateWords');
    const alternativeDates = cells.json('alternativeDatesJson');
    const evidence = readEvidence(cells);
    const notes = cells.optional('notes');
    const placeIds = cells.find('location', places, 'place');
    checkCoordinates(cells, placeById.get(placeIds[0] ?? ''));
    const figures = readFigures(cells);
    const relations = cells.json('relationsJson') ?? [];

    if (cells.issues.length > 0) return { issues: cells.issues };
    const record: { [key: string]: Json } = {
      id,
      type: type ?? '',
      subtype: subtype ?? '',
      date: date ?? '',
      dateBasis: { words, reasoning: reasoning ?? '' },
      ...(alternativeDates === undefined ? {} : { alternativeDates }),
      actors: eventActors.actors,
      attribution,
      status: status ?? '',
      places: placeIds,
      figures,
      summary: { en: summaryEn ?? '', ar: summaryAr ?? '' },
      relations,
      evidence,
      ...(notes === undefined ? {} : { notes }),
    };
    return { draft: { source: mapped, id, record, actorFields: eventActors.fields }, issues: [] };
  };
}
