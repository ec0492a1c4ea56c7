/**
 * Long texts in chunk records. A version's record keeps its texts while they total at most CHUNK_CHARS characters;
 * each text after that is cut into chunks of CHUNK_CHARS characters, stored under `[version, n]` with `n` counting
 * from 0 across the record, and the record keeps where they are. Saving writes one chunk per request, each once
 * the previous one has succeeded, so every copy of a chunk into IndexedDB is a short task of its own. A text given
 * as parts is cut from its parts, a chunk that spans two joined from both, so that saving never reads it whole.
 */
import { isVersion, type Checked } from './snapshot-shape.ts';
import type { Snapshot, SnapshotFile } from './snapshot.ts';
import {
  mapTexts,
  type FileWith,
  type SnapshotWith,
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

/** A range of a string, which is cut only when its chunk is written. */
export interface TextCut {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** One chunk to write: its key, and the cuts that, joined in order, make its text. */
export interface PendingChunk {
  readonly key: ChunkKey;
  readonly cuts: readonly TextCut[];
}

/**
 * The snapshot with each text as the strings it is made of: a file's `parts` when it has them, else its text
 * alone. A file with parts has its text left unread, for reading it could copy the whole of it (see SnapshotFile).
 */
function textParts(snapshot: Snapshot): SnapshotWith<readonly string[]> {
  const split = (f: SnapshotFile): FileWith<readonly string[]> => ({ file: f.file, text: f.parts ?? [f.text] });
  return {
    ...snapshot,
    files: snapshot.files.map(split),
    articles: snapshot.articles.map(split),
    stories: [snapshot.stories],
  };
}

/** The cuts of each chunk of CHUNK_CHARS characters of the text that `parts` make, in order; a chunk may span parts. */
function chunkCuts(parts: readonly string[]): TextCut[][] {
  const chunks: TextCut[][] = [];
  let chunk: TextCut[] = [];
  let room = CHUNK_CHARS;
  for (const text of parts) {
    let start = 0;
    while (start < text.length) {
      const end = Math.min(text.length, start + room);
      chunk.push({ text, start, end });
      room -= end - start;
      start = end;
      if (room === 0) {
        chunks.push(chunk);
        chunk = [];
        room = CHUNK_CHARS;
      }
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** The snapshot as the record of `version` holds it, and the chunks to write beside it. */
export function cutTexts(version: number, snapshot: Snapshot): { snapshot: StoredSnapshot; chunks: PendingChunk[] } {
  const chunks: PendingChunk[] = [];
  let inRecord = 0;
  const stored = mapTexts<readonly string[], StoredText>(textParts(snapshot), (parts) => {
    const length = parts.reduce((sum, part) => sum + part.length, 0);
    if (inRecord + length <= CHUNK_CHARS) {
      inRecord += length;
      // At most a chunk of text in all, so copying the joined parts into the record is short; a text alone is kept.
      return parts.reduce((text, part) => text + part, '');
    }
    const first = chunks.length;
    for (const cuts of chunkCuts(parts)) chunks.push({ key: [version, chunks.length], cuts });
    return { first, count: chunks.length - first, length };
  });
  return { snapshot: stored, chunks };
}

/** A text read back, with the chunks it was joined from when it was stored in chunks. */
interface JoinedText {
  readonly text: string;
  readonly parts?: readonly string[];
}

/**
 * The record's snapshot with its texts joined from `values`, the stored chunk values by chunk number; a file's
 * text joined from chunks keeps them as its `parts` (see SnapshotFile). A chunk that is missing or not text, or
 * chunks whose joined length is not the text's, make it unreadable: never a shorter text.
 */
export function joinTexts(record: StoredRecord, values: ReadonlyMap<number, unknown>): Checked<Snapshot> {
  let problem: string | undefined;
  const snapshot = mapTexts(record.snapshot, (text, place): JoinedText => {
    if (typeof text === 'string') return { text };
    if (problem !== undefined) return { text: '' };
    let joined = '';
    const parts: string[] = [];
    for (let n = text.first; n < text.first + text.count; n += 1) {
      const value = values.get(n);
      if (typeof value !== 'string') {
        problem = `snapshot.${place}: chunk [${record.version}, ${n}] is ${value === undefined ? 'missing' : 'not text'}`;
        return { text: '' };
      }
      // Joined with `+`, the engine links the chunks rather than copying them.
      joined += value;
      parts.push(value);
    }
    if (joined.length !== text.length) {
      problem = `snapshot.${place}: its chunks hold ${joined.length} characters, not ${text.length}`;
    }
    return { text: joined, parts };
  });
  if (problem !== undefined) return { ok: false, problem };
  const file = ({ file, text }: FileWith<JoinedText>): SnapshotFile =>
    text.parts ? { file, text: text.text, parts: text.parts } : { file, text: text.text };
  return {
    ok: true,
    value: {
      ...snapshot,
      files: snapshot.files.map(file),
      articles: snapshot.articles.map(file),
      stories: snapshot.stories.text,
    },
  };
}
