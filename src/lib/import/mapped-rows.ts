/**
 * Rows read through a mapping: for each mapped field, the cell's text as the author wrote it — the
 * apostrophe the CSV export adds against formula injection taken off again — and where the cell is.
 */
import type { Position } from '../model/text-position.ts';
import { IMPORT_FIELD_NAMES, type ImportField, type MappedColumn } from './acled-mapping.ts';
import type { CsvRow } from './csv-table.ts';
import { undefuseFormula } from './undefuse.ts';

export interface MappedCell extends MappedColumn {
  /** The cell's text, un-defused. */
  readonly text: string;
  /** Where the cell starts in the file. */
  readonly position: Position;
}

export interface MappedRow {
  /** The CSV row it comes from. */
  readonly row: CsvRow;
  /** The mapped cells, by field. */
  readonly values: { readonly [F in ImportField]?: MappedCell };
}

/** Reads each row's mapped cells. Rows must have the header's length, as `readCsv` guarantees for its rows. */
export function readMappedRows(rows: readonly CsvRow[], columns: ReadonlyMap<ImportField, MappedColumn>): MappedRow[] {
  return rows.map((row) => {
    const values: { [F in ImportField]?: MappedCell } = {};
    for (const [field, column] of columns) {
      const cell = row.cells[column.cell - 1];
      if (cell) values[field] = { ...column, text: undefuseFormula(cell.text), position: cell.position };
    }
    return { row, values };
  });
}

/** The mapped cells' texts by field, as plain strings. */
export function mappedTexts(row: MappedRow): { [F in ImportField]?: string } {
  const texts: { [F in ImportField]?: string } = {};
  for (const field of IMPORT_FIELD_NAMES) {
    const cell = row.values[field];
    if (cell) texts[field] = cell.text;
  }
  return texts;
}
