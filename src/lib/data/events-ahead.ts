/**
 * A dataset's events sent to the page ahead of the result, as the bytes they were read from. Copying 100,000
 * parsed events from the worker to the page took seconds on both sides (the structured clone writes and reads
 * every object, and even a long string is copied at a few hundred megabytes a second), while the page's own
 * decoder and JSON parser read the same bytes much faster. So as soon as the worker has decoded the file that
 * holds the events array, it hands the page a copy of its bytes, with the offsets that cut the array into
 * chunks of whole elements; the page decodes and parses a chunk per task while the worker validates, and uses
 * what it read only when the worker's clean result says that its events are exactly these, in this order
 * (`splitResult`). The page then holds what the worker would have sent: the same values parsed by the same
 * rules, each date resolved by the same function, and the file's text, decoded by the same decoder.
 */
import { parseEdtf, type EdtfValue } from '../model/edtf.ts';
import { collectionOfFile, type DatasetFile } from '../model/records.ts';
import type { ResolvedEvent } from '../model/resolve.ts';
import { nextTask } from './one-per-task.ts';

/**
 * Offsets into a file's bytes, in order, from 0 to its length: the first part runs to just past the `[` that
 * opens the events array, each of the next parts holds whole elements (after the first, starting with the
 * comma before its first element), and the last part runs from the `]` that closes the array to the end.
 * Every cut falls on an ASCII byte, so each part decodes on its own.
 */
export interface EventCuts {
  readonly cuts: readonly number[];
  /** How many elements the array holds. */
  readonly count: number;
}

/** The bytes of the file at `file` (its index among the dataset files) and where to cut them. */
export interface EventBytes extends EventCuts {
  readonly file: number;
  readonly bytes: Uint8Array;
}

/** Events per part the page reads in one task: a few milliseconds of decoding and parsing each. */
export const EVENTS_PER_PART = 500;

const QUOTE = 34;
const COMMA = 44;
const COLON = 58;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const EVENTS = [...'events'].map((c) => c.charCodeAt(0));

function isSpace(c: number | undefined): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function skipSpace(bytes: Uint8Array, at: number): number {
  let i = at;
  while (isSpace(bytes[i])) i += 1;
  return i;
}

/** The offset of the quote that closes the string opened at `open`, or -1. */
function stringEnd(bytes: Uint8Array, open: number): number {
  // UTF-8 never uses an ASCII byte inside a longer sequence, so quotes and backslashes are found byte by byte.
  let close = bytes.indexOf(QUOTE, open + 1);
  for (;;) {
    if (close === -1) return -1;
    let slash = close - 1;
    while (bytes[slash] === 92) slash -= 1;
    // A quote after an odd run of backslashes is escaped.
    if ((close - 1 - slash) % 2 === 0) return close;
    close = bytes.indexOf(QUOTE, close + 1);
  }
}

/**
 * Where the events array of a file opens, as `readRecords` reads the file: the whole file when it is an array
 * and named after the events collection, or the `events` member of a dataset document; -1 when there is none.
 */
function eventsArrayOpen(bytes: Uint8Array, name: string): number {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let i = skipSpace(bytes, bom);
  if (bytes[i] === OPEN_ARRAY) return collectionOfFile(name) === 'events' ? i : -1;
  if (bytes[i] !== OPEN_OBJECT) return -1;
  let depth = 0;
  for (; i < bytes.length; i += 1) {
    const c = bytes[i];
    if (c === QUOTE) {
      const close = stringEnd(bytes, i);
      if (close === -1) return -1;
      // A member name is a string followed by a colon; only the document's own members are at depth 1.
      if (depth === 1 && close === i + 1 + EVENTS.length && EVENTS.every((e, k) => bytes[i + 1 + k] === e)) {
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
      const close = stringEnd(bytes, i);
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

/**
 * The cuts of the one file whose events array makes the dataset's events, with that file's index; undefined
 * when no file or more than one holds an events array, or a file's bytes are not at hand.
 */
export function datasetEventCuts(
  bytes: readonly (Uint8Array | undefined)[],
  names: readonly string[],
  per: number,
): (EventCuts & { file: number }) | undefined {
  let found: (EventCuts & { file: number }) | undefined;
  for (const [file, fileBytes] of bytes.entries()) {
    if (fileBytes === undefined) return undefined;
    const cuts = eventCuts(fileBytes, names[file] ?? '', per);
    if (cuts === undefined) continue;
    if (found !== undefined) return undefined;
    found = { ...cuts, file };
  }
  return found;
}

/**
 * What to send ahead once the dataset files are decoded, given the bytes the first of them came from (a
 * backup's files have none): the bytes of the one file that holds the events, copied, for the request's bytes
 * may share their buffer, with their cuts; undefined when the events cannot be sent ahead.
 */
export function eventBytesToSend(
  files: readonly DatasetFile[],
  bytes: readonly Uint8Array[],
  per: number = EVENTS_PER_PART,
): EventBytes | undefined {
  const all = files.map((_, k) => bytes[k]);
  const found = datasetEventCuts(
    all,
    files.map((f) => f.file),
    per,
  );
  const fileBytes = found && all[found.file];
  return found && fileBytes ? { ...found, bytes: fileBytes.slice() } : undefined;
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

/** What the page read from the bytes sent ahead: the events in chunks, and the file's text. */
export interface EventsRead {
  readonly file: number;
  readonly chunks: readonly ResolvedEvent[][];
  readonly text: string;
}

/**
 * Decodes and parses the bytes sent ahead, one part per task so that the page keeps answering clicks;
 * undefined when a part cannot be read (the worker then rejects the dataset anyway).
 */
export async function readEventBytes(sent: EventBytes, wait: () => Promise<void> = nextTask): Promise<EventsRead | undefined> {
  // The worker's decoder, without its check: the worker checks these very bytes, and its result decides.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  const dates = new Map<string, EdtfValue>();
  const chunks: ResolvedEvent[][] = [];
  const { cuts, bytes } = sent;
  let text = '';
  for (let part = 0; part + 1 < cuts.length; part += 1) {
    const decoded = decoder.decode(bytes.subarray(cuts[part], cuts[part + 1]), { stream: true });
    // Joined with `+`, the engine links the parts rather than copying them.
    text += decoded;
    const last = part + 2 === cuts.length;
    if (part > 0 && !last) {
      if (part > 1 && decoded.charCodeAt(0) !== COMMA) return undefined;
      const events = readEventSlice(part > 1 ? decoded.slice(1) : decoded, dates);
      if (events === undefined) return undefined;
      chunks.push(events);
      await wait();
    }
  }
  text += decoder.decode();
  const count = chunks.reduce((sum, events) => sum + events.length, 0);
  return count === sent.count ? { file: sent.file, chunks, text } : undefined;
}
