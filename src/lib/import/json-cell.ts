/**
 * A cell that holds JSON, as Chronograph's CSV export writes the parts of an event a flat column cannot hold
 * (its actors with their roles, its evidence, its relations …). The cell is read with the project's strict,
 * located JSON parser, so duplicate member names, prototype keys and anything RFC 8259 does not allow are
 * errors at the cell, with the line and column inside it; what the value means is left to the validator.
 */
import { parseJson } from '../model/json-text.ts';
import type { CellValue } from './cell-values.ts';

/** A JSON value, the form a draft takes until the validator has checked it. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** The parser's output as a `Json` value; it only ever builds these shapes, so nothing is dropped. */
function asJson(value: unknown): Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number')
    return value;
  if (Array.isArray(value)) return value.map((item: unknown) => asJson(item));
  if (typeof value === 'object') {
    // fromEntries defines own properties, so no key can reach a prototype (the parser refuses such keys anyway).
    return Object.fromEntries(Object.entries(value).map(([key, item]: [string, unknown]) => [key, asJson(item)]));
  }
  throw new Error(`the JSON parser returned a ${typeof value}`);
}

/** The JSON value a cell holds, or why it holds none. A byte-order mark is refused: it belongs to files. */
export function jsonCell(text: string): CellValue<Json> {
  const failed = (where: string, why: string): CellValue<Json> => ({
    ok: false,
    code: 'import-cell-json',
    message: `the cell is not strict JSON ${where}: ${why}`,
  });
  if (text.startsWith('\uFEFF')) return failed('at line 1, column 1', 'a byte-order mark starts it');
  const parsed = parseJson(text);
  const [problem] = parsed.problems;
  if (problem) {
    const where = problem.position ? `at line ${problem.position.line}, column ${problem.position.column}` : '';
    return failed(where, problem.message);
  }
  return { ok: true, value: asJson(parsed.value) };
}
