/**
 * A dataset's events sent to the page ahead of the result, as the bytes they were parsed from. Copying 100,000
 * parsed events from the worker to the page took seconds on both sides (the structured clone writes and reads
 * every object), while the page's JSON parser reads the same text much faster; and bytes cross without a copy,
 * when their buffer is transferred. So as soon as the worker has read the file that holds the events array
 * (a backup's, once unpacked), it hands the page a copy of that file's bytes; the page cuts them into parts of
 * whole elements, and decodes and parses a part per task while the worker checks and validates them. It uses
 * what it read only when the worker's clean result says that its events are those of that file, as many as
 * the page counted (`splitResult`); for a file that fails the limits or validation, the reading is stopped and
 * thrown away. The page then holds what the worker would have sent: the same values parsed by the same rules
 * from the same text, each date resolved by the same function.
 *
 * An events file that the worker validates a part at a time (`validate-in-parts.ts`) is not sent whole: the
 * worker hands over each part's bytes as it reads it — through memory shared with the page where it can
 * (`shared-parts.ts`) — and the page reads them as they come (`EventPartsReader`).
 *
 * The cuts are found in the UTF-8 bytes, not in decoded text: every character that marks JSON's structure
 * (quotes, backslashes, brackets, braces, commas, colons, spaces) is ASCII, one byte that never occurs inside
 * a longer character's sequence, so a scan of the bytes reads the same structure as a scan of the text, and
 * cuts at those characters split no character.
 */
import { parseEdtf } from '../model/edtf.ts';
import { decodeWellFormed } from '../model/utf8.ts';
import { collectionOfFile } from '../model/records.ts';
import type { ResolvedEvent } from '../model/resolve.ts';
import type { ScannedJson } from '../import/limits.ts';
import type { DecodedFile } from './data-task.ts';

/** The file whose events go ahead: its index among the dataset files, its bytes, and where its events array opens. */
export interface EventsBytes {
  readonly file: number;
  readonly bytes: Uint8Array;
  readonly open: number;
}

/**
 * Events per part the page reads in one task. A click waits for the task under way, and the slowest click
 * during a 100,000-event import (benchmark, 4 runs each) fell from 150-340 ms with 500 events a part to
 * 104-165 ms with 125; 64 were no better.
 */
export const EVENTS_PER_PART = 125;

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;

function isSpace(c: number | undefined): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function skipSpace(bytes: Uint8Array, at: number): number {
  let i = at;
  while (isSpace(bytes[i])) i += 1;
  return i;
}

/**
 * The offset of the quote that closes the JSON string opened at `open`, -1 when there is none: the bytes'
 * counterpart of `stringEnd` in `json-text.ts`. Read byte by byte, a backslash taking the byte after it with
 * it: a loop the engine runs faster here than a call of the typed array's `indexOf` for every string, most
 * strings being a few bytes long.
 */
function closingQuote(bytes: Uint8Array, open: number): number {
  for (let i = open + 1; i < bytes.length; i += 1) {
    const c = bytes[i];
    if (c === BACKSLASH) i += 1;
    else if (c === QUOTE) return i;
  }
  return -1;
}

/** The bytes of `events`, a member name, to compare without decoding. */
const EVENTS_NAME = new TextEncoder().encode('events');

function namesEvents(bytes: Uint8Array, at: number): boolean {
  return EVENTS_NAME.every((byte, k) => bytes[at + k] === byte);
}

/** Whether the file starts with the UTF-8 byte order mark, which decoding drops. */
function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Whether the file is an array that opens at `open`: only a BOM and spaces come before it. */
export function opensArray(bytes: Uint8Array, open: number): boolean {
  return bytes[open] === OPEN_ARRAY && skipSpace(bytes, hasBom(bytes) ? 3 : 0) === open;
}

/** Whether nothing but spaces follows the byte at `at`. */
export function onlySpaceAfter(bytes: Uint8Array, at: number): boolean {
  return skipSpace(bytes, at + 1) === bytes.length;
}

/** `eventsArrayOpen`'s answer for a document whose member names cannot be read without decoding escapes. */
const UNDECIDED = -2;

/**
 * Where the events array of a file opens, as `readRecords` reads the file: the whole file when it is an array
 * and named after the events collection, or the `events` member of a dataset document; -1 when there is none;
 * UNDECIDED when a member name of the document holds an escape, which could spell `events`.
 */
