import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asArray, cutsAfter, type PartScan } from '../src/lib/data/events-ahead.ts';
import {
  checkFileSize,
  checkLimits,
  checkScannedLimits,
  DEFAULT_LIMITS,
  type ImportFormat,
  type ImportLimits,
} from '../src/lib/import/limits.ts';
import type { Code } from '../src/lib/model/codes.ts';
import { countMemberNames } from '../src/lib/model/json-text.ts';
import { jsonish } from './helpers/arbitraries.ts';

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

/**
 * Cuts the JSON array `text` into parts of `per` elements, as validation in parts does, and gives each part
 * as a JSON array with what the cuts' scan counted of it: the part's bytes are a copy, the file left alone.
 */
function scannedParts(text: string, per: number): { bytes: Uint8Array; scan: PartScan }[] {
  const bytes = utf8(text);
  const open = bytes.indexOf(91);
  const scan: PartScan = { memberNames: 0, depth: 0, longestBytes: 0 };
  const parts: { bytes: Uint8Array; scan: PartScan }[] = [];
  let opening = open;
  for (const end of cutsAfter(bytes, open, per, scan)) {
    parts.push({ bytes: asArray(bytes, opening, end, (array) => array.slice()), scan: { ...scan } });
    opening = end;
  }
  return parts;
}

describe('checkScannedLimits(bytes, scanned, options): the limits of parts cut from an events array', () => {
  const arrays = fc.tuple(fc.array(jsonish, { maxLength: 12 }), fc.nat(3), fc.integer({ min: 1, max: 5 }));

  it('agrees with checkLimits on every part of any array, within the limits or not', () => {
    const tight: Partial<ImportLimits>[] = [
      {},
      { maxDepth: 3 },
      { maxStringLength: 6 },
      { maxDepth: 2, maxStringLength: 3 },
    ];
    fc.assert(
      fc.property(arrays, fc.constantFrom(...tight), ([values, space, per], limits) => {
        for (const { bytes, scan } of scannedParts(JSON.stringify(values, null, space), per)) {
          const options = { file: 'events.json', limits };
          expect(checkScannedLimits(bytes, scan, options)).toEqual(checkLimits(bytes, json, options));
        }
      }),
      { seed: 21, numRuns: 400 },
    );
  });

  it('counts what checkLimits counts: member names exactly, the depth exactly, strings never short', () => {
    fc.assert(
      fc.property(arrays, ([values, space, per]) => {
        for (const { bytes, scan } of scannedParts(JSON.stringify(values, null, space), per)) {
          const checked = (limits: Partial<ImportLimits>) => checkLimits(bytes, json, { file: 'e.json', limits });
          const whole = checked({});
          expect(whole.ok && whole.memberNames).toBe(scan.memberNames);
          // The depth is the text's own: allowed at the scan's depth, refused one level less.
          expect(checked({ maxDepth: scan.depth }).ok).toBe(true);
          const shallower = checked({ maxDepth: scan.depth - 1 });
          expect(shallower.ok ? [] : shallower.issues.map((issue) => issue.code)).toContain('json-too-deep');
          // A string is never longer as text than in bytes.
          expect(checked({ maxStringLength: scan.longestBytes }).ok).toBe(true);
        }
      }),
      { seed: 22, numRuns: 300 },
    );
    // In ASCII the bytes are the characters: one fewer than the longest string is refused.
    const [part] = scannedParts('[{"a":"xyz\\""}]', 5);
    expect(part?.scan).toEqual({ memberNames: 1, depth: 2, longestBytes: 7 });
    const short = part && checkLimits(part.bytes, json, { file: 'e.json', limits: { maxStringLength: 6 } });
    expect(short?.ok === false && short.issues.map((issue) => issue.code)).toEqual(['import-string-too-long']);
  });

  it('takes the member names from the scan when the bytes are within the limits, without scanning again', () => {
    const bytes = utf8('[{"a":1,"b":2}]');
    const result = checkScannedLimits(bytes, { memberNames: 7, depth: 2, longestBytes: 3 }, { file: 'e.json' });
    expect(result).toEqual({ ok: true, text: '[{"a":1,"b":2}]', memberNames: 7 });
    // Over a limit, or not UTF-8, the text is scanned to say where.
    const deep = checkScannedLimits(bytes, { memberNames: 7, depth: 99, longestBytes: 3 }, { file: 'e.json' });
    expect(deep).toEqual(checkLimits(bytes, json, { file: 'e.json' }));
    const broken = new Uint8Array([91, 34, 0xff, 34, 93]);
    const notUtf8 = checkScannedLimits(broken, { memberNames: 0, depth: 1, longestBytes: 3 }, { file: 'e.json' });
    expect(notUtf8.ok === false && notUtf8.issues.map((issue) => issue.code)).toEqual(['encoding-invalid-utf8']);
  });
});
