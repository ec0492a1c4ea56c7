/**
 * Reading saved versions back: the newest readable one, any one by number, and the list for an "undo" menu. Each
 * reads the head, the keys and the versions' records in one transaction, so that they agree, and reads a version's
 * chunks only when its texts are wanted.
 */
import { readChunks } from './chunk-requests.ts';
import { currentHead, HEAD_KEY } from './head.ts';
import { META, SNAPSHOTS } from './idb-open.ts';
import { transact, type TransactionSteps } from './idb-transaction.ts';
import { readStoredRecord, type StoredVersion } from './snapshot-shape.ts';
import type { Snapshot } from './snapshot.ts';
import type { StoredRecord } from './stored-snapshot.ts';
import { recordCount, sortRecords, type UnreadableRecord } from './stored-records.ts';
import { StorageError } from './storage-error.ts';
import { joinTexts } from './text-chunks.ts';

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

/** The head, every key of the `snapshots` store in key order, and the values of the records before the chunks. */
interface StoreIndex {
  readonly head: number;
  readonly keys: readonly IDBValidKey[];
  readonly values: readonly unknown[];
}

/** Reads the store's index in the transaction and calls `next` with it. */
function readIndex<T>(tx: TransactionSteps<T>, next: (index: StoreIndex) => void): void {
  const snapshots = tx.store(SNAPSHOTS);
  tx.then(tx.store(META).get(HEAD_KEY), (storedHead) =>
    tx.then(snapshots.getAllKeys(), (keys) => {
      const head = currentHead(storedHead, keys).version;
      const count = recordCount(keys);
      // A count of 0 would mean no limit; with one, `getAll` stops before the chunks, which follow in key order.
      if (count === 0) return next({ head, keys, values: [] });
      tx.then(snapshots.getAll(null, count), (values) => next({ head, keys, values }));
    }),
  );
}

/** Reads the values under `keys` and calls `next` with them as unreadable records, in the same order. */
function readStrays<T>(
  tx: TransactionSteps<T>,
  keys: readonly IDBValidKey[],
  next: (records: UnreadableRecord[]) => void,
): void {
  const records: UnreadableRecord[] = [];
  if (keys.length === 0) return next(records);
  const snapshots = tx.store(SNAPSHOTS);
  // Requests of one transaction succeed in the order they were made.
  for (const key of keys) {
    tx.then(snapshots.get(key), (raw: unknown) => {
      records.push({ key, raw });
      if (records.length === keys.length) next(records);
    });
  }
}

/**
 * Loads the newest readable snapshot, falling back past unreadable newer records, which it lists. A version whose
 * chunks turn out not to hold its texts is unreadable too, with its chunks, and the next older one is tried.
 */
export function loadNewest(db: IDBDatabase): Promise<LoadResult> {
  return transact<LoadResult>(db, [SNAPSHOTS, META], 'readonly', 'loading the saved versions', (tx) => {
    readIndex(tx, ({ head, keys, values }) => {
      const damaged = new Set<number>();
      const finish = (newest: StoredRecord | undefined, snapshot: Snapshot | undefined): void => {
        const { unreadable, loose } = sortRecords(keys, values, damaged);
        readStrays(tx, loose, (strays) => {
          const all = [...unreadable, ...strays];
          if (newest === undefined) return tx.finish({ snapshot: undefined, version: 0, head, unreadable: all });
          tx.finish({ snapshot, version: newest.version, savedAt: newest.savedAt, head, unreadable: all });
        });
      };
      const tryNewest = (): void => {
        const record = sortRecords(keys, values, damaged).readable[0];
        if (record === undefined) return finish(undefined, undefined);
        readChunks(tx, tx.store(SNAPSHOTS), record, (chunks) => {
          const joined = joinTexts(record, chunks);
          if (joined.ok) return finish(record, joined.value);
          damaged.add(record.version);
          tryNewest();
        });
      };
      tryNewest();
    });
  });
}

/** Lists the readable versions, newest first. */
export function listVersions(db: IDBDatabase): Promise<VersionInfo[]> {
  return transact<VersionInfo[]>(db, [SNAPSHOTS, META], 'readonly', 'loading the saved versions', (tx) => {
    readIndex(tx, ({ keys, values }) => {
      const { readable } = sortRecords(keys, values);
      tx.finish(readable.map(({ version, savedAt, snapshot }) => ({ version, savedAt, label: snapshot.label })));
    });
  });
}

/**
 * Loads one version with the current head, or undefined when there is no such version. A record that exists but
 * cannot be read, or whose chunks do not hold its texts, rejects with 'storage-corrupt' naming what is wrong,
 * since the caller asked for that one and a fallback would mislead.
 */
export function loadVersion(db: IDBDatabase, version: number): Promise<(StoredVersion & { head: number }) | undefined> {
  const action = `loading version ${version}`;
  return transact(db, [SNAPSHOTS, META], 'readonly', action, (tx) => {
    const snapshots = tx.store(SNAPSHOTS);
    tx.then(tx.store(META).get(HEAD_KEY), (storedHead) =>
      tx.then(snapshots.getAllKeys(), (keys) =>
        tx.then(snapshots.get(version), (value: unknown) => {
          if (value === undefined) return tx.finish(undefined);
          const stored = readStoredRecord(version, value);
          if (!stored.ok) throw new StorageError('storage-corrupt', `${action} (${stored.problem})`);
          const record = stored.value;
          readChunks(tx, snapshots, record, (chunks) => {
            const joined = joinTexts(record, chunks);
            if (!joined.ok) throw new StorageError('storage-corrupt', `${action} (${joined.problem})`);
            const head = currentHead(storedHead, keys).version;
            tx.finish({ version, savedAt: record.savedAt, snapshot: joined.value, head });
          });
        }),
      ),
    );
  });
}