function eventsArrayOpen(bytes: Uint8Array, name: string): number {
  let i = skipSpace(bytes, hasBom(bytes) ? 3 : 0);
  const first = bytes[i];
  if (first === OPEN_ARRAY) return collectionOfFile(name) === 'events' ? i : -1;
  if (first !== OPEN_OBJECT) return -1;
  let depth = 0;
  for (; i < bytes.length; i += 1) {
    const c = bytes[i];
    if (c === QUOTE) {
      const close = closingQuote(bytes, i);
      if (close === -1) return -1;
      // A member name is a string followed by a colon; only the document's own members are at depth 1.
      const colon = depth === 1 ? skipSpace(bytes, close + 1) : -1;
      if (bytes[colon] === COLON) {
        if (close === i + 7 && namesEvents(bytes, i + 1)) {
          const value = skipSpace(bytes, colon + 1);
          return bytes[value] === OPEN_ARRAY ? value : -1;
        }
        const escape = bytes.indexOf(BACKSLASH, i + 1);
        if (escape !== -1 && escape < close) return UNDECIDED;
      }
      i = close;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) depth += 1;
    else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth -= 1;
  }
  return -1;
}

/** What `cutsAfter` saw of the part it cut last, counted as the import limits count them, for it to fill in. */
export type PartScan = { -readonly [K in keyof ScannedJson]: ScannedJson[K] };

/**
 * The cuts after the `[` at `open`, found one at a time: every `per` elements, then the offset of the `]`
 * that closes the array; it returns how many elements the array holds, or undefined when the array does not
 * close. For well-formed JSON the cuts are exact; any other file fails validation, and what was cut from it
 * is never used. When `scan` is given, each cut leaves in it what the part before the cut holds, read as a
 * JSON array: its member names, its depth and its longest string in bytes.
 */
export function* cutsAfter(
  bytes: Uint8Array,
  open: number,
  per: number,
  scan?: PartScan,
): Generator<number, number | undefined> {
  let depth = 0;
  let count = 0;
  let inPart = 0;
  let empty = true;
  // The part's own counts: member names, the deepest nesting within an element, the longest string.
  let colons = 0;
  let deepest = 0;
  let longest = 0;
  const cut = () => {
    if (scan) {
      scan.memberNames = colons;
      // The part read as an array is one level deeper than its elements' own nesting.
      scan.depth = deepest + 1;
      scan.longestBytes = longest;
    }
    colons = 0;
    deepest = 0;
    longest = 0;
  };
  for (let i = open + 1; i < bytes.length; i += 1) {
    const c = bytes[i];
    if (c === QUOTE) {
      const close = closingQuote(bytes, i);
      if (close === -1) return undefined;
      if (close - i + 1 > longest) longest = close - i + 1;
      empty = false;
      i = close;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      empty = false;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      if (depth > 0) {
        depth -= 1;
        continue;
      }
      cut();
      yield i;
      return empty ? count : count + 1;
    } else if (c === COMMA && depth === 0) {
      count += 1;
      inPart += 1;
      if (inPart === per) {
        cut();
        yield i;
        inPart = 0;
      }
    } else if (c === COLON) {
      colons += 1;
      empty = false;
    } else if (!isSpace(c)) {
      empty = false;
    }
  }
  return undefined;
}

/**
 * Reads the elements between the byte at `opening` (an array's `[`, or the comma before the first element) and
 * the cut at `end` as a JSON array: `read` is given the bytes from `opening` to `end` with a `[` and a `]` in
 * their place, which are put back after — no copy of the bytes joined to brackets is made.
 */
export function asArray<T>(bytes: Uint8Array, opening: number, end: number, read: (array: Uint8Array) => T): T {
  const before = bytes[opening] ?? OPEN_ARRAY;
  const after = bytes[end] ?? CLOSE_ARRAY;
  bytes[opening] = OPEN_ARRAY;
  bytes[end] = CLOSE_ARRAY;
  try {
    return read(bytes.subarray(opening, end + 1));
  } finally {
    bytes[opening] = before;
    bytes[end] = after;
  }
}

/** A dataset file as read (its bytes) or as decoded (its text, and its bytes when it came as a file of its own). */
export type AheadSource = Pick<DecodedFile, 'file'> & ({ readonly bytes: Uint8Array } | DecodedFile);

/** A file's bytes: those it was read as, or for a file that came as text (inside a backup) its text encoded. */
function bytesOf(file: AheadSource): Uint8Array {
  return file.bytes ?? new TextEncoder().encode('text' in file ? file.text : '');
}

/**
 * The one dataset file that holds an events array, with its bytes and where the array opens; undefined when no
 * file or more than one holds an events array, or when that cannot be told from the bytes. A clean dataset's
 * events are then exactly that array's elements, in order.
 */
