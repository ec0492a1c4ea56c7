import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFileSize, checkLimits, DEFAULT_LIMITS, type ImportFormat } from '../src/lib/import/limits.ts';
import type { Code } from '../src/lib/model/codes.ts';
import { countMemberNames } from '../src/lib/model/json-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const json: ImportFormat = { kind: 'json' };
const csv: ImportFormat = { kind: 'csv', delimiter: ',' };

describe('checkFileSize(size, options)', () => {
  it('allows 128 MiB by default and refuses a byte more', () => {
    expect(DEFAULT_LIMITS.maxBytes).toBe(128 * 1024 * 1024);
    expect(checkFileSize(128 * 1024 * 1024, { file: 'a.json' })).toEqual([]);
    expect(checkFileSize(128 * 1024 * 1024 + 1, { file: 'a.json' })).toEqual([
      expect.objectContaining({ code: 'file-too-large', file: 'a.json', severity: 'error' }),
    ]);
  });
});

/** Files over a limit or not UTF-8: the code, the limits used, and where the problem is (line, column). */
const refused: [
  string,
  Uint8Array,
  ImportFormat,
  Partial<typeof DEFAULT_LIMITS>,
  Code,
  number | undefined,
  number | undefined,
][] = [
  ['a file over a configured size', utf8('[1,2,3]'), json, { maxBytes: 4 }, 'file-too-large', undefined, undefined],
  [
    'invalid UTF-8, with its byte offset',
    new Uint8Array([0x5b, 0x22, 0xc3, 0x28, 0x22, 0x5d]),
    json,
    {},
    'encoding-invalid-utf8',
    undefined,
    undefined,
  ],
  [
    'a UTF-16 file',
    new Uint8Array([0xff, 0xfe, 0x5b, 0x00, 0x5d, 0x00]),
    json,
    {},
    'encoding-utf16',
    undefined,
    undefined,
  ],
  ['10,000-deep JSON nesting', utf8('['.repeat(10_000) + ']'.repeat(10_000)), json, {}, 'json-too-deep', 1, 33],
  [
    'a JSON string over the limit',
    utf8(`{\n  "a": "${'x'.repeat(20)}"\n}`),
    json,
    { maxStringLength: 10 },
    'import-string-too-long',
    2,
    8,
  ],
  [
    'a CSV cell over the limit',
    utf8(`a,b\n1,${'x'.repeat(20)}\n`),
    csv,
    { maxStringLength: 10 },
    'import-string-too-long',
    2,
    3,
  ],
  ['more CSV rows than allowed', utf8('a\n1\n2\n3\n'), csv, { maxRows: 2 }, 'import-too-many-rows', 4, 1],
];

describe('checkLimits(bytes, format, options) refuses before parsing', () => {
  it.each(refused)('%s', (_name, bytes, format, limits, code, line, column) => {
    const result = checkLimits(bytes, format, { file: 'in.txt', limits });
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.issues[0];
    expect(issue).toMatchObject({ code, file: 'in.txt' });
    expect(issue?.line).toBe(line);
    expect(issue?.column).toBe(column);
  });

  it('names the offset of the first invalid byte', () => {
    const result = checkLimits(new Uint8Array([0x61, 0x62, 0xff]), csv, { file: 'in.csv' });
    expect(!result.ok && result.issues[0]?.message).toContain('byte offset 2');
  });
});

describe('checkLimits(bytes, format, options) passes what is within limits', () => {
  it('returns the text with the BOM removed', () => {
    expect(checkLimits(utf8('\uFEFF{"a":"b"}'), json, { file: 'a.json' })).toEqual({
      ok: true,
      text: '{"a":"b"}',
      memberNames: 1,
    });
  });

  it('counts rows, not lines, so a quoted line break does not make a row', () => {
    const text = 'a\n"1\n2"\n3\n';
    expect(checkLimits(utf8(text), csv, { file: 'a.csv', limits: { maxRows: 2 } }).ok).toBe(true);
  });

  it('counts the member names of JSON as the JSON reader counts them, whatever the strings hold', () => {
    const named = (text: string) => {
      const result = checkLimits(utf8(text), json, { file: 'a.json' });
      return result.ok ? result.memberNames : undefined;
    };
    expect(named(JSON.stringify({ 'a:b': 'c:\\', d: [{ 'e":': 1 }], f: {} }, null, 1))).toBe(4);
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), fc.nat(2), (value, space) => {
        const text = JSON.stringify(value, null, space);
        expect(named(text)).toBe(countMemberNames(text));
      }),
      { seed: 11, numRuns: 300 },
    );
    // Text that is not JSON: the reader falls back to its own parser there, but the counts still agree.
    fc.assert(
      fc.property(fc.array(fc.constantFrom('"', '\\', ':', '{', '}', '[', ']', 'a', ' ', ',')), (units) => {
        const text = units.join('');
        expect(named(text) ?? countMemberNames(text)).toBe(countMemberNames(text));
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it('does not count escaped quotes or brackets inside strings', () => {
    const text = `{"a": "[[[[\\" {{{{"}`;
    expect(checkLimits(utf8(text), json, { file: 'a.json', limits: { maxDepth: 1 } }).ok).toBe(true);
  });
});
