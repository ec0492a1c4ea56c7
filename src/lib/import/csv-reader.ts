/**
 * A strict RFC 4180 reader with locations. Every cell stays a string, exactly as written. What RFC 4180 does
 * not allow is an error located at the character that breaks it — an unterminated quote at its opening quote,
 * a stray quote, text after a closing quote, a carriage return alone, a row with the wrong number of cells —
 * and the reader then goes on with the next line, so one bad cell never hides the rest of the file. Rows with
 * an error are set apart as malformed. Mixed line endings are a warning unless the caller accepts them
 * explicitly; a BOM is accepted. The header's names are checked in `csv-header.ts`, the choice of delimiter
 * in `csv-delimiter.ts`.
 */
import { checkDelimiter } from './csv-delimiter.ts';
import { checkHeader } from './csv-header.ts';
import type { CsvCell, CsvResult, CsvRow, Delimiter } from './csv-table.ts';
import { importIssue, type ImportIssue, type Severity } from './import-issue.ts';
import { positionFinder } from '../model/text-position.ts';

export interface CsvOptions {
  /** The delimiter the caller chose; the reader reports, but never switches to, a better-looking one. */
  readonly delimiter: Delimiter;
  /** The file's name, shown in issues; `import.csv` when not given. */
  readonly file?: string;
  /** What to make of a file whose rows end some with \r\n and some with \n; a warning by default. */
  readonly mixedLineEndings?: Severity | 'accept';
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Reads CSV text into a table of string cells, reporting every deviation from RFC 4180 with its place. */
export function readCsv(source: string, options: CsvOptions): CsvResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const file = options.file ?? 'import.csv';
  const delimiter = options.delimiter.charCodeAt(0);
  const at = positionFinder(text);
  const issues: ImportIssue[] = [];
  const records: { row: CsvRow; broken: boolean }[] = [];
  let firstEnding: string | undefined;
  let mixedReported = false;
  let i = 0;

  const report = (code: ImportIssue['code'], message: string, offset: number, row: number, cell?: number) =>
    issues.push(importIssue({ code, message, file, position: at(offset), row, ...(cell ? { cell } : {}) }));

  /** Offset of the end of the line that `offset` is on (its \r or \n, or the end of the text). */
  const endOfLine = (offset: number) => {
    let k = offset;
    while (k < text.length && text.charCodeAt(k) !== LF && text.charCodeAt(k) !== CR) k += 1;
    return k;
  };
  /** Offset of the next delimiter or line end from `offset`, ignoring quotes. */
  const endOfCell = (offset: number) => {
    let k = offset;
    for (; k < text.length; k += 1) {
      const c = text.charCodeAt(k);
      if (c === delimiter || c === LF || c === CR) break;
    }
    return k;
  };

  while (i < text.length) {
    const row = records.length + 1;
    const rowStart = i;
    const cells: CsvCell[] = [];
    let broken = false;
    for (;;) {
      const cellStart = i;
      const cellNumber = cells.length + 1;
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        let close = -1;
        for (let k = text.indexOf('"', i + 1); k !== -1; k = text.indexOf('"', k + 2)) {
          if (text.charCodeAt(k + 1) !== QUOTE) {
            close = k;
            break;
          }
        }
        const after = close === -1 ? -1 : text.charCodeAt(close + 1);
        const closedWell =
          close !== -1 && (close + 1 === text.length || after === delimiter || after === LF || after === CR);
        // A quote that only "closes" lines later, with text right after it, is almost always a missing closing
        // quote that has swallowed the rows between: report it where it opened and go on from the next line.
        const spansLines = close !== -1 && /[\r\n]/.test(text.slice(i, close));
        if (close === -1 || (!closedWell && spansLines)) {
          report(
            'csv-unterminated-quote',
            `the quoted cell opened at row ${row}, column ${cellNumber} is not closed`,
            cellStart,
            row,
            cellNumber,
          );
          broken = true;
          i = endOfLine(cellStart);
          value = text.slice(cellStart, i);
        } else {
          value = text.slice(i + 1, close).replace(/""/g, '"');
          i = close + 1;
          if (!closedWell) {
            report(
              'csv-text-after-quote',
              `"${text[i] ?? ''}" follows the closing quote of row ${row}, column ${cellNumber}`,
              i,
              row,
              cellNumber,
            );
            broken = true;
            i = endOfCell(i);
          }
        }
      } else {
        i = endOfCell(cellStart);
        value = text.slice(cellStart, i);
        const stray = value.indexOf('"');
        if (stray !== -1) {
          report(
            'csv-quote-in-unquoted-cell',
            `a " inside the unquoted cell at row ${row}, column ${cellNumber}`,
            cellStart + stray,
            row,
            cellNumber,
          );
          broken = true;
        }
      }
      cells.push({ text: value, position: at(cellStart) });
      if (text.charCodeAt(i) === delimiter) {
        i += 1;
        continue;
      }
      break;
    }

    const rowEnd = i;
    let ending = '';
    if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) ending = '\r\n';
    else if (text.charCodeAt(i) === LF) ending = '\n';
    else if (text.charCodeAt(i) === CR) {
      report('csv-bare-carriage-return', `a carriage return alone ends row ${row}`, i, row);
      broken = true;
      ending = '\r';
    }
    if (ending === '\r\n' || ending === '\n') {
      firstEnding ??= ending;
      if (ending !== firstEnding && !mixedReported && options.mixedLineEndings !== 'accept') {
        mixedReported = true;
        const name = (e: string) => (e === '\r\n' ? '\\r\\n' : '\\n');
        issues.push(
          importIssue({
            code: 'csv-mixed-line-endings',
            message: `row ${row} ends with ${name(ending)} but the rows before it with ${name(firstEnding)}`,
            file,
            severity: options.mixedLineEndings ?? 'warning',
            position: at(i),
            row,
          }),
        );
      }
    }
    i += ending.length;
    records.push({
      row: { row, cells, position: at(rowStart), raw: text.slice(rowStart, rowEnd) },
      broken,
    });
  }

  const [first, ...rest] = records;
  if (!first) {
    issues.push(importIssue({ code: 'csv-empty', message: 'the file is empty', file }));
    return { issues };
  }
  const header = first.row;
  issues.push(...checkDelimiter(header, options.delimiter, file), ...checkHeader(header, file));
  const rows: CsvRow[] = [];
  const malformed: CsvRow[] = [];
  for (const { row, broken } of rest) {
    if (!broken && row.cells.length !== header.cells.length) {
      const extra = row.cells[header.cells.length];
      report(
        'csv-row-length',
        `row ${row.row} has ${row.cells.length} cells; the header has ${header.cells.length}`,
        (extra ?? row).position.offset,
        row.row,
      );
      malformed.push(row);
    } else if (broken) {
      malformed.push(row);
    } else {
      rows.push(row);
    }
  }
  issues.sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  return { table: { header, rows, malformed }, issues };
}
