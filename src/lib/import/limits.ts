/**
 * Limits an import checks before it parses anything, so that a hostile or mistaken file costs a quick scan,
 * not a parse that exhausts memory or a render that freezes the page. Callers run `checkFileSize` on a file's
 * size before reading it, then `checkLimits` on its bytes: it decodes them as UTF-8 (a BOM accepted, any
 * other encoding refused with the byte offset of the first bad byte, by the same decoder the JSON reader
 * uses) and makes one pass over the text that tracks quoting only — nesting depth and string lengths for
 * JSON, row count and cell lengths for CSV. For JSON the same pass counts the member names (the colons
 * outside strings), which the JSON reader would otherwise count in a pass of its own (`parseJson`).
 */
import { decodeUtf8, MAX_DEPTH } from '../model/json-text.ts';
import type { Delimiter } from './csv-table.ts';
import { importIssue, type ImportIssue } from './import-issue.ts';
import { positionFinder, type Position } from '../model/text-position.ts';

export interface ImportLimits {
  /** Largest file, in bytes. */
  readonly maxBytes: number;
  /** Deepest JSON nesting; the JSON reader never goes past MAX_DEPTH whatever this says. */
  readonly maxDepth: number;
  /** Longest JSON string or CSV cell, in UTF-16 code units as written (escapes and quotes counted). */
  readonly maxStringLength: number;
  /** Most CSV data rows (the header not counted). */
  readonly maxRows: number;
}

/**
 * 128 MiB is the CLI's limit too: 100,000 events with their quotes take about 75 MB as JSON, and a file
 * twice that is still read in seconds. The bundled data nests five levels; its longest text is under 2,000
 * characters, so 100,000 leaves room for any real cell; 200,000 rows is far past what the timeline can show.
 */
export const DEFAULT_LIMITS: ImportLimits = {
  maxBytes: 128 * 1024 * 1024,
  maxDepth: MAX_DEPTH,
  maxStringLength: 100_000,
  maxRows: 200_000,
};

/** What the file is expected to be. */
export type ImportFormat = { readonly kind: 'json' } | { readonly kind: 'csv'; readonly delimiter: Delimiter };

export interface LimitOptions {
  /** The file's name, shown in issues. */
  readonly file: string;
  /** Limits to use instead of the defaults. */
  readonly limits?: Partial<ImportLimits>;
}

export type LimitResult =
  | {
      readonly ok: true;
      readonly text: string;
      /** For JSON: the member names the text holds, as `parseJson` counts them. */
      readonly memberNames?: number;
    }
  | { readonly ok: false; readonly issues: ImportIssue[] };

/** Checks a file's size in bytes, before it is read. */
export function checkFileSize(size: number, options: LimitOptions): ImportIssue[] {
  const { maxBytes } = { ...DEFAULT_LIMITS, ...options.limits };
  if (size <= maxBytes) return [];
  return [
    importIssue({
      code: 'file-too-large',
      message: `${size} bytes is over the limit of ${maxBytes}`,
      file: options.file,
    }),
  ];
}

/** Checks size, encoding and shape limits, and returns the decoded text only when all hold. */
export function checkLimits(bytes: Uint8Array, format: ImportFormat, options: LimitOptions): LimitResult {
  const tooLarge = checkFileSize(bytes.length, options);
  if (tooLarge.length > 0) return { ok: false, issues: tooLarge };
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) {
    return {
      ok: false,
      issues: [importIssue({ code: decoded.problem.code, message: decoded.problem.message, file: options.file })],
    };
  }
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (format.kind === 'csv') {
    const issues = scanCsv(decoded.text, format.delimiter, limits, options.file);
    return issues.length > 0 ? { ok: false, issues } : { ok: true, text: decoded.text };
  }
  const { issues, memberNames } = scanJson(decoded.text, limits, options.file);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, text: decoded.text, memberNames };
}

/**
 * What a scan of JSON bytes found (`cutsAfter`): the member names (colons outside strings), the deepest
 * nesting, and the longest string in bytes, its quotes and escapes counted. A string never has more UTF-16
 * code units than bytes (a code unit takes one to three bytes, a pair of them four), so a string within the
 * limit in bytes is within it as text.
 */
export interface ScannedJson {
  readonly memberNames: number;
  readonly depth: number;
  readonly longestBytes: number;
}

/**
 * `checkLimits` for JSON bytes whose structure a scan of the bytes has already counted: when the scan shows
 * them within the depth and string limits, they are only decoded, and the member names are the scan's; any
 * other bytes, or bytes that do not decode, are checked by `checkLimits`, which says what is wrong and where.
 */
