/**
 * Reading typed values out of cells, strictly: numbers in plain ASCII decimal notation only (no `1,5`, no
 * `1e3`, no thousands separators, no spaces), lists separated by `;`. A cell that does not hold what its
 * field needs is an error located at the cell, never a guess.
 */
import type { Code } from '../model/codes.ts';

export type CellValue<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: Code; readonly message: string };

const WHOLE = /^\d+$/;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** A whole number of zero or more, such as an offset or a count. */
export function wholeNumber(text: string): CellValue<number> {
  return WHOLE.test(text) && Number.isSafeInteger(Number(text))
    ? { ok: true, value: Number(text) }
    : { ok: false, code: 'import-number-syntax', message: `"${text}" is not a whole number` };
}

/** A decimal number, such as a coordinate. */
export function decimalNumber(text: string): CellValue<number> {
  return DECIMAL.test(text)
    ? { ok: true, value: Number(text) }
    : { ok: false, code: 'import-number-syntax', message: `"${text}" is not a decimal number` };
}

/** The items of a `;`-separated list, trimmed; an empty cell is an empty list, an empty item an error. */
export function listItems(text: string): CellValue<string[]> {
  if (text.trim() === '') return { ok: true, value: [] };
  const items = text.split(';').map((item) => item.trim());
  return items.includes('')
    ? { ok: false, code: 'import-cell-empty', message: `an empty item in the list "${text}"` }
    : { ok: true, value: items };
}