export function findEventsArray(files: readonly AheadSource[]): EventsBytes | undefined {
  let found: EventsBytes | undefined;
  for (const [file, decoded] of files.entries()) {
    const bytes = bytesOf(decoded);
    const open = eventsArrayOpen(bytes, decoded.file);
    if (open === -1) continue;
    if (open === UNDECIDED || found !== undefined) return undefined;
    found = { file, bytes, open };
  }
  return found;
}

/**
 * Reads a JSON array of events into resolved events, each date resolved as `resolveDataset` resolves it (by
 * `parseEdtf`, which shares a value it has read before); undefined when the text is not well-formed or a date
 * does not parse, which only a dataset the worker rejects can hold.
 */
function readEvents(array: string): ResolvedEvent[] | undefined {
  let events: ResolvedEvent[];
  try {
    // The text is that of events the worker validates; they are used only when it says they passed.
    events = JSON.parse(array);
  } catch {
    return undefined;
  }
  if (!Array.isArray(events)) return undefined;
  for (const event of events) {
    if (event === null || typeof event !== 'object') return undefined;
    // As written, a date is EDTF text or an object that names its EDTF text.
    const written: unknown = event.date;
    const edtf =
      typeof written === 'string'
        ? written
        : written !== null && typeof written === 'object' && 'edtf' in written && typeof written.edtf === 'string'
          ? written.edtf
          : undefined;
    if (edtf === undefined) return undefined;
    const parsed = parseEdtf(edtf);
    if (!parsed.ok) return undefined;
    // In place, so that the member keeps its place among the event's members, as in the worker's copy; set
    // directly, not through Object.assign, which made an object to copy from for each of 100,000 events.
    (event as { date: unknown }).date = parsed.value;
  }
  return events;
}

/** What the page read from the bytes sent ahead: the events in chunks, and the file's text with its parts. */
export interface EventsRead {
  readonly file: number;
  readonly chunks: readonly ResolvedEvent[][];
  readonly text: string;
  /** The parts as they were read, which joined are `text` (see SnapshotFile's `parts`). */
  readonly parts: readonly string[];
}

/**
 * What a reader has read so far: the events of each part, and the file's text as the parts' texts, joined with
 * `+` (the engine links the parts rather than copying them; the parts are kept for saving).
 */
class EventsSoFar {
  readonly chunks: ResolvedEvent[][] = [];
  readonly parts: string[] = [];
  text = '';
  failed = false;

  /**
   * The text of a part's bytes (see `decodeWellFormed`), or an empty text and the reading failed when they are
   * not UTF-8: a file the worker refuses.
   */
  decode(bytes: Uint8Array): string {
    const text = decodeWellFormed(bytes);
    if (text !== undefined) return text;
    this.failed = true;
    return '';
  }

  /** Reads the events of a JSON array's text, unless a part before could not be read. */
  readArray(array: string): void {
    if (this.failed) return;
    const events = readEvents(array);
    if (events === undefined) this.failed = true;
    else this.chunks.push(events);
  }

  /** Adds a part of the file's text. */
  add(part: string): void {
    this.parts.push(part);
    this.text += part;
  }

  /** Whether every part was read, and they hold `count` events. */
  holds(count: number): boolean {
    return !this.failed && this.chunks.reduce((sum, events) => sum + events.length, 0) === count;
  }
}

/**
 * Reads the bytes of an events file a part at a time, one call of `readPart` per part (so one task each on
 * the page): it finds where the next `per` elements end, decodes them from UTF-8 as the worker decoded the
 * whole file (a leading BOM dropped, with the first part) and parses them. `finish` gives what was read, or
 * undefined when a part could not be read, the file was not read to its end, or it holds another number of
 * events than the worker validated (the worker then rejects the dataset anyway).
 */
export class EventBytesReader {
  readonly #sent: EventsBytes;
  readonly #cuts: Generator<number, number | undefined>;
  readonly #read = new EventsSoFar();
  #from = 0;
  #count: number | undefined;
  #done = false;

  constructor(sent: EventsBytes, per: number = EVENTS_PER_PART) {
    this.#sent = sent;
    this.#cuts = cutsAfter(sent.bytes, sent.open, per);
  }

  /** Whether the whole file has been read (or could not be). */
  get done(): boolean {
    return this.#done;
  }

  /** Stops reading: what was read is not wanted (the worker found problems, or failed). */
  abandon(): void {
    this.#read.failed = true;
    this.#done = true;
  }