export function checkScannedLimits(bytes: Uint8Array, scanned: ScannedJson, options: LimitOptions): LimitResult {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const within =
    bytes.length <= limits.maxBytes &&
    scanned.depth <= limits.maxDepth &&
    scanned.longestBytes <= limits.maxStringLength;
  const decoded = within ? decodeUtf8(bytes) : undefined;
  if (!decoded || 'problem' in decoded) return checkLimits(bytes, { kind: 'json' }, options);
  return { ok: true, text: decoded.text, memberNames: scanned.memberNames };
}

/**
 * One pass over JSON text: the first place nesting goes too deep, the first string that is too long, and the
 * member names (colons outside strings).
 */
function scanJson(text: string, limits: ImportLimits, file: string): { issues: ImportIssue[]; memberNames: number } {
  const at = lazyPositions(text);
  const issues: ImportIssue[] = [];
  let memberNames = 0;
  let depth = 0;
  let stringStart = -1;
  let deepReported = false;
  let longReported = false;
  const stringEnds = (end: number) => {
    if (!longReported && end - stringStart + 1 > limits.maxStringLength) {
      longReported = true;
      issues.push(
        importIssue({
          code: 'import-string-too-long',
          message: `a string of ${end - stringStart + 1} characters; the limit is ${limits.maxStringLength}`,
          file,
          position: at(stringStart),
        }),
      );
    }
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string is skipped whole: `indexOf` finds its closing quote far faster than a loop over its
      // characters, and a quote after an odd run of backslashes is escaped.
      stringStart = i;
      let close = text.indexOf('"', i + 1);
      while (close !== -1 && escaped(text, close)) close = text.indexOf('"', close + 1);
      if (close === -1) break;
      stringEnds(close);
      stringStart = -1;
      i = close;
    } else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > limits.maxDepth && !deepReported) {
        deepReported = true;
        issues.push(
          importIssue({
            code: 'json-too-deep',
            message: `nesting deeper than ${limits.maxDepth} levels`,
            file,
            position: at(i),
          }),
        );
      }
    } else if (c === 93 || c === 125) {
      depth -= 1;
    } else if (c === 58) {
      memberNames += 1;
    }
  }
  if (stringStart !== -1) stringEnds(text.length - 1);
  return { issues, memberNames };
}

/**
 * Positions in `text`, indexed only when one is first asked for: indexing scans the whole text, and a file
 * within its limits never asks.
 */
function lazyPositions(text: string): (offset: number) => Position {
  let find: ((offset: number) => Position) | undefined;
  return (offset) => (find ??= positionFinder(text))(offset);
}

/** True when the character at `at` follows an odd run of backslashes. */
function escaped(text: string, at: number): boolean {
  let slash = at - 1;
  while (slash >= 0 && text.charCodeAt(slash) === 92) slash -= 1;
  return (at - 1 - slash) % 2 === 1;
}

/** One pass over CSV text: the first row past the limit and the first cell that is too long. */
function scanCsv(text: string, delimiter: Delimiter, limits: ImportLimits, file: string): ImportIssue[] {
  const at = lazyPositions(text);
  const issues: ImportIssue[] = [];
  const d = delimiter.charCodeAt(0);
  let quoted = false;
  let cellStart = 0;
  let rows = 0;
  let longReported = false;
  const cellEnds = (end: number) => {
    if (!longReported && end - cellStart > limits.maxStringLength) {
      longReported = true;
      issues.push(
        importIssue({
          code: 'import-string-too-long',
          message: `a cell of ${end - cellStart} characters; the limit is ${limits.maxStringLength}`,
          file,
          position: at(cellStart),
          row: rows + 1,
        }),
      );
    }
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === d) {
      cellEnds(i);
      cellStart = i + 1;
    } else if (!quoted && c === 10) {
      cellEnds(text.charCodeAt(i - 1) === 13 ? i - 1 : i);
      cellStart = i + 1;
      rows += 1;
      // Row 1 is the header, so data row n is text row n + 1.
      if (rows === limits.maxRows + 1 && i + 1 < text.length) {
        issues.push(
          importIssue({
            code: 'import-too-many-rows',
            message: `more than ${limits.maxRows} rows`,
            file,
            position: at(i + 1),
            row: rows + 1,
          }),
        );
        break;
      }
    }
  }
  cellEnds(text.length);
  return issues;
}
