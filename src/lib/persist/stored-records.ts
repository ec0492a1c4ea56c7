/**
 * Sorting the stored snapshot records into those that can be read, newest first, and those that cannot. Both the
 * load and the save's pruning go through here, so a record that cannot be read is never mistaken for an old one.
 * A version is readable when its record has the snapshot shape and every chunk it points to is stored; a chunk
 * that no readable version points to is unreadable like any other stray record.
 */
import { readStoredRecord } from './snapshot-shape.ts';
import type { StoredRecord } from './stored-snapshot.ts';
import { chunkId, chunkKeys, isChunkKey } from './text-chunks.ts';

/**
 * A stored record that is not part of a readable version (a record without the snapshot shape, or a chunk no
 * readable version points to), kept until the user has downloaded and discarded it.
 */
export interface UnreadableRecord {
  /** The record's key in the `snapshots` store. */
  readonly key: IDBValidKey;
  /** The value as stored, for the user to download. */
  readonly raw: unknown;
}

/** The records of the `snapshots` store, sorted. */
export interface StoredRecords {
  /** The readable versions, newest first. */
  readonly readable: readonly StoredRecord[];
  /** The records under keys that are not lists (versions' keys among them) that could not be read, in key order. */
  readonly unreadable: readonly UnreadableRecord[];
  /** The keys that are lists (chunks' keys among them) and are not a chunk of a readable version, in key order. */
  readonly loose: readonly IDBValidKey[];
}

/**
 * How many keys come before the first list key: the versions' records and any stray record, whose values are read
 * together, apart from the chunks. IndexedDB orders every number, date, string and binary key before any list.
 */
export function recordCount(keys: readonly IDBValidKey[]): number {
  const first = keys.findIndex((key) => Array.isArray(key));
  return first === -1 ? keys.length : first;
}

/**
 * Sorts the store's records, given every key in key order and the values of the first `recordCount(keys)` of
 * them. The versions in `damaged` count as unreadable: their chunks were read and did not hold their texts.
 */
export function sortRecords(
  keys: readonly IDBValidKey[],
  values: readonly unknown[],
  damaged: ReadonlySet<number> = new Set(),
): StoredRecords {
  const stored = new Set(keys.filter(isChunkKey).map(chunkId));
  const readable: StoredRecord[] = [];
  const unreadable: UnreadableRecord[] = [];
  keys.slice(0, values.length).forEach((key, index) => {
    const raw = values[index];
    const read = readStoredRecord(key, raw);
    if (
      read.ok &&
      !damaged.has(read.value.version) &&
      chunkKeys(read.value).every((chunk) => stored.has(chunkId(chunk)))
    ) {
      readable.push(read.value);
    } else unreadable.push({ key, raw });
  });
  const owned = new Set(readable.flatMap((record) => chunkKeys(record).map(chunkId)));
  const loose = keys.slice(values.length).filter((key) => !isChunkKey(key) || !owned.has(chunkId(key)));
  readable.sort((a, b) => b.version - a.version);
  return { readable, unreadable, loose };
}
