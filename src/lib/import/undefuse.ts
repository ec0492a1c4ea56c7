/**
 * The inverse of the CSV export's formula defusing. The export prefixes an apostrophe to a cell any of whose
 * lines begins, after white space, with = + - @ (or a full-width form), a tab or a carriage return, and to a
 * cell that already begins with an apostrophe (`defuseFormula` in `model/csv.ts`). So every exported cell
 * that begins with an apostrophe had one added, and exactly one comes off.
 */

/** A cell as the author wrote it, before the export defused it. */
export function undefuseFormula(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}
