/**
 * A dataset's events sent to the page ahead of the result, as the bytes they were parsed from. Copying 100,000
 * parsed events from the worker to the page took seconds on both sides (the structured clone writes and reads
 * every object), while the page's JSON parser reads the same text much faster; and bytes cross without a copy,
 * when their buffer is transferred. So as soon as the worker has decoded the file that holds the events
 * array, it sends the page that file's bytes in parts cut between whole elements, one message each, each
 * part's buffer transferred; the page decodes and parses a part per task while the worker validates, and uses
 * what it read only when the worker's clean result says that its events are exactly these, in this order
 * (`splitResult`). The page then holds what the worker would have sent: the same values parsed by the same
 * rules from the same text, each date resolved by the same function.
 *
 * The cuts are found in the UTF-8 bytes, not in the decoded text: every character that marks JSON's
 * structure (quotes, backslashes, brackets, braces, commas, colons, spaces) is ASCII, one byte that never
 * occurs inside a longer character's sequence, so a scan of the bytes reads the same structure as a scan of
 * the text, and cuts at those characters split no character.
 */
import { parseEdtf, type EdtfValue } from '../model/edtf.ts';
import { collectionOfFile } from '../model/records.ts';
import type { ResolvedEvent } from '../model/resolve.ts';
import type { DecodedFile } from './data-task.ts';

/**
 * Byte offsets into a file, in order, from 0 to its length: the first part runs to just past the `[` that
 * opens the events array, each of the next parts holds whole elements (after the first, starting with the
 * comma before its first element), and the last part runs from the `]` that closes the array to the end.
 */
export interface EventCuts {
  readonly cuts: readonly number[];
  /** How many elements the array holds. */
  readonly count: number;
}

/** Which dataset file (its index) holds the events sent ahead, how many, and in how many parts. */
export interface EventsFile {
  readonly file: number;
  readonly count: number;
  readonly parts: number;
}

/** Events per part the page reads in one task: a few milliseconds of parsing each. */
export const EVENTS_PER_PART = 500;

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
 * counterpart of `stringEnd` in `json-text.ts`, the first quote not after an odd run of backslashes, found
 * with the typed array's `indexOf`.
 */
