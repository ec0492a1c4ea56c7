/**
 * Sorting the stored snapshot records into those that can be read, newest first, and those that cannot. Both the
 * load and the save's pruning go through here, so a record that cannot be read is never mistaken for an old one.
 */
import { readStoredVersion, type StoredVersion } from './snapshot-shape.ts';

/** A stored record that does not have the snapshot shape, kept until the user has downloaded and discarded it. */
export interface UnreadableRecord {
  /** The record's key in the `snapshots` store. */
  readonly key: IDBValidKey;
  /** The value as stored, for the user to download. */
  readonly raw: unknown;
}

/** The records of the `snapshots` store, sorted. */
export interface StoredRecords {
  /** The readable versions, newest first. */
  readonly readable: readonly StoredVersion[];
  /** The records that could not be read, in key order. */
  readonly unreadable: readonly UnreadableRecord[];
}

/** Sorts records given as parallel key and value lists, as `getAllKeys()` and `getAll()` return them. */
export function sortRecords(keys: readonly IDBValidKey[], values: readonly unknown[]): StoredRecords {
  const readable: StoredVersion[] = [];
  const unreadable: UnreadableRecord[] = [];
  keys.forEach((key, index) => {
    const raw = values[index];
    const stored = readStoredVersion(key, raw);
    if (stored === undefined) unreadable.push({ key, raw });
    else readable.push(stored);
  });
  readable.sort((a, b) => b.version - a.version);
  return { readable, unreadable };
}
