import { describe, expect, it } from 'vitest';
import type { Code } from '../src/lib/model/codes.ts';
import { readCsv } from '../src/lib/import/csv-reader.ts';
import type { Delimiter } from '../src/lib/import/csv-table.ts';

const texts = (text: string, delimiter: Delimiter = ',') =>
  readCsv(text, { delimiter }).table?.rows.map((r) => r.cells.map((c) => c.text));

describe('readCsv(text, options) reads RFC 4180', () => {
  it.each([
    ['plain cells', 'a,b\r\n1,2\r\n', [['1', '2']]],
    ['a last row without a line ending', 'a,b\n1,2', [['1', '2']]],
    ['quoted delimiters, quotes and line breaks', 'a,b\n"x,y","say ""no""\nnow"\n', [['x,y', 'say "no"\nnow']]],
    ['leading zeros and numbers as strings', 'id,n\n007,1e3\n', [['007', '1e3']]],
    ['empty cells', 'a,b,c\n,,\n', [['', '', '']]],
    ['a carriage return inside a quoted cell', 'a\n"x\ry"\n', [['x\ry']]],
    ['bidi controls and markup untouched', 'a\n<script>\u202E</script>\n', [['<script>\u202E</script>']]],
  ])('%s', (_name, text, rows) => {
    const result = readCsv(text, { delimiter: ',' });
    expect(result.issues).toEqual([]);
    expect(result.table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual(rows);
  });

  it('reads ; and tab delimited files when that delimiter is chosen', () => {
    expect(texts('a;b\n1,5;2\n', ';')).toEqual([['1,5', '2']]);
    expect(texts('a\tb\n1\t2\n', '\t')).toEqual([['1', '2']]);
  });

  it('accepts a BOM and locates cells after it', () => {
    const result = readCsv('\uFEFFid,name\nx,y\n', { delimiter: ',' });
    expect(result.issues).toEqual([]);
    expect(result.table?.header.cells.map((c) => c.text)).toEqual(['id', 'name']);
    expect(result.table?.rows[0]?.cells[1]?.position).toEqual({ line: 2, column: 3, offset: 10 });
  });

  it('numbers rows as a spreadsheet does and keeps each row as written', () => {
    const row = readCsv('a,b\n1,2\n"3",4\n', { delimiter: ',' }).table?.rows[1];
    expect(row?.row).toBe(3);
    expect(row?.raw).toBe('"3",4');
  });
});

/** Broken files, one fault each: the code, its severity, and the row, column, line and column it is at. */
const broken: [string, string, Code, 'error' | 'warning', number | undefined, number | undefined, number, number][] = [
  [
    'an unterminated quote is reported at its opening quote',
    'a,b\n1,"two\n3,4\n',
    'csv-unterminated-quote',
    'error',
    2,
    2,
    2,
    3,
  ],
  ['a quote inside an unquoted cell', 'a,b\n1,tw"o\n', 'csv-quote-in-unquoted-cell', 'error', 2, 2, 2, 5],
  ['text after a closing quote', 'a,b\n"one"x,2\n', 'csv-text-after-quote', 'error', 2, 1, 2, 6],
  ['a carriage return alone', 'a,b\n1,2\r3,4\n', 'csv-bare-carriage-return', 'error', 2, undefined, 2, 4],
  ['a row with too many cells', 'a,b\n1,2,3\n', 'csv-row-length', 'error', 2, undefined, 2, 5],
  ['a row with too few cells', 'a,b\nx,y\n1\n', 'csv-row-length', 'error', 3, undefined, 3, 1],
  ['an empty line between rows', 'a,b\n1,2\n\n3,4\n', 'csv-row-length', 'error', 3, undefined, 3, 1],
  ['a duplicate header name', 'id,date,id\n', 'csv-header-duplicate', 'error', 1, 3, 1, 9],
  ['a header name repeated with spaces', 'id, id\n', 'csv-header-duplicate', 'error', 1, 2, 1, 4],
  ['an empty header name', 'id,,date\n', 'csv-header-empty', 'error', 1, 2, 1, 4],
  ['a __proto__ header name', 'id,__proto__\n', 'csv-header-forbidden', 'error', 1, 2, 1, 4],
  ['a constructor header name', 'constructor\n', 'csv-header-forbidden', 'error', 1, 1, 1, 1],
  ['mixed line endings', 'a,b\r\n1,2\n3,4\r\n', 'csv-mixed-line-endings', 'warning', 2, undefined, 2, 4],
];

describe('readCsv(text, options) reports what RFC 4180 does not allow', () => {
  it.each(broken)('%s', (_name, text, code, severity, row, cell, line, column) => {
    const issue = readCsv(text, { delimiter: ',', file: 'events.csv' }).issues.find((i) => i.code === code);
    expect(issue).toMatchObject({ code, severity, file: 'events.csv', line, column });
    expect(issue?.row).toBe(row);
    expect(issue?.cell).toBe(cell);
  });

  it('goes on after an unterminated quote instead of swallowing the rest of the file', () => {
    const result = readCsv('a,b\n1,"two\n3,4\n5,6"x\n', { delimiter: ',' });
    expect(result.issues.map((i) => [i.code, i.row])).toEqual([
      ['csv-unterminated-quote', 2],
      ['csv-quote-in-unquoted-cell', 4],
    ]);
    expect(result.table?.rows.map((r) => r.row)).toEqual([3]);
    expect(result.table?.malformed.map((r) => r.raw)).toEqual(['1,"two', '5,6"x']);
  });

  it('reports an empty file as having no header', () => {
    expect(readCsv('', { delimiter: ',' })).toEqual({
      issues: [expect.objectContaining({ code: 'csv-empty' })],
    });
  });

  it('accepts mixed line endings when the caller says so, and refuses them when asked to', () => {
    const text = 'a\r\n1\n';
    expect(readCsv(text, { delimiter: ',', mixedLineEndings: 'accept' }).issues).toEqual([]);
    expect(readCsv(text, { delimiter: ',', mixedLineEndings: 'error' }).issues[0]?.severity).toBe('error');
  });
});

describe('readCsv(text, options) never switches delimiter on its own', () => {
  it('reports a ;-delimited file read with "," as an error naming ";"', () => {
    const result = readCsv('id;date;type\n1;2017-05-31;strike\n', { delimiter: ',' });
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'csv-delimiter-mismatch', severity: 'error', row: 1, line: 1, column: 1 }),
    ]);
    expect(result.issues[0]?.message).toContain('choose ";"');
    expect(result.table?.header.cells.map((c) => c.text)).toEqual(['id;date;type']);
  });

  it('warns when another delimiter would split the header into more columns', () => {
    const [issue] = readCsv('a,b;c;d\n1,2\n', { delimiter: ',' }).issues;
    expect(issue).toMatchObject({ code: 'csv-delimiter-mismatch', severity: 'warning' });
  });

  it('does not count delimiters inside quoted header names', () => {
    expect(readCsv('"a;b;c",d\n1,2\n', { delimiter: ',' }).issues).toEqual([]);
  });
});
