/**
 * The work a data worker does, as one pure function of a request: every file's bytes are checked against the
 * import limits and decoded as UTF-8, then passed through the same validator the CLI runs, and a clean result
 * is resolved for display. The worker (`data.worker.ts`) only forwards messages to `runDataTask`, so the unit
 * tests call it directly and a page without workers can call it on the main thread.
 */
import { ACLED_EXPORT_MAPPING, type ColumnMapping } from '../import/acled-mapping.ts';
import { importAcledCsv } from '../import/acled-import.ts';
import type { Delimiter } from '../import/csv-table.ts';
import { readCsv } from '../import/csv-reader.ts';
import { importIssue, type ImportIssue, type Severity } from '../import/import-issue.ts';
import { checkFileSize, checkLimits, type ImportFormat, type ImportLimits } from '../import/limits.ts';
import { decodeUtf8 } from '../model/json-text.ts';
import type { Issue } from '../model/issue.ts';
import type { ProgressReporter } from '../model/progress.ts';
import { resolveDataset, type ResolvedDataset } from '../model/resolve.ts';
import type { Dataset, Story } from '../model/schema.ts';
import { validateStories } from '../model/stories.ts';
import { validateDataset, type DatasetFile } from '../model/validate.ts';
import type { Snapshot, SnapshotFile } from '../persist/snapshot.ts';
import { looksLikeBackup, readBackup } from './backup.ts';
import { opensArray } from './events-ahead.ts';
import { validateInParts } from './validate-in-parts.ts';

/** A file as read from disk or the network: its name as shown in issues, and its bytes, not yet decoded. */
export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** How a CSV file is to be read and imported; every choice is the reader's, none is guessed. */
export interface CsvChoices {
  readonly delimiter: Delimiter;
  readonly mixedLineEndings: Severity | 'accept';
  readonly mapping: ColumnMapping;
  readonly events: 'add' | 'replace';
  readonly validRowsOnly: boolean;
}

export type DataRequest =
  /** Dataset files (collection files or whole documents), the articles they cite, and optionally stories. */
  | {
      readonly kind: 'dataset';
      readonly files: readonly InputFile[];
      readonly articles: readonly InputFile[];
      readonly stories?: InputFile;
      /** Whether a clean result carries the files as validated (`CheckedData.written`), to be saved. */
      readonly written?: boolean;
    }
  /** The header of a CSV file, for the mapping step. */
  | { readonly kind: 'csv-header'; readonly file: InputFile; readonly delimiter: Delimiter }
  /** A CSV file imported into `reference` through a mapping. */
  | {
      readonly kind: 'csv';
      readonly file: InputFile;
      readonly choices: CsvChoices;
      readonly reference: Dataset;
      readonly articles: readonly InputFile[];
    };

/**
 * A dataset that passed validation, resolved for display. Only the resolved form crosses from the worker: the
 * form as written follows from it (`unresolveDataset`), and sending both would double the copy on arrival.
 */
export interface CheckedData {
  readonly resolved: ResolvedDataset;
  /** The articles the dataset cites, decoded, keyed by the `file` its sources name. */
  readonly articles: readonly (readonly [string, string])[];
  /**
   * Dataset files that validate to this dataset, for an import to save: the texts it was validated from, or
   * for a CSV the dataset written out here. Writing 100,000 events as JSON takes seconds, which the page's
   * main thread would otherwise spend when the import is applied. On the page, a text assembled from messages
   * comes with its parts, for the save to cut its chunks from.
   */
  readonly written?: readonly SnapshotFile[];
}

export type DataResult =
  | {
      readonly kind: 'dataset';
      readonly data?: CheckedData;
      readonly stories?: readonly Story[];
      /** From a backup: the reader's stories as stored (JSON text) and the backup's label. */
      readonly userStories?: string;
      readonly label?: string;
      readonly issues: readonly ImportIssue[];
    }
  | { readonly kind: 'csv-header'; readonly header?: readonly string[]; readonly suggested?: ColumnMapping; readonly issues: readonly ImportIssue[] }
  | {
      readonly kind: 'csv';
      readonly data?: CheckedData;
      readonly imported: number;
      readonly rejected: number;
      readonly rejectedCsv: string;
      readonly issues: readonly ImportIssue[];
    };

const encoder = new TextEncoder();

const asError = (issue: Issue): ImportIssue => ({ ...issue, severity: 'error' });

/** Decodes a file within the limits; the text, or the issues that stopped it. */
function decode(
  file: InputFile,
  format: ImportFormat,
  limits: Partial<ImportLimits> = {},
): { text?: string; memberNames?: number; issues: readonly ImportIssue[] } {
  const checked = checkLimits(file.bytes, format, { file: file.name, limits });
  return checked.ok ? { text: checked.text, memberNames: checked.memberNames, issues: [] } : { issues: checked.issues };
}

