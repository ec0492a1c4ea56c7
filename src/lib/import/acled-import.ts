/**
 * Importing ACLED-style CSV: text → table (`readCsv`) → mapped rows (`resolveMapping`, `readMappedRows`) →
 * one event draft per row (`eventDrafter`) → the validator, the same one the CLI runs, over the dataset the
 * events go into plus the drafts → every issue relocated to its row and column.
 *
 * Decisions, stated once:
 * - Evidence is never invented. The schema requires each event to quote its article, so the mapping must
 *   give the evidence — the columns (source id, quote, start, end) or one JSON column with the whole
 *   evidence list; a mapping without either is refused before any row is read, and the quotes are checked
 *   against the articles like any other dataset's.
 * - Actors, places and sources are not created: a CSV has no Arabic names, kinds or hierarchy for them. Rows
 *   name them by id or English name, found in `reference`; an unknown name is an error at its cell.
 * - ACLED's `actor1` is read as the agents and `actor2` as the targets. Chronograph's own export also writes
 *   JSON columns (actors with their roles, evidence, relations, figures, alternative dates, date words); a
 *   mapped JSON column replaces the flat columns that say the same thing, so the export imports back to the
 *   same records.
 * - `events: 'add'` puts the rows' events next to the reference's; `'replace'` puts them in its place.
 *   The choice is the caller's; there is no default.
 * - Without `validRowsOnly` the import is all or nothing: one error anywhere and no dataset comes back.
 *   With it, the rows without errors are imported, and the rest come back, with their issues, as CSV text.
 */
import { validateDataset, type ArticleReader } from '../model/validate.ts';
import type { Dataset } from '../model/schema.ts';
import { resolveMapping, type ColumnMapping } from './acled-mapping.ts';
import { readCsv, type CsvOptions } from './csv-reader.ts';
import { draftIssue } from './draft-issues.ts';
import { eventDrafter, type EventDraft } from './event-draft.ts';
import { isError, type ImportIssue } from './import-issue.ts';
import { readMappedRows } from './mapped-rows.ts';
import { rejectedCsv, type RejectedRow } from './rejected-rows.ts';

export interface AcledImportOptions extends Partial<CsvOptions> {
  /** The validated dataset the events go into: its sources, actors and places are what rows refer to. */
  readonly reference: Dataset;
  /** Whether the rows' events join the reference's events or take their place. */
  readonly events: 'add' | 'replace';
  /** Reads the articles the evidence cites, as for `validateDataset`. */
  readonly articles: ArticleReader;
  /** Import the rows without errors and hand back the others, instead of all or nothing. */
  readonly validRowsOnly?: boolean;
}

export interface AcledImport {
  /**
   * The validated dataset — the reference with the imported events — ready for `planImport`. Present when
   * every row was imported or, with `validRowsOnly`, when the file's header and the mapping could be used.
   */
  readonly dataset?: Dataset;
  /** Every problem, errors and warnings, in file order. */
  readonly issues: readonly ImportIssue[];
  /** Ids of the events imported, in file order; empty when no dataset came back. */
  readonly imported: readonly string[];
  /** The rows with errors, each with its issues, in file order (with `validRowsOnly`, the rows left out). */
  readonly rejected: readonly RejectedRow[];
  /** The header and the rejected rows as written in the file, to download; empty when none. */
  readonly rejectedCsv: string;
}

/** The name the drafts are validated under; a collection file, so the validator reads it as events. */
const DRAFTS_FILE = 'import.events.json';
const REFERENCE_FILE = 'reference dataset';

