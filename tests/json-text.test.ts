import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseJson } from '../src/lib/model/json-text.ts';
import { firstInvalidUtf8 } from '../src/lib/model/utf8.ts';

describe('parseJson(text)', () => {
  it('records the line and column of every value by JSON pointer', () => {
    const parsed = parseJson('{\n  "a": [1, {"b~/c": "x"}],\n  "d": null\n}');
    expect(parsed.value).toEqual({ a: [1, { 'b~/c': 'x' }], d: null });
    expect(parsed.positions.get('/a')).toMatchObject({ line: 2, column: 8 });
    expect(parsed.positions.get('/a/1/b~0~1c')).toMatchObject({ line: 2, column: 21 });
    expect(parsed.positions.get('/d')).toMatchObject({ line: 3, column: 8 });
  });

  it('decodes escapes, including surrogate pairs written as two \\u escapes', () => {
    expect(parseJson('"\\u0644\\ud83d\\ude00\\n"').value).toBe('ل😀\n');
  });

  it('counts columns after a byte-order mark from the first real character', () => {
    expect(parseJson('\ufeff{"a": }').problems[0]?.position).toMatchObject({ line: 1, column: 7 });
  });

  it('keeps the first of duplicate members and reports the second', () => {
    const parsed = parseJson('{"a": 1, "a": 2}');
    expect(parsed.value).toEqual({ a: 1 });
    expect(parsed.problems.map((p) => p.code)).toEqual(['json-duplicate-key']);
  });
});

describe('decodeUtf8(bytes)', () => {
  it('drops a leading BOM', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x5b, 0x5d]))).toEqual({ text: '[]' });
  });

  it('reports UTF-16 rather than decoding it', () => {
    const result = decodeUtf8(new Uint8Array([0xff, 0xfe, 0x5b, 0x00, 0x5d, 0x00]));
    expect(result).toMatchObject({ problem: { code: 'encoding-utf16' } });
  });

  it('reports the byte offset of the first invalid UTF-8 byte', () => {
    const bytes = new Uint8Array([0x5b, 0x22, 0xd9, 0x84, 0xc3, 0x28, 0x22, 0x5d]);
    expect(firstInvalidUtf8(bytes)).toBe(4);
    expect(decodeUtf8(bytes)).toMatchObject({
      problem: { code: 'encoding-invalid-utf8', message: expect.stringContaining('offset 4') },
    });
  });

  it('decodes with the decoder it is given, and says where that decoder refused the bytes', () => {
    const asked: number[] = [];
    const decoder = (bytes: Uint8Array) => {
      asked.push(bytes.length);
      return bytes[0] === 0x5b ? 'from the decoder' : undefined;
    };
    expect(decodeUtf8(new Uint8Array([0x5b, 0x5d]), decoder)).toEqual({ text: 'from the decoder' });
    expect(decodeUtf8(new Uint8Array([0x41, 0xc3, 0x28]), decoder)).toMatchObject({
      problem: { code: 'encoding-invalid-utf8', message: expect.stringContaining('offset 1') },
    });
    expect(asked).toEqual([2, 3]);
  });

  it('rejects overlong encodings and encoded surrogates', () => {
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new TextEncoder().encode('سورية 😀'))).toBe(-1);
  });
});
