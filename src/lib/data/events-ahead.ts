/**
 * A dataset's events sent to the page ahead of the result, as the text they were parsed from. Copying 100,000
 * parsed events from the worker to the page took seconds on both sides (the structured clone writes and reads
 * every object), while the page's JSON parser reads the same text much faster; and a string crosses as a copy
 * of its characters, with no decoding. So as soon as the worker has decoded the file that holds the events
 * array, it sends the page that file's text in parts cut between whole elements, one message each; the page
 * parses a part per task while the worker validates, and uses what it read only when the worker's clean
 * result says that its events are exactly these, in this order (`splitResult`). The page then holds what the
 * worker would have sent: the same values parsed by the same rules from the same text, each date resolved by
 * the same function.
 */
import { parseEdtf, type EdtfValue } from '../model/edtf.ts';
import { stringEnd } from '../model/json-text.ts';
import { collectionOfFile, type DatasetFile } from '../model/records.ts';
import type { ResolvedEvent } from '../model/resolve.ts';

/**
 * Offsets into a file's text, in order, from 0 to its length: the first part runs to just past the `[` that
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
const COMMA = 44;
const COLON = 58;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (isSpace(text.charCodeAt(i))) i += 1;
  return i;
}

/**
 * Where the events array of a file opens, as `readRecords` reads the file: the whole file when it is an array
 * and named after the events collection, or the `events` member of a dataset document; -1 when there is none.
 */
function eventsArrayOpen(text: string, name: string): number {
  let i = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const first = text.charCodeAt(i);
  if (first === OPEN_ARRAY) return collectionOfFile(name) === 'events' ? i : -1;
  if (first !== OPEN_OBJECT) return -1;
  let depth = 0;
  for (; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const close = stringEnd(text, i);
      if (close === -1) return -1;
      // A member name is a string followed by a colon; only the document's own members are at depth 1.
      if (depth === 1 && close === i + 7 && text.startsWith('events', i + 1)) {
        const colon = skipSpace(text, close + 1);
        if (text.charCodeAt(colon) === COLON) {
          const value = skipSpace(text, colon + 1);
          return text.charCodeAt(value) === OPEN_ARRAY ? value : -1;
        }
      }
      i = close;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) depth += 1;
    else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth -= 1;
  }
  return -1;
}

/**
 * Where to cut a file's text into parts of `per` events (the last may hold fewer), or undefined when the file
 * has no events array. For well-formed JSON the cuts are exact; any other file fails validation, and what
 * was cut from it is never used.
 */
export function eventCuts(text: string, name: string, per: number): EventCuts | undefined {
  const open = eventsArrayOpen(text, name);
  if (open === -1) return undefined;
  const cuts = [0, open + 1];
  let depth = 0;
  let count = 0;
  let inPart = 0;
  let empty = true;
  for (let i = open + 1; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const close = stringEnd(text, i);
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
      cuts.push(i, text.length);
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

/**
 * The cuts of the one file whose events array makes the dataset's events, with that file's index; undefined
 * when no file or more than one holds an events array.
 */
export function datasetEventCuts(
  files: readonly DatasetFile[],
  per: number = EVENTS_PER_PART,
): (EventCuts & { file: number }) | undefined {
  let found: (EventCuts & { file: number }) | undefined;
  for (const [file, { file: name, text }] of files.entries()) {
    const cuts = eventCuts(text, name, per);
    if (cuts === undefined) continue;
    if (found !== undefined) return undefined;
    found = { ...cuts, file };
  }
  return found;
}

/**
 * What to send ahead once the dataset files are decoded: which file holds the events, and that file's text
 * in parts (`EventCuts`); undefined when the events cannot be sent ahead.
 */
export function eventPartsToSend(
  files: readonly DatasetFile[],
  per: number = EVENTS_PER_PART,
): { readonly events: EventsFile; readonly parts: readonly string[] } | undefined {
  const found = datasetEventCuts(files, per);
  const text = found && files[found.file]?.text;
  if (found === undefined || text === undefined) return undefined;
  const parts = found.cuts.slice(1).map((end, k) => text.slice(found.cuts[k], end));
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
 * Reads the parts of an events file as they arrive, one call of `add` per part (so one task each on the page);
 * `finish` gives what was read, or undefined when a part could not be read or parts or events are missing
 * (the worker then rejects the dataset anyway).
 */
export class EventPartsReader {
  readonly #sent: EventsFile;
  readonly #dates = new Map<string, EdtfValue>();
  readonly #chunks: ResolvedEvent[][] = [];
  readonly #parts: string[] = [];
  #text = '';
  #failed = false;

  constructor(sent: EventsFile) {
    this.#sent = sent;
  }

  add(part: string): void {
    const index = this.#parts.length;
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
