/**
 * The header row names the columns a mapping refers to, so a name must be there, be unique and be safe to
 * use as a key. A bad name is reported, never renamed: papaparse's habit of turning a second `id` into
 * `id_1` would make a mapping silently read the wrong column.
 */
import type { CsvRow } from './csv-table.ts';
import { importIssue, type ImportIssue } from './import-issue.ts';

/** Names that would reach an object's prototype if a consumer used them as keys naively. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Checks the header's names: none empty, none repeated, none prototype-polluting. */
export function checkHeader(header: CsvRow, file: string): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const seen = new Map<string, number>();
  header.cells.forEach(({ text, position }, index) => {
    const cell = index + 1;
    const name = text.trim();
    const where = { file, position, row: header.row, cell };
    if (name === '') {
      issues.push(importIssue({ ...where, code: 'csv-header-empty', message: `column ${cell} has no name` }));
      return;
    }
    if (FORBIDDEN.has(name)) {
      issues.push(
        importIssue({ ...where, code: 'csv-header-forbidden', message: `column ${cell} is named "${name}"` }),
      );
      return;
    }
    const first = seen.get(name);
    if (first !== undefined) {
      issues.push(
        importIssue({
          ...where,
          header: text,
          code: 'csv-header-duplicate',
          message: `column ${cell} is named "${name}" like column ${first}`,
        }),
      );
      return;
    }
    seen.set(name, cell);
  });
  return issues;
}
