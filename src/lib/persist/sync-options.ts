/**
 * What a SnapshotSync is given and what it reports: the store it writes to, its timing, and the callbacks through
 * which the app learns of saves, conflicts and failures.
 */
import type { Head } from './head.ts';
import type { SaveResult } from './save-snapshot.ts';
import type { Snapshot } from './snapshot.ts';
import type { StorageError } from './storage-error.ts';
import type { Timer } from './timer.ts';

/** The part of the store the sync needs. */
export interface SnapshotWriter {
  save(snapshot: Snapshot, baseVersion: number): Promise<SaveResult>;
}

/**
 * `loading` until the app reports what it loaded; `ready` to write; `failed` after a storage error (the next edit
 * tries again); `conflict` after another writer saved first (no more writes); `closed` after `close`.
 */
export type SyncState = 'loading' | 'ready' | 'failed' | 'conflict' | 'closed';

/** How a sync writes and whom it tells. */
export interface SnapshotSyncOptions {
  readonly store: SnapshotWriter;
  /** The least time between two writes, in milliseconds; 500 when omitted. */
  readonly delay?: number;
  /** The timer; the global `setTimeout` when omitted. */
  readonly timer?: Timer;
  /** Called after each successful write with the new version. */
  readonly onSaved?: (version: number) => void;
  /** Called once, when another writer saved first; `head` is what it saved. */
  readonly onConflict?: (head: Head) => void;
  /** Called when a write fails, with the snapshot it could not save (also kept as `pending`). */
  readonly onError?: (error: StorageError, pending: Snapshot) => void;
}