/** Articles decoded as text; one too large or not UTF-8 becomes an issue and is left out. */
function decodeArticles(files: readonly InputFile[], issues: ImportIssue[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of files) {
    const tooLarge = checkFileSize(file.bytes.length, { file: file.name });
    const decoded = tooLarge.length > 0 ? undefined : decodeUtf8(file.bytes);
    if (decoded === undefined) issues.push(...tooLarge);
    else if ('problem' in decoded)
      issues.push(importIssue({ code: decoded.problem.code, message: decoded.problem.message, file: file.name }));
    else texts.set(file.name, decoded.text);
  }
  return texts;
}

function checked(plain: Dataset, articles: Map<string, string>, written?: readonly DatasetFile[]): CheckedData {
  const cited = new Set(plain.sources.map((s) => s.file));
  return {
    resolved: resolveDataset(plain),
    articles: [...articles].filter(([file]) => cited.has(file)),
    ...(written ? { written } : {}),
  };
}

/**
 * A backup holds whole files as JSON strings, so the string-length limit cannot apply to the backup itself;
 * it applies instead to each file inside, which is checked as if it had been chosen on its own.
 */
function expandBackup(file: InputFile, issues: ImportIssue[]): Snapshot | undefined {
  const decoded = decode(file, { kind: 'json' }, { maxStringLength: file.bytes.length });
  issues.push(...decoded.issues);
  if (decoded.text === undefined) return undefined;
  const backup = readBackup(decoded.text, file.name);
  if ('issues' in backup) {
    issues.push(...backup.issues);
    return undefined;
  }
  for (const inner of backup.snapshot.files) {
    issues.push(...decode({ name: inner.file, bytes: encoder.encode(inner.text) }, { kind: 'json' }).issues);
  }
  return backup.snapshot;
}

/** Whether a file is a backup, judged from its opening bytes. */
export function isBackupFile(file: InputFile): boolean {
  return looksLikeBackup(new TextDecoder().decode(file.bytes.subarray(0, 200)));
}

/** The dataset files as text, with a backup's contents in its place; what stopped the decoding otherwise. */
function expandFiles(request: Extract<DataRequest, { kind: 'dataset' }>, issues: ImportIssue[]) {
  const files: DecodedFile[] = [];
  const backups: Snapshot[] = [];
  for (const file of request.files) {
    if (isBackupFile(file)) {
      const snapshot = expandBackup(file, issues);
      if (snapshot) backups.push(snapshot);
      continue;
    }
    const decoded = decode(file, { kind: 'json' });
    issues.push(...decoded.issues);
    const { text, memberNames } = decoded;
    if (text !== undefined) files.push({ file: file.name, text, bytes: file.bytes, memberNames });
  }
  return { files: [...files, ...backups.flatMap((b) => b.files)], backups };
}

/**
 * A dataset file decoded, with the bytes it was decoded from when it was chosen as a file of its own (a file
 * inside a backup has only its text).
 */
export interface DecodedFile extends DatasetFile {
  readonly bytes?: Uint8Array;
}

/** Hears the dataset files once decoded, before they are validated. */
export type DecodedListener = (files: readonly DecodedFile[]) => void;

function runDataset(
  request: Extract<DataRequest, { kind: 'dataset' }>,
  progress: ProgressReporter,
  onDecoded: DecodedListener,
): DataResult {
  const issues: ImportIssue[] = [];
  const { files, backups } = expandFiles(request, issues);
  const articles = decodeArticles(request.articles, issues);
  for (const article of backups.flatMap((b) => b.articles)) articles.set(article.file, article.text);
  if (issues.length > 0) return { kind: 'dataset', issues };
  onDecoded(files);
  const result = validateDataset(files, (file) => articles.get(file), progress);
  if (!result.dataset) return { kind: 'dataset', issues: result.issues.map(asError) };
  const restored = backups.length === 1 && backups[0] ? { userStories: backups[0].stories, label: backups[0].label } : {};
  const data = checked(result.dataset, articles, request.written ? files.map(({ file, text }) => ({ file, text })) : undefined);
  if (!request.stories) return { kind: 'dataset', data, ...restored, issues: [] };
  const storiesText = decode(request.stories, { kind: 'json' });
  if (storiesText.text === undefined) return { kind: 'dataset', issues: storiesText.issues };
  const stories = validateStories({ file: request.stories.name, text: storiesText.text }, result.dataset);
  if (!stories.stories) return { kind: 'dataset', issues: stories.issues.map(asError) };
  return { kind: 'dataset', data, stories: stories.stories, ...restored, issues: [] };
}

/** The file whose events array is read a part at a time: its index among the request's files, its bytes, and where the array opens. */
export interface EventsInParts {
  readonly file: number;
  readonly bytes: Uint8Array;
  readonly open: number;
}

/**
 * Whether a dataset request can be validated reading its events a part at a time (`runDatasetInParts`): no
 * backup and no stories come with it, and the file that holds the events is that array alone.
 */
