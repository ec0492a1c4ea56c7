/**
 * Reading saved versions back: the newest readable one, any one by number, the list for an "undo" menu, and
 * discarding the unreadable records once the user has downloaded them.
 */
import { currentHead, HEAD_KEY } from './head.ts';
import { META, SNAPSHOTS } from './idb-open.ts';
import { transact } from './idb-transaction.ts';
import { readStoredVersion, type StoredVersion } from './snapshot-shape.ts';
import type { Snapshot } from './snapshot.ts';
import { sortRecords, type StoredRecords, type UnreadableRecord } from './stored-records.ts';
import { StorageError } from './storage-error.ts';

/** What a load found. */
export interface LoadResult {
  /** The newest readable snapshot; undefined when none was saved or none can be read. */
  readonly snapshot: Snapshot | undefined;
  /** Its version; 0 when there is none. */
  readonly version: number;
  /** When it was saved; missing when there is none. */
  readonly savedAt?: string;
  /** The head version, to pass as `baseVersion` to the next save; above `version` when newer records are unreadable. */
  readonly head: number;
  /** Every stored record that could not be read, kept until `discardUnreadable`. */
  readonly unreadable: readonly UnreadableRecord[];
}

/** One saved version, as a version list shows it. */
export interface VersionInfo {
  readonly version: number;
  readonly savedAt: string;
  readonly label: string;
}

/** Reads every snapshot record and the head in one transaction, so that they agree. */
function readAll(db: IDBDatabase): Promise<StoredRecords & { readonly head: number }> {
  return transact(db, [SNAPSHOTS, META], 'readonly', 'loading the saved versions', (tx) => {
    const snapshots = tx.store(SNAPSHOTS);
    tx.then(tx.store(META).get(HEAD_KEY), (storedHead) =>
      tx.then(snapshots.getAllKeys(), (keys) =>
        tx.then(snapshots.getAll(), (values) =>
          tx.finish({ ...sortRecords(keys, values), head: currentHead(storedHead, keys).version }),
        ),
      ),
    );
  });
}

/** Loads the newest readable snapshot, falling back past unreadable newer records, which it lists. */
export async function loadNewest(db: IDBDatabase): Promise<LoadResult> {
  const { readable, unreadable, head } = await readAll(db);
  const newest = readable[0];
  if (newest === undefined) return { snapshot: undefined, version: 0, head, unreadable };
  return { snapshot: newest.snapshot, version: newest.version, savedAt: newest.savedAt, head, unreadable };
}

/** Lists the readable versions, newest first. */
export async function listVersions(db: IDBDatabase): Promise<VersionInfo[]> {
  const { readable } = await readAll(db);
  return readable.map(({ version, savedAt, snapshot }) => ({ version, savedAt, label: snapshot.label }));
}

/**
 * Loads one version with the current head, or undefined when there is no such version. A record that exists but
 * cannot be read rejects with 'storage-corrupt', since the caller asked for that one and a fallback would mislead.
 */
export function loadVersion(db: IDBDatabase, version: number): Promise<(StoredVersion & { head: number }) | undefined> {
  const action = `loading version ${version}`;
  return transact(db, [SNAPSHOTS, META], 'readonly', action, (tx) => {
    const snapshots = tx.store(SNAPSHOTS);
    tx.then(tx.store(META).get(HEAD_KEY), (storedHead) =>
      tx.then(snapshots.getAllKeys(), (keys) =>
        tx.then(snapshots.get(version), (value: unknown) => {
          if (value === undefined) return tx.finish(undefined);
          const stored = readStoredVersion(version, value);
          if (stored === undefined) throw new StorageError('storage-corrupt', action);
          tx.finish({ ...stored, head: currentHead(storedHead, keys).version });
        }),
      ),
    );
  });
}

/**
 * Deletes the records under `keys` that are still unreadable, in one transaction, and resolves with the keys it
 * deleted. A key whose record can be read (or is gone) is left alone, so a stale list cannot delete a good version.
 */
export function discardUnreadable(db: IDBDatabase, keys: readonly IDBValidKey[]): Promise<IDBValidKey[]> {
  return transact<IDBValidKey[]>(db, [SNAPSHOTS], 'readwrite', 'discarding unreadable versions', (tx) => {
    const snapshots = tx.store(SNAPSHOTS);
    const discarded: IDBValidKey[] = [];
    tx.finish(discarded);
    for (const key of keys) {
      tx.then(snapshots.get(key), (value: unknown) => {
        if (value === undefined || readStoredVersion(key, value) !== undefined) return;
        snapshots.delete(key);
        discarded.push(key);
      });
    }
  });
}
