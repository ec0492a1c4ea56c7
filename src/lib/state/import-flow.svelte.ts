/**
 * One import, step by step: the reader chooses files (checked for type and size before anything is read), maps
 * a CSV's columns when there is one, and the data worker validates; the result is reviewed before anything is
 * applied. The flow never touches the data shown: applying hands a checked result to the workspace, which
 * swaps it in whole.
 */
import { IMPORT_FIELD_NAMES, type ColumnMapping, type ImportField } from '../import/acled-mapping.ts';
import type { Delimiter } from '../import/csv-table.ts';
import { importIssue, isError, type ImportIssue } from '../import/import-issue.ts';
import { checkFileSize } from '../import/limits.ts';
import type { ProgressStep } from '../model/progress.ts';
import type { Dataset } from '../model/schema.ts';
import { runData, type EarlyVerdict, type Listeners } from '../data/data-client.ts';
import type { DataResult, InputFile } from '../data/data-task.ts';
import type { UnreadFile } from '../data/read-blob.ts';
import { failedResult, failureIssue, readChosen } from '../data/request-failure.ts';

export type ImportStage = 'choose' | 'mapping' | 'checking' | 'review';
export type FileKind = 'dataset' | 'csv' | 'article';

/** A chosen file whose type and size passed; it is read when a request needs it. */
export interface ChosenFile {
  readonly name: string;
  readonly kind: FileKind;
  /** The file itself, not yet read: the data worker reads a dataset file. */
  readonly blob: Blob;
}

/** What the flow needs from the session it imports into. */
export interface ImportTarget {
  /** The dataset shown now, the reference a CSV's rows refer to. */
  readonly reference: Dataset;
  /** The articles it cites, by file. */
  readonly articles: ReadonlyMap<string, string>;
}

/** Settings are kept as text; a remembered mapping is read field by field, keeping only known fields. */
export function readStoredMapping(text: string | undefined): ColumnMapping {
  if (text === undefined) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object') return {};
    const known = new Set<string>(IMPORT_FIELD_NAMES);
    return Object.fromEntries(
      Object.entries(value).filter(
        ([field, column]) => known.has(field) && typeof column === 'string' && column !== '',
      ),
    );
  } catch {
    return {};
  }
}

const KINDS: Record<string, FileKind> = { json: 'dataset', csv: 'csv', txt: 'article' };

function kindOf(name: string): FileKind | undefined {
  return KINDS[name.toLowerCase().split('.').pop() ?? ''];
}

/** An article chosen with a dataset is cited as `seeds/<its name>`, as the bundled ones are. */
const articleName = (name: string) => `seeds/${name}`;

const encoder = new TextEncoder();

export class ImportFlow {
  stage = $state<ImportStage>('choose');
  files = $state.raw<readonly ChosenFile[]>([]);
  /** Problems found before validation (type, size) or by it. */
  issues = $state.raw<readonly ImportIssue[]>([]);
  progress = $state.raw<ProgressStep | undefined>(undefined);
  result = $state.raw<DataResult | undefined>(undefined);
  /**
   * The worker's clean verdict while the page still reads the events (`runData`'s `onVerdict`): shown, and
   * applicable, as a clean result is; applying waits for the events (`settled`).
   */
  verdict = $state.raw<EarlyVerdict | undefined>(undefined);
  /** A CSV's header, once read. */
  header = $state.raw<readonly string[]>([]);
  mapping = $state<Partial<Record<ImportField, string>>>({});
  delimiter = $state<Delimiter>(',');
  mixedLineEndings = $state<'error' | 'accept'>('error');
  events = $state<'add' | 'replace'>('replace');
  validRowsOnly = $state(false);

  readonly #target: ImportTarget;
  readonly #remembered: ColumnMapping;
  /** The check under way or last made, which ends with its result. */
  #checking: Promise<DataResult> | undefined;

  constructor(target: ImportTarget, rememberedMapping: ColumnMapping) {
    this.#target = target;
    this.#remembered = rememberedMapping;
  }

  /** The chosen CSV file, if any. */
  get csv(): ChosenFile | undefined {
    return this.files.find((f) => f.kind === 'csv');
  }

  /**
   * Whether the result can be applied: validated clean (the events possibly still being read), or with "valid
   * rows only" and some rows imported.
   */
  get applicable(): boolean {
    return this.verdict !== undefined || (this.result?.kind !== 'csv-header' && this.result?.data !== undefined);
  }

  /** The result, once the check under way (if any) has ended: for applying, which needs every event read. */
  async settled(): Promise<DataResult | undefined> {
    await this.#checking;
    return this.result;
  }

