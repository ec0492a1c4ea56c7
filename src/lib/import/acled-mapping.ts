/**
 * The column mapping: which CSV column holds each Chronograph field. The caller (a person, in the mapping
 * step) chooses it; nothing is guessed from header names. A mapping is plain JSON, so it can be remembered
 * and offered again; it is read defensively, field by field, because a remembered one comes from storage.
 *
 * What a CSV cannot know is required as columns rather than invented: an event rests on an article's exact
 * words, so the evidence (source id, quote and its offsets, or all of it as JSON) must be mapped; so must
 * the Arabic summary, the status, whose account it is and how the date was established. Actors, places
 * and sources are not created from a CSV — their Arabic names, kinds and hierarchy are not in it — but
 * looked up, by id or English name, in the dataset the import goes into.
 */
import type { CsvRow } from './csv-table.ts';
import { importIssue, type ImportIssue } from './import-issue.ts';
import { IMPORT_FIELD_NAMES, IMPORT_FIELDS, type ImportField } from './import-fields.ts';

export { IMPORT_FIELD_NAMES, IMPORT_FIELDS };
export type { ImportField, ImportFieldInfo } from './import-fields.ts';

/** Header name of the column for each mapped field. */
export type ColumnMapping = { readonly [F in ImportField]?: string };

/**
 * The mapping that reads Chronograph's CSV export (`toAcledCsv`) back to the same events: its exact columns.
 * ACLED's columns that only repeat those facts less exactly — actor1 and actor2 (names, participants folded
 * into the agents), location, latitude and longitude (the first place only), fatalities (a sum), event_date
 * (the first day) — are left unmapped, as is the source column (outlets, which the evidence names by id).
 */
export const ACLED_EXPORT_MAPPING: ColumnMapping = {
  id: 'event_id_cnty',
  date: 'date_edtf',
  type: 'event_type',
  subtype: 'sub_event_type',
  actorsJson: 'actors_json',
  location: 'places',
  figuresJson: 'figures_json',
  summaryEn: 'notes',
  summaryAr: 'summary_ar',
  status: 'status',
  attribution: 'attribution',
  dateWordsJson: 'date_words_json',
  dateReasoning: 'date_reasoning',
  alternativeDatesJson: 'alternative_dates_json',
  evidenceJson: 'evidence_json',
  relationsJson: 'relations_json',
  notes: 'notes_chronograph',
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

/**
 * Finds each mapped column in the header, reporting unknown columns and required fields left unmapped. The
 * columns returned are the ones to read: a field superseded by a mapped JSON field is left out.
 */
export function resolveMapping(mapping: ColumnMapping, header: CsvRow, file: string): ResolvedMapping {
  const columns = new Map<ImportField, MappedColumn>();
  const issues: ImportIssue[] = [];
  const at = { file, position: header.position, row: header.row };
  for (const field of IMPORT_FIELD_NAMES) {
    // A field superseded by a mapped JSON field is not read at all, so its mapping is not checked either.
    const { required, supersededBy } = IMPORT_FIELDS[field];
    if (supersededBy !== undefined && mappedName(mapping, supersededBy) !== undefined) continue;
    const name = mappedName(mapping, field);
    if (name === undefined) {
      if (required) {
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