function closingQuote(bytes: Uint8Array, open: number): number {
  let close = bytes.indexOf(QUOTE, open + 1);
  while (close !== -1) {
    let slash = close - 1;
    while (bytes[slash] === BACKSLASH) slash -= 1;
    if ((close - 1 - slash) % 2 === 0) return close;
    close = bytes.indexOf(QUOTE, close + 1);
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

/**
 * Where the events array of a file opens, as `readRecords` reads the file: the whole file when it is an array
 * and named after the events collection, or the `events` member of a dataset document; -1 when there is none.
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
      if (depth === 1 && close === i + 7 && namesEvents(bytes, i + 1)) {
        const colon = skipSpace(bytes, close + 1);
        if (bytes[colon] === COLON) {
          const value = skipSpace(bytes, colon + 1);
          return bytes[value] === OPEN_ARRAY ? value : -1;
        }
      }
      i = close;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) depth += 1;
    else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth -= 1;
  }
  return -1;
}

/**
 * Where to cut a file's bytes into parts of `per` events (the last may hold fewer), or undefined when the file
 * has no events array. For well-formed JSON the cuts are exact; any other file fails validation, and what
 * was cut from it is never used.
 */
export function eventCuts(bytes: Uint8Array, name: string, per: number): EventCuts | undefined {
  const open = eventsArrayOpen(bytes, name);
  if (open === -1) return undefined;
  const cuts = [0, open + 1];
  let depth = 0;
  let count = 0;
  let inPart = 0;
  let empty = true;
  for (let i = open + 1; i < bytes.length; i += 1) {
    const c = bytes[i];
    if (c === QUOTE) {
      const close = closingQuote(bytes, i);
      if (close === -1) return undefined;
      empty = false;
      i = close;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      depth += 1;
      empty = false;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      if (depth > 0) {
        depth -= 1;
        continue;
      }
      if (!empty) count += 1;
      cuts.push(i, bytes.length);
      return { cuts, count };
    } else if (c === COMMA && depth === 0) {
      count += 1;
      inPart += 1;
      if (inPart === per) {
        cuts.push(i);
        inPart = 0;
      }
    } else if (!isSpace(c)) {
      empty = false;
    }
  }
  return undefined;
}

/** A file's bytes: those it was decoded from, or for a file that came as text (inside a backup) its text encoded. */
function bytesOf(file: DecodedFile): Uint8Array {
  return file.bytes ?? new TextEncoder().encode(file.text);
}

/**
 * The cuts of the one file whose events array makes the dataset's events, with that file's index and bytes;
 * undefined when no file or more than one holds an events array.
 */
export function datasetEventCuts(
  files: readonly DecodedFile[],
  per: number = EVENTS_PER_PART,
): (EventCuts & { file: number; bytes: Uint8Array }) | undefined {
  let found: (EventCuts & { file: number; bytes: Uint8Array }) | undefined;
  for (const [file, decoded] of files.entries()) {
    const bytes = bytesOf(decoded);
    const cuts = eventCuts(bytes, decoded.file, per);
    if (cuts === undefined) continue;
    if (found !== undefined) return undefined;
    found = { ...cuts, file, bytes };
  }
  return found;
}

/**
 * What to send ahead once the dataset files are decoded: which file holds the events, and that file's bytes
 * in parts (`EventCuts`), each a copy with a buffer of its own, to be transferred; undefined when the events
 * cannot be sent ahead.
 */
export function eventPartsToSend(
  files: readonly DecodedFile[],
  per: number = EVENTS_PER_PART,
): { readonly events: EventsFile; readonly parts: readonly Uint8Array[] } | undefined {
  const found = datasetEventCuts(files, per);
  if (found === undefined) return undefined;
  const { cuts, bytes } = found;
  const parts = cuts.slice(1).map((end, k) => bytes.slice(cuts[k], end));
  return { events: { file: found.file, count: found.count, parts: parts.length }, parts };
}

/**
 * Reads elements separated by commas into resolved events, each date resolved as `resolveDataset` resolves
 * it, through `dates`, the values resolved so far; undefined when the text is not well-formed or a date does
 * not parse, which only a dataset the worker rejects can hold.
 */
export function readEventSlice(slice: string, dates: Map<string, EdtfValue>): ResolvedEvent[] | undefined {
  let events: ResolvedEvent[];
  try {
    // The text is that of events the worker validates; they are used only when it says they passed.
    events = JSON.parse(`[${slice}]`);
  } catch {
    return undefined;
  }
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
    let date = dates.get(edtf);
    if (date === undefined) {
      const parsed = parseEdtf(edtf);
      if (!parsed.ok) return undefined;
      date = parsed.value;
      dates.set(edtf, date);
    }
    // In place, so that the member keeps its place among the event's members, as in the worker's copy.
    Object.assign(event, { date });
  }
  return events;
}

/** What the page read from the parts sent ahead: the events in chunks, and the file's text with its parts. */
export interface EventsRead {
  readonly file: number;
  readonly chunks: readonly ResolvedEvent[][];
  readonly text: string;
  /** The parts as they arrived, which joined are `text` (see SnapshotFile's `parts`). */
  readonly parts: readonly string[];
}

/**
 * Reads the parts of an events file as they arrive, one call of `add` per part (so one task each on the page),
 * each decoded from UTF-8 as the worker decoded the whole file (a leading BOM dropped, with the first part);
 * `finish` gives what was read, or undefined when a part could not be read or parts or events are missing
 * (the worker then rejects the dataset anyway).
 */
export class EventPartsReader {
  readonly #sent: EventsFile;
  readonly #dates = new Map<string, EdtfValue>();
  readonly #chunks: ResolvedEvent[][] = [];
  readonly #parts: string[] = [];
  // The worker refuses a file that is not UTF-8, so a part it sent is never decoded with a replacement.
  readonly #decoder = new TextDecoder();
  #text = '';
  #failed = false;

  constructor(sent: EventsFile) {
    this.#sent = sent;
  }

  add(bytes: Uint8Array): void {
    const index = this.#parts.length;
    const part = this.#decoder.decode(bytes);
    // Joined with `+`, the engine links the parts rather than copying them; the parts are kept for saving.
    this.#parts.push(part);
    this.#text += part;
    if (this.#failed || index === 0 || index === this.#sent.parts - 1) return;
    if (index > 1 && part.charCodeAt(0) !== COMMA) {
      this.#failed = true;
      return;
    }
    const events = readEventSlice(index > 1 ? part.slice(1) : part, this.#dates);
    if (events === undefined) this.#failed = true;
    else this.#chunks.push(events);
  }

  finish(): EventsRead | undefined {
    const count = this.#chunks.reduce((sum, events) => sum + events.length, 0);
    return !this.#failed && this.#parts.length === this.#sent.parts && count === this.#sent.count
      ? { file: this.#sent.file, chunks: this.#chunks, text: this.#text, parts: this.#parts }
      : undefined;
  }
}
