import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, MAX_DEPTH, parseJson } from '../src/lib/model/json-text.ts';

const codes = (text: string) =>
  parseJson(text).problems.map((p) => [
    p.code,
    p.pointer,
    p.position && { line: p.position.line, column: p.position.column },
  ]);
const FORBIDDEN = /"(?:__proto__|constructor|prototype)"/;

describe('parseJson(text) with the engine parser as its fast path', () => {
  it('reads every clean document to the value JSON.parse gives, with no problems', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        fc.pre(!FORBIDDEN.test(text));
        const parsed = parseJson(text);
        expect(parsed.problems).toEqual([]);
        expect(parsed.value).toEqual(JSON.parse(text));
      }),
    );
  });

  it.each([
    ['a duplicate member name', '{"a": 1, "b": 2, "a": 3}', 'json-duplicate-key', '/a', { line: 1, column: 18 }],
    [
      'a duplicate after colons and escaped quotes in strings',
      '{"a": "x\\":\\\\", "b": "::", "a": 2}',
      'json-duplicate-key',
      '/a',
      { line: 1, column: 28 },
    ],
    [
      'a duplicate in a nested object',
      '[{"k": {"x": 1, "x": 1}}]',
      'json-duplicate-key',
      '/0/k/x',
      { line: 1, column: 17 },
    ],
    ['a forbidden member name', '{"__proto__": {}}', 'json-forbidden-key', '/__proto__', { line: 1, column: 2 }],
    ['a number out of range', '[1, 1e999]', 'json-syntax', '', { line: 1, column: 5 }],
  ])('still reports %s, located', (_, text, code, pointer, position) => {
    expect(codes(text)).toEqual([[code, pointer, position]]);
  });

  it('keeps the first of duplicate members, as the reader always has', () => {
    expect(parseJson('{"a": 1, "a": 2}').value).toEqual({ a: 1 });
  });

  it(`still refuses nesting deeper than ${MAX_DEPTH} levels`, () => {
    const deep = `${'['.repeat(MAX_DEPTH + 1)}1${']'.repeat(MAX_DEPTH + 1)}`;
    expect(codes(deep).map(([code]) => code)).toEqual(['json-too-deep']);
    const deepest = `${'['.repeat(MAX_DEPTH)}1${']'.repeat(MAX_DEPTH)}`;
    expect(codes(deepest)).toEqual([]);
  });

  it('reads a number however many digits it is written with', () => {
    expect(parseJson(`[0.${'0'.repeat(500)}1, 1${'0'.repeat(300)}]`).value).toEqual([0, 1e300]);
  });
});

describe('decodeUtf8(bytes)', () => {
  it.each([
    ['a lone continuation byte', [0x41, 0x80, 0x41], 1, 0x80],
    ['an overlong encoding', [0x41, 0x41, 0xc0, 0xaf], 2, 0xc0],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0, 0xed],
    ['a truncated sequence at the end', [0x41, 0xe2, 0x82], 1, 0xe2],
  ])('refuses %s, naming the offset of the first bad byte', (_, bytes, offset, byte) => {
    const decoded = decodeUtf8(new Uint8Array(bytes));
    expect(decoded).toEqual({
      problem: {
        code: 'encoding-invalid-utf8',
        message: `invalid UTF-8 byte 0x${byte.toString(16)} at byte offset ${offset}`,
        pointer: '',
      },
    });
  });

  it('drops a leading byte order mark and decodes the rest', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0xd9, 0x84, 0x41]))).toEqual({ text: 'لA' });
  });
});
