import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWellFormed, firstInvalidUtf8 } from '../src/lib/model/utf8.ts';

/** The WHATWG decoder, refusing what is not UTF-8: the reference the JavaScript decoder must agree with. */
function reference(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('decodeWellFormed(bytes)', () => {
  it.each([
    ['the empty input', '', ''],
    ['ASCII', '{"id": "ev-1"}', '{"id": "ev-1"}'],
    ['Arabic', 'قال لافروف أمس', 'قال لافروف أمس'],
    ['three-byte characters', '€ ‎ ﷺ', '€ ‎ ﷺ'],
    ['characters outside the BMP', 'a😀b𝄞', 'a😀b𝄞'],
    ['a leading byte order mark, which is dropped', '\ufeff[1]', '[1]'],
    ['a byte order mark elsewhere, which is kept', '[\ufeff]', '[\ufeff]'],
  ])('decodes %s', (_, text, expected) => {
    expect(decodeWellFormed(encode(text))).toBe(expected);
  });

  it.each([
    ['a lone continuation byte', [0x41, 0x80]],
    ['an overlong two-byte form', [0xc0, 0xaf]],
    ['an overlong two-byte form of U+007F', [0xc1, 0xbf]],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf]],
    ['an overlong four-byte form', [0xf0, 0x80, 0x80, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a byte that never starts a sequence', [0xf5, 0x80, 0x80, 0x80]],
    ['a sequence cut short by the end', [0x22, 0xd9]],
    ['a sequence cut short by ASCII', [0xe2, 0x82, 0x22]],
    ['UTF-16', [0xff, 0xfe, 0x5b, 0x00]],
  ])('refuses %s, as the reference decoder does', (_, bytes) => {
    const input = new Uint8Array(bytes);
    expect(reference(input)).toBeUndefined();
    expect(decodeWellFormed(input)).toBeUndefined();
    expect(firstInvalidUtf8(input)).not.toBe(-1);
  });

  it('decodes texts longer than a piece, with a character outside the BMP at every place around its end', () => {
    // A piece holds 8,192 code units: the pair of units of 😀 falls before, across and after that boundary.
    for (let ascii = 8185; ascii <= 8195; ascii += 1) {
      const text = `${'a'.repeat(ascii)}😀${'ل'.repeat(9000)}😀`;
      expect(decodeWellFormed(encode(text))).toBe(text);
    }
  });

  it('agrees with the reference decoder and with firstInvalidUtf8 on random bytes', () => {
    // Bytes drawn mostly from the lead and continuation ranges, so that near misses are common.
    const byte = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.integer({ min: 0xc0, max: 0xff }),
      fc.constantFrom(0xef, 0xbb, 0xbf, 0xed, 0xe0, 0xf0, 0xf4, 0x90, 0x9f, 0xa0),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), (values) => {
        const bytes = new Uint8Array(values);
        const expected = reference(bytes);
        expect(decodeWellFormed(bytes)).toBe(expected);
        expect(firstInvalidUtf8(bytes) === -1).toBe(expected !== undefined);
      }),
      { numRuns: 5000 },
    );
  });

  it('decodes any text as the reference decoder does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const bytes = encode(text);
        expect(decodeWellFormed(bytes)).toBe(reference(bytes));
      }),
    );
  });

  it('reads bytes in memory shared between threads, as the page reads each part in its shared slot', () => {
    const shared = new Uint8Array(new SharedArrayBuffer(16));
    shared.set(encode('[ "قال" ]'));
    expect(decodeWellFormed(shared.subarray(0, encode('[ "قال" ]').length))).toBe('[ "قال" ]');
  });
});
