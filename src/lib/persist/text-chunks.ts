/**
 * Long texts in chunk records. A version's record keeps its texts while they total at most CHUNK_CHARS characters;
 * each text after that is cut into chunks of CHUNK_CHARS characters, stored under `[version, n]` with `n` counting
 * from 0 across the record, and the record keeps where they are. Saving writes one chunk per request, each once
 * the previous one has succeeded, so every copy of a chunk into IndexedDB is a short task of its own.
 */
import { isVersion, type Checked } from './snapshot-shape.ts';
import type { Snapshot } from './snapshot.ts';
import {
  mapTexts,
  type StoredRecord,
  type StoredSnapshot,
  type StoredText,
  type TextChunks,
} from './stored-snapshot.ts';

/** Characters per chunk: half a megabyte of two-byte text, a copy of a few milliseconds. */
export const CHUNK_CHARS = 1 << 18;

/** The key of chunk `n` of a version. */
export type ChunkKey = [version: number, n: number];

/** Whether a key of the `snapshots` store has the shape of a chunk's key. */
export function isChunkKey(key: IDBValidKey): key is ChunkKey {
  if (!Array.isArray(key) || key.length !== 2) return false;
  const [version, n] = key;
  return isVersion(version) && typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

/** A chunk key as a string, to look it up in a set. */
export function chunkId([version, n]: ChunkKey): string {
  return `${version}/${n}`;
}

/** Every text of the record kept in chunks. */
function chunkedTexts(record: StoredRecord): TextChunks[] {
  const chunked: TextChunks[] = [];
  mapTexts(record.snapshot, (text) => {
    if (typeof text !== 'string') chunked.push(text);
  });
  return chunked;
}

/** The keys of the chunks the record points to, in order. */
export function chunkKeys(record: StoredRecord): ChunkKey[] {
  return chunkedTexts(record).flatMap(({ first, count }) =>
    Array.from({ length: count }, (_, k): ChunkKey => [record.version, first + k]),
  );
}

/** One chunk to write: its key, and the part of `text` it holds, which is cut only when it is written. */
export interface PendingChunk {
  readonly key: ChunkKey;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The snapshot as the record of `version` holds it, and the chunks to write beside it. */
export function cutTexts(version: number, snapshot: Snapshot): { snapshot: StoredSnapshot; chunks: PendingChunk[] } {
  const chunks: PendingChunk[] = [];
  let inRecord = 0;
  const stored = mapTexts<string, StoredText>(snapshot, (text) => {
    if (inRecord + text.length <= CHUNK_CHARS) {
      inRecord += text.length;
      return text;
    }
    const first = chunks.length;
    for (let start = 0; start < text.length; start += CHUNK_CHARS) {
      chunks.push({ key: [version, chunks.length], text, start, end: Math.min(text.length, start + CHUNK_CHARS) });
    }
    return { first, count: chunks.length - first, length: text.length };
  });
  return { snapshot: stored, chunks };
}

/**
 * The record's snapshot with its texts joined from `values`, the stored chunk values by chunk number. A chunk that
 * is missing or not text, or chunks whose joined length is not the text's, make it unreadable: never a shorter text.
 */
export function joinTexts(record: StoredRecord, values: ReadonlyMap<number, unknown>): Checked<Snapshot> {
  let problem: string | undefined;
  const snapshot = mapTexts(record.snapshot, (text, place) => {
    if (typeof text === 'string') return text;
    if (problem !== undefined) return '';
    let joined = '';
    for (let n = text.first; n < text.first + text.count; n += 1) {
      const value = values.get(n);
      if (typeof value !== 'string') {
        problem = `snapshot.${place}: chunk [${record.version}, ${n}] is ${value === undefined ? 'missing' : 'not text'}`;
        return '';
      }
      // Joined with `+`, the engine links the chunks rather than copying them.
      joined += value;
    }
    if (joined.length !== text.length) {
      problem = `snapshot.${place}: its chunks hold ${joined.length} characters, not ${text.length}`;
    }
    return joined;
  });
  return problem === undefined ? { ok: true, value: snapshot } : { ok: false, problem };
}
