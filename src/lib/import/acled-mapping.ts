/**
 * The column mapping: which CSV column holds each Chronograph field. The caller (a person, in the mapping
 * step) chooses it; nothing is guessed from header names. A mapping is plain JSON, so it can be remembered
 * and offered again; it is read defensively, field by field, because a remembered one comes from storage.
 *
 * What a CSV cannot know is required as columns rather than invented: an event rests on an article's exact
 * words, so the evidence (source id, quote and its offsets) must be mapped; so must the Arabic summary,
 * the status, whose account it is and how the date was established. Actors, places and sources are not
 * created from a CSV — their Arabic names, kinds and hierarchy are not in it — but looked up, by id or
 * English name, in the dataset the import goes into.
 */
import type { CsvRow } from './csv-table.ts';
import { importIssue, type ImportIssue } from './import-issue.ts';

/** The fields a column can be mapped to, in the order a mapping step lists them. */
export const IMPORT_FIELD_NAMES = [
  'id',
  'date',
  'type',
  'subtype',
  'agent',
  'target',
  'location',
  'latitude',
  'longitude',
  'fatalities',
  'fatalitiesQualifier',
  'summaryEn',
  'summaryAr',
  'status',
  'attribution',
  'dateWords',
  'dateReasoning',
  'evidenceSource',
  'evidenceQuote',
  'evidenceStart',
  'evidenceEnd',
  'evidencePrefix',
  'evidenceSuffix',
  'notes',
] as const;

export type ImportField = (typeof IMPORT_FIELD_NAMES)[number];

/** For each field: whether it must be mapped, and what its cells hold. */
export const IMPORT_FIELDS: { readonly [F in ImportField]: { readonly required: boolean; readonly holds: string } } = {
  id: { required: true, holds: 'the event id, a slug such as mod-accuses-coalition-2017-05-31' },
  date: { required: true, holds: 'an EDTF date: 2017-05-31, 2017-05, 2017-05-29/2017-05-30, 2017-05-31~' },
  type: { required: true, holds: 'statement, meeting, strike, convoy, attack or milestone' },
  subtype: { required: true, holds: 'a subtype from the list for the type, such as accusation or airstrike' },
  agent: { required: false, holds: 'the acting actors (ACLED actor1): ids or English names, separated by ;' },
  target: {
    required: false,
    holds: 'the actors acted on or accused (ACLED actor2): ids or English names, separated by ;',
  },
  location: { required: false, holds: 'a place id or English name' },
  latitude: { required: false, holds: "the place's latitude, checked against the dataset's" },
  longitude: { required: false, holds: "the place's longitude, checked against the dataset's" },
  fatalities: { required: false, holds: 'the number killed, a whole number; 0 or empty for none given' },
  fatalitiesQualifier: { required: false, holds: 'how exact that number is: exact, about, at-least, more-than …' },
  summaryEn: { required: true, holds: 'a one-sentence summary in English (ACLED notes)' },
  summaryAr: { required: true, holds: 'the same summary in Arabic' },
  status: { required: true, holds: 'confirmed, claimed, alleged, denied or planned' },
  attribution: { required: true, holds: 'whose account it is: actor ids or English names, separated by ;' },
  dateWords: { required: false, holds: "the article's words that fix the date, separated by ;" },
  dateReasoning: { required: true, holds: 'how the date was established, in English' },
  evidenceSource: { required: true, holds: 'the id of the source (article) the event rests on' },
  evidenceQuote: { required: true, holds: "the article's exact words" },
  evidenceStart: { required: true, holds: 'the offset of the quote in the article file' },
  evidenceEnd: { required: true, holds: 'the offset just past the quote' },
  evidencePrefix: { required: false, holds: 'text just before the quote, when the quote occurs more than once' },
  evidenceSuffix: { required: false, holds: 'text just after the quote, an alternative to the prefix' },
  notes: { required: false, holds: "curator's remarks" },
};

/** Header name of the column for each mapped field. */
export type ColumnMapping = { readonly [F in ImportField]?: string };

/** The mapping that reads `npm run data -- csv` back: the export's columns, as far as they go. */
export const ACLED_EXPORT_MAPPING: ColumnMapping = {
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

/** A mapped column: its 1-based number and header name. */
export interface MappedColumn {
  readonly cell: number;
  readonly header: string;
}

/** The columns a mapping resolves to in a header, and what is wrong with the mapping. */
export interface ResolvedMapping {
  readonly columns: ReadonlyMap<ImportField, MappedColumn>;
  readonly issues: ImportIssue[];
}

/** The header name mapped to `field`, read only from the mapping's own string properties. */
function mappedName(mapping: ColumnMapping, field: ImportField): string | undefined {
  if (!Object.hasOwn(mapping, field)) return undefined;
  const name = mapping[field];
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
}

/** Finds each mapped column in the header, reporting unknown columns and required fields left unmapped. */
export function resolveMapping(mapping: ColumnMapping, header: CsvRow, file: string): ResolvedMapping {
  const columns = new Map<ImportField, MappedColumn>();
  const issues: ImportIssue[] = [];
  const at = { file, position: header.position, row: header.row };
  for (const field of IMPORT_FIELD_NAMES) {
    const name = mappedName(mapping, field);
    if (name === undefined) {
      if (IMPORT_FIELDS[field].required) {
        issues.push(
          importIssue({
            ...at,
            field,
            code: 'import-mapping-missing',
            message: `no column is mapped to ${field} (${IMPORT_FIELDS[field].holds})`,
          }),
        );
      }
      continue;
    }
    const index = header.cells.findIndex((cell) => cell.text.trim() === name);
    if (index === -1) {
      issues.push(
        importIssue({
          ...at,
          field,
          code: 'import-mapping-unknown-column',
          message: `${field} is mapped to "${name}", which is not a column of the file`,
        }),
      );
      continue;
    }
    columns.set(field, { cell: index + 1, header: name });
  }
  // A bare count would claim a precision the file does not give ("about 80" is not "80").
  if (columns.has('fatalities') && !columns.has('fatalitiesQualifier')) {
    issues.push(
      importIssue({
        ...at,
        field: 'fatalitiesQualifier',
        code: 'import-mapping-missing',
        message: 'fatalities is mapped but fatalitiesQualifier is not: a count needs to say how exact it is',
      }),
    );
  }
  return { columns, issues };
}
