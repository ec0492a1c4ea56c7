/**
 * The caller chooses the delimiter; the reader never switches on its own. But a file written with `;`
 * (as spreadsheets in many locales do) read with `,` comes out as one column per row, which would look like
 * a mapping problem. So the header is checked: when another delimiter would split it into more columns than
 * the chosen one, that is reported, naming the delimiter to choose — an error when the chosen one found a
 * single column, a warning otherwise.
 */
import type { CsvRow, Delimiter } from './csv-table.ts';
import { importIssue, type ImportIssue } from './import-issue.ts';

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

const shown = (d: Delimiter) => (d === '\t' ? 'tab' : `"${d}"`);

/** How often each delimiter occurs in the header's text outside quoted cells. */
function countOutsideQuotes(raw: string): Map<Delimiter, number> {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of raw) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return counts;
}

/** Reports a header that another delimiter would split better than the chosen one. */
export function checkDelimiter(header: CsvRow, chosen: Delimiter, file: string): ImportIssue[] {
  const counts = countOutsideQuotes(header.raw);
  const mine = counts.get(chosen) ?? 0;
  let best: Delimiter = chosen;
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  if (best === chosen) return [];
  return [
    importIssue({
      code: 'csv-delimiter-mismatch',
      message: `the file was read with ${shown(chosen)} but its header holds ${counts.get(best) ?? 0} ${shown(best)} and ${mine} ${shown(chosen)}; choose ${shown(best)} as the delimiter`,
      file,
      severity: header.cells.length === 1 ? 'error' : 'warning',
      position: header.position,
      row: header.row,
    }),
  ];
}