  /** Checks each file's type and size, keeps the ones that pass, and goes on to mapping or validation. */
  async choose(chosen: readonly File[]): Promise<void> {
    const issues: ImportIssue[] = [];
    const files: ChosenFile[] = [];
    for (const file of chosen) {
      const kind = kindOf(file.name);
      if (!kind) {
        issues.push(
          importIssue({
            code: 'import-file-type',
            message: `"${file.name}" is not .json, .csv or .txt`,
            file: file.name,
          }),
        );
        continue;
      }
      const tooLarge = checkFileSize(file.size, { file: file.name });
      if (tooLarge.length > 0) issues.push(...tooLarge);
      else files.push({ name: kind === 'article' ? articleName(file.name) : file.name, kind, blob: file });
    }
    const tables = files.filter((f) => f.kind === 'csv').length;
    if (tables > 1)
      issues.push(importIssue({ code: 'import-file-type', message: 'choose one CSV file at a time', file: '' }));
    if (issues.length === 0 && !files.some((f) => f.kind !== 'article'))
      issues.push(
        importIssue({ code: 'import-file-type', message: 'choose a dataset (.json) or a table (.csv)', file: '' }),
      );
    this.files = files;
    this.issues = issues;
    this.result = undefined;
    this.verdict = undefined;
    if (issues.length > 0) return;
    if (tables === 1) return this.readHeader();
    return this.#run();
  }

  /** Reads the CSV's header with the chosen delimiter and offers the mapping step. */
  async readHeader(): Promise<void> {
    const csv = this.csv;
    if (!csv) return;
    const result = await read(csv).then(
      (file) => runData({ kind: 'csv-header', file, delimiter: this.delimiter }),
      (error: unknown) => failedResult('csv-header', failureIssue([csv.name], error)),
    );
    if (result.kind !== 'csv-header') return;
    this.header = result.header ?? [];
    this.issues = result.issues;
    const columns = new Set(this.header);
    const start = { ...(result.suggested ?? {}), ...this.#remembered };
    this.mapping = Object.fromEntries(Object.entries(start).filter(([, column]) => column && columns.has(column)));
    this.stage = 'mapping';
  }

  /** The mapping as chosen, without the fields left unmapped. */
  get chosenMapping(): ColumnMapping {
    return Object.fromEntries(Object.entries(this.mapping).filter(([, column]) => column));
  }

  /** Validates the chosen files (after the mapping, for a CSV) in the data worker. */
  async validate(): Promise<void> {
    return this.#run();
  }

  async #run(): Promise<void> {
    this.stage = 'checking';
    this.progress = undefined;
    this.verdict = undefined;
    const listeners: Listeners = {
      onProgress: (step) => (this.progress = step),
      // Clean: reviewed at once, while the page reads the events.
      onVerdict: (verdict) => {
        this.verdict = verdict;
        this.progress = undefined;
        this.stage = 'review';
      },
    };
    // A chosen file the browser can no longer read ends the check with that problem (`request-failure.ts`).
    const checking = this.#check(listeners).catch((error: unknown) =>
      failedResult(
        this.csv ? 'csv' : 'dataset',
        failureIssue(
          this.files.map((f) => f.name),
          error,
        ),
      ),
    );
    this.#checking = checking;
    const result = await checking;
    this.result = result;
    this.issues = result.issues;
    this.verdict = undefined;
    this.progress = undefined;
    this.stage = 'review';
  }

  /** Reads the chosen files the page reads itself, and has the data worker check them all. */
  async #check(listeners: Listeners): Promise<DataResult> {
    const articles: InputFile[] = [
      ...[...this.#target.articles].map(([name, text]) => ({ name, bytes: encoder.encode(text) })),
      ...(await Promise.all(this.files.filter((f) => f.kind === 'article').map(read))),
    ];
    const csv = this.csv;
    return csv
      ? runData(
          {
            kind: 'csv',
            file: await read(csv),
            choices: {
              delimiter: this.delimiter,
              mixedLineEndings: this.mixedLineEndings,
              mapping: this.chosenMapping,
              events: this.events,
              validRowsOnly: this.validRowsOnly,
            },
            reference: this.#target.reference,
            articles,
          },
          { onProgress: listeners.onProgress },
        )
      : runData(
          {
            kind: 'dataset',
            // The worker reads dataset files itself: gathering 75 MB into memory is a long task where it is done.
            files: this.files.filter((f) => f.kind === 'dataset').map(unread),
            articles,
            written: true,
          },
          listeners,
        );
  }

  /** Back to the mapping step, to change a choice and validate again. */
  remap(): void {
    this.result = undefined;
    this.verdict = undefined;
    this.issues = [];
    this.stage = 'mapping';
  }

  /** Whether any issue is an error. */
  get failed(): boolean {
    return this.issues.some(isError);
  }
}

/** The file's bytes, read for one request (the worker takes the bytes it is given); `UnreadableFile` if they cannot be. */
function read(file: ChosenFile): Promise<InputFile> {
  return readChosen(file.name, file.blob);
}

/** The file, for the worker to read. */
function unread(file: ChosenFile): UnreadFile {
  return { name: file.name, blob: file.blob };
}
