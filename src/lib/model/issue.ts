/**
 * A problem found in a dataset, located precisely enough to fix: the file, the record, the JSON pointer of
 * the field and, where the text is known, the line and column.
 */
import { CODES, type Code } from './codes.ts';

export interface Issue {
  /** Stable machine-readable code, e.g. `reference-dangling`; see `codes.ts`. */
  readonly code: Code;
  /** What is wrong, naming the value. */
  readonly message: string;
  /** The file (or document name) the problem is in. */
  readonly file: string;
  /** The id of the record concerned, when there is one. */
  readonly record?: string;
  /** RFC 6901 pointer to the field within the file's JSON, e.g. `/12/evidence/0/quote`. */
  readonly pointer: string;
  /** 1-based line of the field in the file, when known. */
  readonly line?: number;
  /** 1-based column of the field in the file, when known. */
  readonly column?: number;
}

/** Escapes one JSON-pointer segment (RFC 6901). */
export function pointerSegment(segment: string | number): string {
  if (typeof segment === 'number') return String(segment);
  // Pointers are built for every value read, and almost no member name needs escaping.
  return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}

/** Joins segments into a JSON pointer. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${pointerSegment(s)}`).join('');
}

/** One line per issue: `file:line:column  code  record  pointer  message — hint`. */
export function formatIssue(issue: Issue): string {
  const place = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  const record = issue.record === undefined ? '' : ` [${issue.record}]`;
  const at = issue.pointer === '' ? '' : ` at ${issue.pointer}`;
  return `${place}: ${issue.code}${record}${at}: ${issue.message} (${CODES[issue.code].hint})`;
}
