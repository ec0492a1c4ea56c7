/**
 * The requests that write chunks to the `snapshots` store and read them back, inside a transaction. `add` copies
 * its value on the page's main thread before it returns, so each chunk is added only once the previous one has
 * succeeded: one chunk per task, each a few milliseconds, and the page answers clicks in between. The transaction
 * stays open while a request is pending, so all the chunks commit with their record or none do.
 */
import type { TransactionSteps } from './idb-transaction.ts';
import type { StoredRecord } from './stored-snapshot.ts';
import { chunkKeys, type PendingChunk } from './text-chunks.ts';

/** Adds `chunks` from the one at `from`, each in the success callback of the one before. */
export function writeChunks<T>(
  tx: TransactionSteps<T>,
  snapshots: IDBObjectStore,
  chunks: readonly PendingChunk[],
  from = 0,
): void {
  const chunk = chunks[from];
  if (chunk === undefined) return;
  // A cut of a flat string shares its characters; the first cut of a text joined with `+` would copy all of it
  // into one string, which is why a text assembled from parts is cut from its parts (`cutTexts`).
  let text = '';
  for (const cut of chunk.cuts) text += cut.text.slice(cut.start, cut.end);
  tx.then(snapshots.add(text, chunk.key), () => writeChunks(tx, snapshots, chunks, from + 1));
}

/**
 * Reads every chunk `record` points to and calls `next` with the values by chunk number, a missing chunk's as
 * undefined. The requests go out together; each result arrives, and is copied into the page, in a task of its own.
 */
export function readChunks<T>(
  tx: TransactionSteps<T>,
  snapshots: IDBObjectStore,
  record: StoredRecord,
  next: (values: Map<number, unknown>) => void,
): void {
  const keys = chunkKeys(record);
  const values = new Map<number, unknown>();
  if (keys.length === 0) return next(values);
  let waiting = keys.length;
  for (const key of keys) {
    tx.then(snapshots.get(key), (value: unknown) => {
      values.set(key[1], value);
      waiting -= 1;
      if (waiting === 0) next(values);
    });
  }
}