  /** Reads the next part: the opening up to the array's `[`, then elements, then the closing from its `]`. */
  readPart(): void {
    if (this.#done) return;
    const { bytes, open } = this.#sent;
    const index = this.#read.parts.length;
    let end: number;
    if (index === 0) end = open + 1;
    else if (this.#count !== undefined) end = bytes.length;
    else {
      const next = this.#cuts.next();
      if (next.done) {
        this.#read.failed = true;
        this.#done = true;
        return;
      }
      end = next.value;
    }
    const elements = index > 0 && end < bytes.length;
    const part = elements ? this.#readElements(this.#from, end, index > 1) : this.#read.decode(bytes.subarray(this.#from, end));
    this.#read.add(part);
    this.#from = end;
    if (end === bytes.length) {
      this.#done = true;
      return;
    }
    // The cut just made was the array's closing `]` when no further cut follows; the count comes with it.
    if (index > 0 && bytes[end] === CLOSE_ARRAY) this.#closeIfLast();
  }

  /**
   * Reads the elements between `from` (after the array's `[`, or at the comma before the first element) and
   * the cut at `end`, and gives their text as it stands in the file. The bytes are decoded as an array — the
   * `[` before them and a `]` in place of the byte at `end`, which is put back — so that the parser reads the
   * decoded text as it is, rather than a copy of it joined to brackets.
   */
  #readElements(from: number, end: number, afterComma: boolean): string {
    const { bytes } = this.#sent;
    if (afterComma && bytes[from] !== COMMA) this.#read.failed = true;
    const opening = afterComma ? from : from - 1;
    const array = asArray(bytes, opening, end, (view) => this.#read.decode(view));
    const inner = array.slice(1, -1);
    this.#read.readArray(array);
    return afterComma ? `,${inner}` : inner;
  }

  #closeIfLast(): void {
    const next = this.#cuts.next();
    if (next.done) this.#count = next.value;
    if (!next.done || next.value === undefined) this.#read.failed = true;
  }

  /** What was read, when it is `count` events read whole; undefined otherwise. */
  finish(count: number): EventsRead | undefined {
    const { chunks, text, parts } = this.#read;
    return this.#done && this.#read.holds(count) && this.#count === count
      ? { file: this.#sent.file, chunks, text, parts }
      : undefined;
  }
}


/**
 * Reads the events the worker sends a part at a time as it validates them (`validate-in-parts.ts`): each part
 * the bytes of a JSON array of whole events — no copy of the whole file crosses, and no cut is looked for here.
 * A part is decoded in the task in which its message arrives (its bytes may lie in a slot the worker reuses),
 * but parsed only when asked (`parseNext`), once the worker has given its verdict: on two cores the page's
 * parsing, and the collections of the objects it keeps, slowed the worker's checking by a fifth, while text
 * kept whole costs the collector next to nothing. The file's text is kept as the parts' texts joined, which
 * validates to the same events as the file (only the spaces around the array may differ). `finish` gives what
 * was read, or undefined when a part could not be read or another number of events was read than the worker
 * validated.
 */
export class EventPartsReader {
  readonly #read = new EventsSoFar();
  /** Each part's text, as a JSON array, in order; those before `#parsed` have been parsed. */
  readonly #arrays: string[] = [];
  #parsed = 0;

  /** Decodes one part, the bytes of a JSON array of events, and keeps its text for `parseNext`. */
  read(bytes: Uint8Array): void {
    const array = this.#read.decode(bytes);
    this.#arrays.push(array);
    this.#read.add(this.#read.parts.length === 0 ? '[' : ',');
    this.#read.add(array.slice(1, -1));
  }

  /** Parts decoded and not yet parsed. */
  get unparsed(): number {
    return this.#arrays.length - this.#parsed;
  }

  /** Parses the next part decoded and not yet parsed, if there is one. */
  parseNext(): void {
    const array = this.#arrays[this.#parsed];
    if (array === undefined) return;
    this.#read.readArray(array);
    // The text stays in the file's parts; this reference to it is no longer needed.
    this.#arrays[this.#parsed] = '';
    this.#parsed += 1;
  }

  /**
   * What was read, as the events of the dataset file at `file`, when it is `count` events; undefined otherwise.
   * Any part not yet parsed is parsed first.
   */
  finish(file: number, count: number): EventsRead | undefined {
    while (this.unparsed > 0) this.parseNext();
    const { chunks, text, parts } = this.#read;
    if (parts.length === 0 || !this.#read.holds(count)) return undefined;
    return { file, chunks, text: `${text}]`, parts: [...parts, ']'] };
  }
}
