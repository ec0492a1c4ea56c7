/**
 * Keeping imported datasets and the user's stories on the device, DOM-free and UI-free: versioned snapshots in
 * IndexedDB saved with optimistic concurrency (long texts in chunks, written one short task at a time), damaged
 * records reported instead of dropped, saves announced to other tabs, a throttled sync for the app, small settings,
 * and one StorageError type for every failure.
 */
export type { Head } from './head.ts';
export type { LoadResult, VersionInfo } from './read-snapshots.ts';
export type { SaveResult } from './save-snapshot.ts';
export { SaveNotifier } from './save-notifier.ts';
export type { Channel, ChannelConstructor, SaveAnnouncement } from './save-notifier.ts';
export { BUNDLED_LABEL, bundledSnapshot, isBundled, SNAPSHOT_FORMAT } from './snapshot.ts';
export type { Snapshot, SnapshotFile } from './snapshot.ts';
export { readSnapshot } from './snapshot-shape.ts';
export type { StoredVersion } from './snapshot-shape.ts';
export { SnapshotStore } from './snapshot-store.ts';
export type { SnapshotStoreOptions } from './snapshot-store.ts';
export { SnapshotSync } from './snapshot-sync.ts';
export type { SnapshotSyncOptions, SnapshotWriter, SyncState } from './sync-options.ts';
export type { UnreadableRecord } from './stored-records.ts';
export { StorageError, toStorageError } from './storage-error.ts';
export type { StorageErrorCode } from './storage-error.ts';
export { realTimer } from './timer.ts';
export type { Timer } from './timer.ts';
