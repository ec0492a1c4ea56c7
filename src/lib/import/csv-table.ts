/**
 * The shape of a CSV file once read: a header and rows of cells, every cell a string exactly as written
 * (no number or date guessing, so `007` stays `007`), each with its place in the table and in the text.
 */
import type { Position } from '../model/text-position.ts';
import type { ImportIssue } from './import-issue.ts';

/** The delimiters a file may use; the reader never guesses which one, the caller chooses. */
export type Delimiter = ',' | ';' | '\t';

export interface CsvCell {
  /** The cell's value: quotes removed and doubled quotes undoubled, nothing else changed. */
  readonly text: string;
  /** Where the cell starts in the text (its opening quote, for a quoted cell). */
  readonly position: Position;
}

export interface CsvRow {
  /** 1-based row number as a spreadsheet shows it: the header is row 1, the first data row row 2. */
  readonly row: number;
  readonly cells: readonly CsvCell[];
  /** Where the row starts in the text. */
  readonly position: Position;
  /** The row's text as it is in the file, without its line ending, to hand back rejected rows unchanged. */
  readonly raw: string;
}

export interface CsvTable {
  /** The header row; its cells name the columns. */
  readonly header: CsvRow;
  /** The data rows that could be read, in file order; a malformed row is left out and reported. */
  readonly rows: readonly CsvRow[];
  /** The malformed rows, as they are in the file, so that they can be handed back with their issues. */
  readonly malformed: readonly CsvRow[];
}

export interface CsvResult {
  /** The table, absent only when the file has no header row at all. */
  readonly table?: CsvTable;
  /** Every problem found, errors and warnings, in file order. */
  readonly issues: readonly ImportIssue[];
}