const byId = (a: EventDraft, b: EventDraft) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Validates the reference with the drafts; issues about a draft come back located at its row. */
function validateDrafts(drafts: readonly EventDraft[], options: AcledImportOptions, file: string) {
  const sorted = [...drafts].sort(byId);
  const reference = { ...options.reference, events: options.events === 'add' ? options.reference.events : [] };
  const result = validateDataset(
    [
      { file: REFERENCE_FILE, text: JSON.stringify(reference) },
      { file: DRAFTS_FILE, text: JSON.stringify(sorted.map((d) => d.record)) },
    ],
    options.articles,
  );
  const issues = result.issues.map((issue): ImportIssue => {
    const index = /^\/(\d+)/.exec(issue.pointer);
    const draft = issue.file === DRAFTS_FILE && index ? sorted[Number(index[1])] : undefined;
    return draft ? draftIssue(draft, issue, `/${index?.[1] ?? ''}`, file) : { ...issue, severity: 'error' };
  });
  return { dataset: result.dataset, issues };
}

/** True for an issue about one data row rather than about the whole file. */
const aboutRow = (issue: ImportIssue) =>
  issue.row !== undefined && issue.row > 1 && issue.code !== 'csv-mixed-line-endings';

/** Imports ACLED-style CSV text through a column mapping; see the decisions above. */
export function importAcledCsv(text: string, mapping: ColumnMapping, options: AcledImportOptions): AcledImport {
  const file = options.file ?? 'import.csv';
  const read = readCsv(text, {
    delimiter: options.delimiter ?? ',',
    file,
    ...(options.mixedLineEndings === undefined ? {} : { mixedLineEndings: options.mixedLineEndings }),
  });
  const refused = (issues: readonly ImportIssue[]): AcledImport => ({
    issues,
    imported: [],
    rejected: [],
    rejectedCsv: '',
  });
  const { table } = read;
  if (!table || read.issues.some((i) => isError(i) && !aboutRow(i))) return refused(read.issues);
  const resolved = resolveMapping(mapping, table.header, file);
  if (resolved.issues.length > 0) return refused([...read.issues, ...resolved.issues]);

  const fileIssues = read.issues.filter((i) => !aboutRow(i));
  const byRow = new Map<number, ImportIssue[]>();
  const note = (issue: ImportIssue) => {
    if (issue.row !== undefined && aboutRow(issue)) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue]);
    else fileIssues.push(issue);
  };
  read.issues.filter(aboutRow).forEach(note);

  const draftOf = eventDrafter(options.reference, file);
  let drafts: EventDraft[] = [];
  for (const mapped of readMappedRows(table.rows, resolved.columns)) {
    const { draft, issues } = draftOf(mapped);
    issues.forEach(note);
    if (draft) drafts.push(draft);
  }

  // Without validRowsOnly one pass decides. With it, each pass drops the drafts that have errors and
  // validates the rest again (dropping a row can matter to others, e.g. a duplicate id); the loop ends
  // because every pass but the last drops at least one draft.
  let validated = validateDrafts(drafts, options, file);
  for (;;) {
    validated.issues.forEach(note);
    const failed = new Set(validated.issues.filter(isError).map((i) => i.row));
    if (!options.validRowsOnly || failed.size === 0 || failed.has(undefined)) break;
    drafts = drafts.filter((d) => !failed.has(d.source.row.row));
    validated = validateDrafts(drafts, options, file);
  }

  const badRows = new Set([...byRow].filter(([, list]) => list.some(isError)).map(([row]) => row));
  const fileOk = !fileIssues.some(isError);
  const dataset = fileOk && (options.validRowsOnly || badRows.size === 0) ? validated.dataset : undefined;
  const rejected = [...table.rows, ...table.malformed]
    .filter((row) => badRows.has(row.row))
    .sort((a, b) => a.row - b.row)
    .map((row) => ({ row, issues: byRow.get(row.row) ?? [] }));
  return {
    ...(dataset ? { dataset } : {}),
    issues: [...fileIssues, ...[...byRow].sort(([a], [b]) => a - b).flatMap(([, list]) => list)],
    imported: dataset ? drafts.map((d) => d.id) : [],
    rejected,
    rejectedCsv: rejectedCsv(table.header, rejected),
  };
}