export function readsInParts(request: Extract<DataRequest, { kind: 'dataset' }>, events: EventsInParts): boolean {
  return !request.stories && !request.files.some(isBackupFile) && opensArray(events.bytes, events.open);
}

/**
 * Runs a dataset request that `readsInParts`, reading the events file a part at a time (`validate-in-parts.ts`):
 * the clean result, its events left out, and how many there are; `onPart` is told where each part lies as it
 * is read (`validateInParts`). Undefined when the dataset is not clean, or another file or an article cannot be
 * decoded, for `runDataTask` to say what is wrong.
 */
export function runDatasetInParts(
  request: Extract<DataRequest, { kind: 'dataset' }>,
  events: EventsInParts,
  progress: ProgressReporter = () => {},
  onPart?: (from: number, to: number) => void,
): { result: DataResult; count: number } | undefined {
  const eventsFile = request.files[events.file];
  if (!eventsFile || !readsInParts(request, events)) return undefined;
  const issues: ImportIssue[] = [];
  // Each file as the validator reads it, the events file's text left to the page (`joinAhead`).
  const files: DatasetFile[] = [];
  for (const file of request.files) {
    if (file === eventsFile) {
      files.push({ file: file.name, text: '' });
      continue;
    }
    const { text, memberNames } = decode(file, { kind: 'json' });
    if (text === undefined) return undefined;
    files.push({ file: file.name, text, memberNames });
  }
  const articles = decodeArticles(request.articles, issues);
  if (issues.length > 0) return undefined;
  const clean = validateInParts(
    files.filter((_, k) => k !== events.file),
    { name: eventsFile.name, bytes: events.bytes, open: events.open },
    (file) => articles.get(file),
    progress,
    onPart,
  );
  if (!clean) return undefined;
  const written = request.written ? files.map(({ file, text }) => ({ file, text })) : undefined;
  return { result: { kind: 'dataset', data: checked(clean.dataset, articles, written), issues: [] }, count: clean.count };
}

function runCsvHeader(request: Extract<DataRequest, { kind: 'csv-header' }>): DataResult {
  const decoded = decode(request.file, { kind: 'csv', delimiter: request.delimiter });
  if (decoded.text === undefined) return { kind: 'csv-header', issues: decoded.issues };
  const read = readCsv(decoded.text, { delimiter: request.delimiter, file: request.file.name, mixedLineEndings: 'accept' });
  const header = read.table?.header.cells.map((cell) => cell.text);
  // The reader's problems are shown at the mapping step already, so that a wrong delimiter is seen at once.
  if (!header) return { kind: 'csv-header', issues: read.issues };
  // A file with every column Chronograph's own CSV export writes is offered that mapping; any other file
  // starts from an empty mapping that the reader fills in.
  const names = new Set(header);
  const exported = Object.values(ACLED_EXPORT_MAPPING).every((column) => names.has(column));
  return {
    kind: 'csv-header',
    header,
    ...(exported ? { suggested: ACLED_EXPORT_MAPPING } : {}),
    issues: read.issues,
  };
}

function runCsv(request: Extract<DataRequest, { kind: 'csv' }>): DataResult {
  const { choices } = request;
  const refused = (issues: readonly ImportIssue[]): DataResult => ({
    kind: 'csv',
    imported: 0,
    rejected: 0,
    rejectedCsv: '',
    issues,
  });
  const decoded = decode(request.file, { kind: 'csv', delimiter: choices.delimiter });
  if (decoded.text === undefined) return refused(decoded.issues);
  const issues: ImportIssue[] = [];
  const articles = decodeArticles(request.articles, issues);
  if (issues.length > 0) return refused(issues);
  const result = importAcledCsv(decoded.text, choices.mapping, {
    file: request.file.name,
    delimiter: choices.delimiter,
    mixedLineEndings: choices.mixedLineEndings,
    reference: request.reference,
    events: choices.events,
    validRowsOnly: choices.validRowsOnly,
    articles: (file) => articles.get(file),
  });
  return {
    kind: 'csv',
    ...(result.dataset
      ? { data: checked(result.dataset, articles, [{ file: 'dataset.json', text: JSON.stringify(result.dataset) }]) }
      : {}),
    imported: result.imported.length,
    rejected: result.rejected.length,
    rejectedCsv: result.rejectedCsv,
    issues: result.issues,
  };
}

/**
 * Runs one request; `progress` hears how far validation has got, and `onDecoded` hears a dataset request's
 * files as text before they are validated. Never throws for bad input.
 */
export function runDataTask(
  request: DataRequest,
  progress: ProgressReporter = () => {},
  onDecoded: DecodedListener = () => {},
): DataResult {
  switch (request.kind) {
    case 'dataset':
      return runDataset(request, progress, onDecoded);
    case 'csv-header':
      return runCsvHeader(request);
    case 'csv':
      return runCsv(request);
  }
}
