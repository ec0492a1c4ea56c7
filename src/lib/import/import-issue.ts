/**
 * A problem found while importing a file. It is an `Issue` like the validator's (file, record, pointer,
 * line:column, stable code), plus where it sits in the table a spreadsheet shows: the row, the column and its
 * header name, and the Chronograph field the column was mapped to. A warning is listed but does not stop an
 * import; an error does.
 */
import { CODES, type Code } from '../model/codes.ts';
import type { Issue } from '../model/issue.ts';
import type { Position } from '../model/text-position.ts';

export type Severity = 'error' | 'warning';

export interface ImportIssue extends Issue {
  /** An error stops the import (or rejects its row); a warning is shown and the import goes on. */
  readonly severity: Severity;
  /** 1-based row of a CSV file as a spreadsheet numbers it: the header is row 1. */
  readonly row?: number;
  /** 1-based column of a CSV file as a spreadsheet numbers it (A is 1). */
  readonly cell?: number;
  /** The header name of that column. */
  readonly header?: string;
  /** The Chronograph field the column is mapped to, e.g. `date` or `summaryEn`. */
  readonly field?: string;
}

/** Everything needed to build an import issue; the position is the place in the text, when known. */
export interface IssueDraft {
  readonly code: Code;
  readonly message: string;
  readonly file: string;
  readonly severity?: Severity;
  readonly position?: Position;
  readonly pointer?: string;
  readonly record?: string;
  readonly row?: number;
  readonly cell?: number;
  readonly header?: string;
  readonly field?: string;
}

/** Builds an import issue, an error unless said otherwise, leaving out what is not known. */
export function importIssue(draft: IssueDraft): ImportIssue {
  const { position, record, row, cell, header, field } = draft;
  return {
    code: draft.code,
    message: draft.message,
    file: draft.file,
    severity: draft.severity ?? 'error',
    pointer: draft.pointer ?? '',
    ...(record === undefined ? {} : { record }),
    ...(position === undefined ? {} : { line: position.line, column: position.column }),
    ...(row === undefined ? {} : { row }),
    ...(cell === undefined ? {} : { cell }),
    ...(header === undefined ? {} : { header }),
    ...(field === undefined ? {} : { field }),
  };
}

/** True when the issue stops an import. */
export function isError(issue: ImportIssue): boolean {
  return issue.severity === 'error';
}

/**
 * One line per issue, for people: `file:line:column (row 3, column B "date") code [record] field: message (hint)`.
 */
export function formatImportIssue(issue: ImportIssue): string {
  const place = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  const cell =
    issue.row === undefined
      ? ''
      : ` (row ${issue.row}${issue.cell === undefined ? '' : `, column ${issue.cell}`}${
          issue.header === undefined ? '' : ` "${issue.header}"`
        })`;
  const level = issue.severity === 'warning' ? 'warning ' : '';
  const record = issue.record === undefined ? '' : ` [${issue.record}]`;
  const field = issue.field === undefined ? '' : ` ${issue.field}`;
  return `${place}${cell}: ${level}${issue.code}${record}${field}: ${issue.message} (${CODES[issue.code].hint})`;
}
