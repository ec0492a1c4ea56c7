/**
 * The rows an import left out, as CSV to download, fix and import again: the header and each rejected row
 * exactly as they are in the file — not re-quoted, re-defused or otherwise rewritten, so that the file
 * says what the author wrote and the issues' columns still match. Rows end with \r\n, as RFC 4180 says.
 */
import type { CsvRow } from './csv-table.ts';
import type { ImportIssue } from './import-issue.ts';

export interface RejectedRow {
  /** The row as read. */
  readonly row: CsvRow;
  /** Why it was left out. */
  readonly issues: readonly ImportIssue[];
}

/** The header and the rejected rows as CSV text; empty when nothing was rejected. */
export function rejectedCsv(header: CsvRow, rejected: readonly RejectedRow[]): string {
  if (rejected.length === 0) return '';
  return [header.raw, ...rejected.map((r) => r.row.raw)].join('\r\n') + '\r\n';
}
