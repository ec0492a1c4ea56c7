/**
 * The persistence API the app uses: one store instance per tab, over one IndexedDB database. Every method resolves
 * or rejects with a StorageError; no DOMException leaves it.
 */
import { discardUnreadable } from './discard-unreadable.ts';
import { openDatabase } from './idb-open.ts';
import * as read from './read-snapshots.ts';
import type { LoadResult, VersionInfo } from './read-snapshots.ts';
import { saveSnapshot, type SaveResult } from './save-snapshot.ts';
import { SaveNotifier, type ChannelConstructor, type SaveAnnouncement } from './save-notifier.ts';
import { getSetting, putSetting } from './settings.ts';
import { bundledSnapshot, type Snapshot } from './snapshot.ts';
import type { StoredVersion } from './snapshot-shape.ts';
import { toStorageError } from './storage-error.ts';

/** A random writer id; `crypto.randomUUID` exists only in secure contexts, `getRandomValues` everywhere. */
function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** How to open a store; everything has a default for the browser. */
export interface SnapshotStoreOptions {
  /** The IndexedDB factory; the global `indexedDB` when omitted. */
  readonly factory?: IDBFactory;
  /** The database name; `chronograph` when omitted. */
  readonly name?: string;
  /** How many readable versions to keep; 5 when omitted. Unreadable ones are kept besides. */
  readonly keep?: number;
  /** The clock that stamps `savedAt`; the real one when omitted. */
  readonly clock?: () => Date;
  /** The id recorded in the head by this instance's saves; a random id when omitted. */
  readonly writer?: string;
  /** The channel that announces saves to other tabs, and its constructor (the global BroadcastChannel by default). */
  readonly channel?: { readonly name: string; readonly Channel?: ChannelConstructor };
}

/** Saved snapshots, their versions and the settings of one database, as seen from one tab. */
export class SnapshotStore {
  readonly #db: IDBDatabase;
  readonly #notifier: SaveNotifier | undefined;
  readonly #keep: number;
  readonly #clock: () => Date;
  /** The id this instance records in the head when it saves. */
  readonly writer: string;

  private constructor(db: IDBDatabase, notifier: SaveNotifier | undefined, options: SnapshotStoreOptions) {
    this.#db = db;
    this.#notifier = notifier;
    this.#keep = options.keep ?? 5;
    this.#clock = options.clock ?? (() => new Date());
    this.writer = options.writer ?? randomId();
  }

  /** Opens (creating when needed) the database; rejects with a StorageError when storage cannot be used. */
  static async open(options: SnapshotStoreOptions = {}): Promise<SnapshotStore> {
    const keep = options.keep ?? 5;
    if (!Number.isSafeInteger(keep) || keep < 1) throw new RangeError(`invalid keep: ${keep}`);
    let db: IDBDatabase;
    try {
      db = await openDatabase(options.name ?? 'chronograph', options.factory);
    } catch (error) {
      throw toStorageError(error, 'opening the database');
    }
    const { channel } = options;
    const Channel = channel?.Channel ?? globalThis.BroadcastChannel;
    // Without BroadcastChannel (very old browsers) saves still never overwrite each other; tabs just learn later.
    const notifier =
      channel === undefined || Channel === undefined ? undefined : new SaveNotifier(channel.name, Channel);
    return new SnapshotStore(db, notifier, options);
  }

  /** Saves `snapshot` as the version after `baseVersion`, or reports a conflict when another writer saved first. */
  async save(snapshot: Snapshot, baseVersion: number): Promise<SaveResult> {
    const savedAt = this.#clock().toISOString();
    const request = { snapshot, baseVersion, savedAt, writer: this.writer, keep: this.#keep };
    const result = await saveSnapshot(this.#db, request);
    if (result.ok) this.#notifier?.announce(result.version);
    return result;
  }

  /** Saves "the bundled dataset" (with `stories`) as a new version, so the imported ones stay loadable for undo. */
  restoreBundled(baseVersion: number, stories?: string): Promise<SaveResult> {
    return this.save(bundledSnapshot(stories), baseVersion);
  }

  /** Loads the newest readable snapshot and lists the records that cannot be read. */
  load(): Promise<LoadResult> {
    return read.loadNewest(this.#db);
  }

  /** Loads one version, or undefined when there is none; an unreadable one rejects with 'storage-corrupt'. */
  loadVersion(version: number): Promise<(StoredVersion & { head: number }) | undefined> {
    return read.loadVersion(this.#db, version);
  }

  /** Lists the readable versions, newest first. */
  listVersions(): Promise<VersionInfo[]> {
    return read.listVersions(this.#db);
  }

  /** Deletes the given unreadable records (after the user downloaded them); readable ones are never deleted. */
  discardUnreadable(keys: readonly IDBValidKey[]): Promise<IDBValidKey[]> {
    return discardUnreadable(this.#db, keys);
  }

  /** Reads a setting, or undefined when it was never set. */
  getSetting(name: string): Promise<string | undefined> {
    return getSetting(this.#db, name);
  }

  /** Stores a setting. */
  putSetting(name: string, value: string): Promise<void> {
    return putSetting(this.#db, name, value);
  }

  /** Calls `callback` when another tab announces a save, until the returned function is called. */
  onExternalSave(callback: (announcement: SaveAnnouncement) => void): () => void {
    return this.#notifier?.onExternalSave(callback) ?? (() => {});
  }

  /** Closes the channel and the database connection; later calls reject with 'storage-unavailable'. */
  close(): void {
    this.#notifier?.close();
    this.#db.close();
  }
}
