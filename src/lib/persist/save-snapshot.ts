/**
 * Saving a snapshot as a new version, all in one readwrite transaction: read the head, refuse if another writer
 * saved since `baseVersion`, otherwise write the version and the new head, prune the oldest readable versions, and
 * write the chunks of the version's long texts one request at a time. Because the check and the writes share the
 * transaction, no other tab can save in between, and the version is stored whole or not at all.
 */
import { writeChunks } from './chunk-requests.ts';
import { currentHead, HEAD_KEY, type Head } from './head.ts';
import { META, SNAPSHOTS } from './idb-open.ts';
import { transact } from './idb-transaction.ts';
import type { Snapshot } from './snapshot.ts';
import { recordCount, sortRecords } from './stored-records.ts';
import { chunkKeys, cutTexts } from './text-chunks.ts';

/** The outcome of a save that did not fail. */
export type SaveResult =
  /** The snapshot was saved as `version`. */
  | { readonly ok: true; readonly version: number; readonly savedAt: string }
  /** Another writer saved first, so nothing was written; `head` is what it saved. */
  | { readonly ok: false; readonly reason: 'conflict'; readonly head: Head };

/** Everything one save needs. */
export interface SaveRequest {
  readonly snapshot: Snapshot;
  /** The head version the caller's state is based on: the one it loaded or last saved. */
  readonly baseVersion: number;
  /** When it is saved, as an ISO 8601 string. */
  readonly savedAt: string;
  /** The id of the saving store instance, recorded in the head. */
  readonly writer: string;
  /** How many readable versions to keep, the new one included. */
  readonly keep: number;
}

/** Saves the snapshot as the version after the head, unless the head is no longer `baseVersion`. */
export function saveSnapshot(db: IDBDatabase, request: SaveRequest): Promise<SaveResult> {
  const { snapshot, baseVersion, savedAt, writer, keep } = request;
  return transact<SaveResult>(db, [SNAPSHOTS, META], 'readwrite', `saving over version ${baseVersion}`, (tx) => {
    const snapshots = tx.store(SNAPSHOTS);
    const meta = tx.store(META);
    const write = (keys: readonly IDBValidKey[], storedHead: unknown, values: readonly unknown[] | undefined) => {
      const head = currentHead(storedHead, keys);
      if (head.version !== baseVersion) return tx.finish({ ok: false, reason: 'conflict', head });
      const version = head.version + 1;
      const stored = cutTexts(version, snapshot);
      // `add`, not `put`: the head is above every key, and if that ever fails to hold, failing beats overwriting.
      // Each add copies its value before it returns, so the chunks follow one at a time, after the record.
      const record = snapshots.add({ version, savedAt, snapshot: stored.snapshot }, version);
      tx.then(record, () => writeChunks(tx, snapshots, stored.chunks));
      meta.put({ version, writer }, HEAD_KEY);
      // Only readable versions count and only they are pruned: an unreadable one waits for the user.
      const { readable } = values === undefined ? { readable: [] } : sortRecords(keys, values);
      for (const old of readable.slice(Math.max(0, keep - 1))) {
        snapshots.delete(old.version);
        for (const chunk of chunkKeys(old)) snapshots.delete(chunk);
      }
      tx.finish({ ok: true, version, savedAt });
    };
    tx.then(meta.get(HEAD_KEY), (storedHead) =>
      tx.then(snapshots.getAllKeys(), (keys) => {
        // With fewer than `keep` records, the new one included makes at most `keep`: none is pruned, so none
        // is read back. A stored dataset can weigh a hundred megabytes, seconds of copying for the page.
        const count = recordCount(keys);
        if (count < keep) return write(keys, storedHead, undefined);
        // The count stops `getAll` at the versions' records: the chunks that follow them in key order stay unread.
        tx.then(snapshots.getAll(null, count), (values) => write(keys, storedHead, values));
      }),
    );
  });
}
