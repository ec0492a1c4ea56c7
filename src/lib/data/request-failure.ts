/**
 * What a request that could not be run answers: one error, for its caller to show as it shows any problem,
 * with nothing changed — rather than a promise that never settles, or a dialog left checking for ever.
 */
import { importIssue, type ImportIssue } from '../import/import-issue.ts';
import type { DataResult, InputFile } from './data-task.ts';

/**
 * A chosen file that could not be read — moved, deleted or changed on disk since it was chosen, which the
 * browser refuses to read — named for the issue that reports it.
 */
export class UnreadableFile extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`could not read the file: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Reads a chosen file's bytes; an `UnreadableFile` when the browser cannot. */
export async function readChosen(name: string, blob: Blob): Promise<InputFile> {
  try {
    return { name, bytes: new Uint8Array(await blob.arrayBuffer()) };
  } catch (error) {
    throw new UnreadableFile(name, error);
  }
}

/**
 * The issue for `error`, met while running a request on the files named `files`: `file-unreadable` for a file
 * that could not be read, and otherwise `check-failed`, a fault of Chronograph's own (the data worker failing,
 * or failing to start), with the fault's message.
 */
export function failureIssue(files: readonly string[], error: unknown): ImportIssue {
  if (error instanceof UnreadableFile) return importIssue({ code: 'file-unreadable', message: error.message, file: error.file });
  return importIssue({
    code: 'check-failed',
    message: error instanceof Error ? error.message : String(error),
    file: files.join(', '),
  });
}

/** A result of the request's kind holding only `issue`. */
export function failedResult(kind: DataResult['kind'], issue: ImportIssue): DataResult {
  switch (kind) {
    case 'dataset':
      return { kind: 'dataset', issues: [issue] };
    case 'csv-header':
      return { kind: 'csv-header', issues: [issue] };
    case 'csv':
      return { kind: 'csv', imported: 0, rejected: 0, rejectedCsv: '', issues: [issue] };
  }
}
