/**
 * UTF-8 bytes to text, in JavaScript. The browser's `TextDecoder` is quick on memory it has used before (85 MB
 * of a 100,000-event file in 93 ms, in parts of 200 kB), but each text it returns is held outside the engine's
 * heap, freed only when the engine next collects, and a new worker decoding that file part after part took
 * 500-700 ms (Chromium 156, this project's benchmark machine): memory new to the process is what costs. The
 * text made here lives in the engine's young heap, whose memory is used again from part to part: decoding and
 * parsing the file took a new worker 560-700 ms this way against 700-990 ms with `TextDecoder`. In the app, the
 * data worker's decoding of a 100,000-event import fell from 1.21 to 0.80 s (traced, which slows it), and the
 * import from 3,106 to 2,903 ms (the benchmark's measurement, 6 imports with each build in turn, every pair
 * faster).
 *
 * The code units are gathered in a plain array and made into text a piece at a time by `String.fromCharCode`,
 * which reads a plain array of small integers faster than a typed array (225-335 against 325-520 ms for the
 * file). Unlike `TextDecoder`, this reads bytes in memory shared between threads (`shared-parts.ts`).
 */

/** Text from well-formed UTF-8, a leading BOM dropped; undefined for any other bytes — as `decodeWellFormed`. */
export type Utf8Decoder = (bytes: Uint8Array) => string | undefined;

/** Code units per piece of text: `fromCharCode` takes them as arguments, and the engine's stack limits those. */
const PIECE = 8192;

/** The code units of the piece being decoded, reused from call to call (a plain array of small integers). */
const units: number[] = Array.from({ length: PIECE }, () => 0);

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/**
 * The text of well-formed UTF-8 `bytes`, a leading byte order mark dropped (as `TextDecoder` drops it);
 * undefined when any byte does not belong to a well-formed sequence (RFC 3629: no overlong form, no
 * surrogate, nothing above U+10FFFF, no sequence cut short) — `firstInvalidUtf8` then says where.
 */
export function decodeWellFormed(bytes: Uint8Array): string | undefined {
  const length = bytes.length;
  let i = length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const pieces: string[] = [];
  while (i < length) {
    let n = 0;
    while (i < length && n < PIECE) {
      const b = bytes[i] as number;
      if (b < 0x80) {
        units[n++] = b;
        i += 1;
      } else if (b < 0xe0) {
        const c = bytes[i + 1];
        if (b < 0xc2 || !isContinuation(c)) return undefined;
        units[n++] = ((b & 0x1f) << 6) | ((c as number) & 0x3f);
        i += 2;
      } else if (b < 0xf0) {
        const c = bytes[i + 1];
        const d = bytes[i + 2];
        if (!isContinuation(c) || !isContinuation(d)) return undefined;
        const unit = ((b & 0x0f) << 12) | (((c as number) & 0x3f) << 6) | ((d as number) & 0x3f);
        if (unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff)) return undefined;
        units[n++] = unit;
        i += 3;
      } else {
        // A character outside the BMP takes two units: one that does not fit in this piece starts the next.
        if (n === PIECE - 1) break;
        const c = bytes[i + 1];
        const d = bytes[i + 2];
        const e = bytes[i + 3];
        if (b > 0xf4 || !isContinuation(c) || !isContinuation(d) || !isContinuation(e)) return undefined;
        const point =
          ((b & 0x07) << 18) | (((c as number) & 0x3f) << 12) | (((d as number) & 0x3f) << 6) | ((e as number) & 0x3f);
        if (point < 0x10000 || point > 0x10ffff) return undefined;
        units[n++] = 0xd800 + ((point - 0x10000) >> 10);
        units[n++] = 0xdc00 + ((point - 0x10000) & 0x3ff);
        i += 4;
      }
    }
    pieces.push(String.fromCharCode.apply(null, n === PIECE ? units : units.slice(0, n)));
  }
  return pieces.length === 1 ? (pieces[0] as string) : pieces.join('');
}

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1: where
 * `decodeWellFormed` gave up, read again only to tell the reader.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
