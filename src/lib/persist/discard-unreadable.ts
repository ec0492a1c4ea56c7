/**
 * Discarding the unreadable records once the user has downloaded them, in one transaction. Only what is still
 * unreadable goes: a key that belongs to a readable version (its record or one of its chunks) is left alone, so a
 * stale list cannot delete a good version. The chunks of each version a key belongs to are read to decide.
 */
import { readChunks } from './chunk-requests.ts';
import { SNAPSHOTS } from './idb-open.ts';
import { transact } from './idb-transaction.ts';
import { isVersion } from './snapshot-shape.ts';
import { recordCount, sortRecords } from './stored-records.ts';
import { chunkId, chunkKeys, isChunkKey, joinTexts } from './text-chunks.ts';

/** The version a key names: its own, or that of the chunk it is the key of. */
function namedVersion(key: IDBValidKey): number | undefined {
  if (isVersion(key)) return key;
  return isChunkKey(key) ? key[0] : undefined;
}

/** A version's or a chunk's key as a string, to look it up in a set; undefined for any other key. */
function keyId(key: IDBValidKey): string | undefined {
  if (isVersion(key)) return String(key);
  return isChunkKey(key) ? chunkId(key) : undefined;
}

/** Deletes the records under `keys` that are still unreadable, and resolves with the keys it deleted. */
export function discardUnreadable(db: IDBDatabase, keys: readonly IDBValidKey[]): Promise<IDBValidKey[]> {
  return transact<IDBValidKey[]>(db, [SNAPSHOTS], 'readwrite', 'discarding unreadable versions', (tx) => {
    const snapshots = tx.store(SNAPSHOTS);
    const discarded: IDBValidKey[] = [];
    tx.finish(discarded);
    const discard = (stored: readonly IDBValidKey[], values: readonly unknown[], damaged: ReadonlySet<number>) => {
      const { readable } = sortRecords(stored, values, damaged);
      const kept = new Set(readable.flatMap((record) => [record.version, ...chunkKeys(record)].map(keyId)));
      for (const key of keys) {
        const id = keyId(key);
        if (id !== undefined && kept.has(id)) continue;
        tx.then(snapshots.count(key), (count) => {
          if (count === 0) return;
          snapshots.delete(key);
          discarded.push(key);
        });
      }
    };
    // Checks, one version after another, that the chunks of the named readable versions hold their texts.
    const check = (stored: readonly IDBValidKey[], values: readonly unknown[]) => {
      const named = new Set(keys.map(namedVersion));
      const candidates = sortRecords(stored, values).readable.filter((record) => named.has(record.version));
      const damaged = new Set<number>();
      const next = (k: number): void => {
        const record = candidates[k];
        if (record === undefined) return discard(stored, values, damaged);
        readChunks(tx, snapshots, record, (chunks) => {
          if (!joinTexts(record, chunks).ok) damaged.add(record.version);
          next(k + 1);
        });
      };
      next(0);
    };
    tx.then(snapshots.getAllKeys(), (stored) => {
      const count = recordCount(stored);
      if (count === 0) return check(stored, []);
      tx.then(snapshots.getAll(null, count), (values) => check(stored, values));
    });
  });
}
