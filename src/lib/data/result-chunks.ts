/**
 * A large result crosses from the worker in pieces. Copying a message into the page is one task on its main
 * thread, as long as the message is big — about a second for 100,000 events — so the events go ahead in
 * chunks, and the dataset's texts kept for saving (`CheckedData.written`, 150 MB in memory at that size) in
 * slices, each a short task between which the page answers clicks; the rest of the result follows.
 */
import type { ResolvedEvent } from '../model/resolve.ts';
import type { DataResult } from './data-task.ts';
import type { EventsRead } from './events-ahead.ts';

/** Events per message: a few milliseconds of copying each. */
export const EVENTS_PER_CHUNK = 2000;

/** Characters of text per message: a few milliseconds of copying each. */
export const CHARS_PER_PIECE = 1 << 21;

/** A slice of the text of the written file at `file` (its index), in order. */
export interface TextPiece {
  readonly file: number;
  readonly text: string;
}

/** Which dataset file's bytes were sent ahead, and how many events the worker validated from it. */
export interface EventsAhead {
  readonly file: number;
  readonly count: number;
}

/** A result split for sending: the result without its events, the events in chunks, and long texts in pieces. */
export interface SplitResult {
  readonly head: DataResult;
  readonly chunks: (readonly ResolvedEvent[])[];
  /** Present only when the written texts are long enough to be sent apart. */
  readonly pieces?: TextPiece[];
  /** Present when the events, and the text of the file that holds them, are those sent ahead (`events-ahead.ts`). */
  readonly eventsAhead?: EventsAhead;
}

/**
 * The result without its events (and its written texts, when long), the events in chunks; a small result is
 * one piece. `ahead` names the one file whose events array was sent ahead, no other file holding one
 * (`findEventsArray`): a clean result's events are exactly that array's elements, in that order, for every
 * element of an events array becomes an event, and records are sorted and unique in each file. Then neither
 * the events nor that file's text are sent again, only their number, which the page checks against its own.
 * A result validated a part at a time holds no events, and `ahead` says how many there were.
 */
export function splitResult(result: DataResult, ahead?: Pick<EventsAhead, 'file'> & Partial<EventsAhead>): SplitResult {
  if (result.kind === 'csv-header' || !result.data) return { head: result, chunks: [] };
  let data = result.data;
  const chunks: (readonly ResolvedEvent[])[] = [];
  const { events } = data.resolved;
  const sentAhead = result.kind === 'dataset' && ahead !== undefined;
  if (sentAhead) {
    data = { ...data, resolved: { ...data.resolved, events: [] } };
    const { written } = data;
    if (written) data = { ...data, written: written.map((f, k) => (k === ahead.file ? { file: f.file, text: '' } : f)) };
  } else if (events.length > EVENTS_PER_CHUNK) {
    for (let k = 0; k < events.length; k += EVENTS_PER_CHUNK) chunks.push(events.slice(k, k + EVENTS_PER_CHUNK));
    data = { ...data, resolved: { ...data.resolved, events: [] } };
  }
  const eventsAhead = sentAhead ? { eventsAhead: { file: ahead.file, count: ahead.count ?? events.length } } : {};
  const written = data.written ?? [];
  if (written.reduce((sum, f) => sum + f.text.length, 0) <= CHARS_PER_PIECE) {
    return { head: data === result.data ? result : { ...result, data }, chunks, ...eventsAhead };
  }
  const pieces: TextPiece[] = [];
  written.forEach(({ text }, file) => {
    for (let k = 0; k < text.length; k += CHARS_PER_PIECE) pieces.push({ file, text: text.slice(k, k + CHARS_PER_PIECE) });
  });
  data = { ...data, written: written.map(({ file }) => ({ file, text: '' })) };
  return { head: { ...result, data }, chunks, pieces, ...eventsAhead };
}

/** The result with the events and file text read from the bytes sent ahead in place. */
export function joinAhead(head: DataResult, read: EventsRead, pieces: readonly TextPiece[] = []): DataResult {
  const joined = joinResult(head, read.chunks, pieces);
  if (joined.kind === 'csv-header' || !joined.data?.written) return joined;
  const written = joined.data.written.map((f, k) =>
    k === read.file ? { file: f.file, text: read.text, parts: read.parts } : f,
  );
  return { ...joined, data: { ...joined.data, written } };
}

/** The result with the chunks' events and the pieces' texts back in place, in order. */
export function joinResult(
  head: DataResult,
  chunks: readonly (readonly ResolvedEvent[])[],
  pieces: readonly TextPiece[] = [],
): DataResult {
  if (head.kind === 'csv-header' || !head.data || (chunks.length === 0 && pieces.length === 0)) return head;
  let data = head.data;
  if (chunks.length > 0) data = { ...data, resolved: { ...data.resolved, events: chunks.flat() } };
  if (pieces.length > 0 && data.written) {
    // Joined with `+`, the engine links the slices rather than copying them, so joining costs no long task; the
    // slices are kept too, for a save to cut its chunks from them without reading the joined text whole.
    const texts = data.written.map(() => '');
    const parts = data.written.map((): string[] => []);
    for (const piece of pieces) {
      texts[piece.file] += piece.text;
      parts[piece.file]?.push(piece.text);
    }
    data = {
      ...data,
      written: data.written.map(({ file }, k) => ({ file, text: texts[k] ?? '', parts: parts[k] ?? [] })),
    };
  }
  return { ...head, data };
}
