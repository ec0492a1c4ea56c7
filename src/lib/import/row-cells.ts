/**
 * One mapped row's cells, read for a draft: each read says what the field needs (present, a number, a list
 * of known actors, JSON) and reports a cell that does not hold it, located at its row and column. A field
 * with no column mapped reads as absent and is never an error here; whether it had to be mapped is
 * `resolveMapping`'s concern.
 */
import type { ImportField } from './acled-mapping.ts';
import { decimalNumber, listItems, wholeNumber, type CellValue } from './cell-values.ts';
import { importIssue, type ImportIssue } from './import-issue.ts';
import { jsonCell, type Json } from './json-cell.ts';
import type { MappedCell, MappedRow } from './mapped-rows.ts';
import type { Finder } from './reference-lookup.ts';

/** Reads a row's cells and collects what is wrong with them. */
export class RowCells {
  /** Every problem found so far, in the order of the reads. */
  readonly issues: ImportIssue[] = [];
  /** The event id as written, which every issue names when it is not empty. */
  readonly id: string;

  constructor(
    readonly mapped: MappedRow,
    readonly file: string,
  ) {
    this.id = mapped.values.id?.text ?? '';
  }

  /** True when a column is mapped to the field. */
  has(field: ImportField): boolean {
    return this.mapped.values[field] !== undefined;
  }

  /** Reports a problem at the cell of a field. */
  report(cell: MappedCell, field: ImportField, code: ImportIssue['code'], message: string): void {
    this.issues.push(
      importIssue({
        code,
        message,
        file: this.file,
        position: cell.position,
        row: this.mapped.row.row,
        cell: cell.cell,
        header: cell.header,
        field,
        ...(this.id === '' ? {} : { record: this.id }),
      }),
    );
  }

  /** A required cell's text, or undefined (reported when the cell is there but empty). */
  required(field: ImportField): string | undefined {
    const cell = this.mapped.values[field];
    if (cell && cell.text === '') this.report(cell, field, 'import-cell-empty', `the ${field} cell is empty`);
    return cell && cell.text !== '' ? cell.text : undefined;
  }

  /** An optional cell's text; an empty cell is absent. */
  optional(field: ImportField): string | undefined {
    const text = this.mapped.values[field]?.text;
    return text === '' ? undefined : text;
  }

  /** A whole number, such as an offset (required unless said otherwise) or a count. */
  whole(field: ImportField, { required = true } = {}): number | undefined {
    return this.parsed(field, required ? this.required(field) : this.optional(field), wholeNumber);
  }

  /** An optional decimal number, such as a coordinate. */
  decimal(field: ImportField): number | undefined {
    return this.parsed(field, this.optional(field), decimalNumber);
  }

  /** The items of a `;`-separated list; an unmapped or empty cell is an empty list. */
  list(field: ImportField): string[] {
    return this.parsed(field, this.mapped.values[field]?.text, listItems) ?? [];
  }

  /** The ids of the records a `;`-separated list of ids or English names names, each token looked up. */
  find(field: ImportField, finder: Finder, kind: 'actor' | 'place'): string[] {
    const cell = this.mapped.values[field];
    const ids: string[] = [];
    for (const token of this.list(field)) {
      const found = finder(token);
      if (found.found) ids.push(found.id);
      else if (!cell) continue;
      else if (found.ambiguous.length > 0)
        this.report(cell, field, `import-${kind}-ambiguous`, `"${token}" names ${found.ambiguous.join(' and ')}`);
      else this.report(cell, field, `import-${kind}-unknown`, `no ${kind} has the id or English name "${token}"`);
    }
    return ids;
  }

  /** The JSON value a cell holds; an empty cell is absent, or an error when `required`. */
  json(field: ImportField, { required = false } = {}): Json | undefined {
    return this.parsed(field, required ? this.required(field) : this.optional(field), jsonCell);
  }

  /** A cell's text read as a value, or undefined (reported) when it does not hold one. */
  private parsed<T>(field: ImportField, text: string | undefined, read: (text: string) => CellValue<T>): T | undefined {
    const cell = this.mapped.values[field];
    if (text === undefined || !cell) return undefined;
    const result = read(text);
    if (result.ok) return result.value;
    this.report(cell, field, result.code, result.message);
    return undefined;
  }
}
