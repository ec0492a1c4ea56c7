/**
 * Opening Chronograph's database: two object stores, both with out-of-line keys so that a damaged value can still
 * sit under its key and be reported instead of breaking the store.
 */
import { StorageError, toStorageError } from './storage-error.ts';

/** Snapshots under their version number. */
export const SNAPSHOTS = 'snapshots';
/** The head (under {@link HEAD_KEY}) and the settings (under `setting:` keys). */
export const META = 'meta';
/** The schema version; raise it, with an upgrade step, when the object stores change. */
const SCHEMA_VERSION = 1;
const ACTION = 'opening the database';

/**
 * Opens (creating when needed) the database called `name`. The global `indexedDB` is only the default: tests and
 * other hosts pass their own factory. Every failure rejects with a StorageError.
 */
export function openDatabase(
  name: string,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (factory === undefined) {
      reject(new StorageError('storage-unavailable', `${ACTION} (this browser has no IndexedDB)`));
      return;
    }
    let settled = false;
    try {
      const request = factory.open(name, SCHEMA_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(SNAPSHOTS)) db.createObjectStore(SNAPSHOTS);
        if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
      };
      request.onblocked = () => {
        settled = true;
        reject(new StorageError('storage-unavailable', `${ACTION} (another tab keeps an older version open)`));
      };
      request.onerror = () => {
        settled = true;
        const { error } = request;
        // A VersionError means a newer Chronograph upgraded the database; only reloading gets that version.
        if (error?.name === 'VersionError') {
          reject(new StorageError('storage-unavailable', `${ACTION} (a newer Chronograph saved it; reload)`, error));
        } else reject(toStorageError(error, ACTION));
      };
      request.onsuccess = () => {
        const db = request.result;
        // A connection that arrives after the caller was told it failed would never be closed otherwise.
        if (settled) return db.close();
        // Closing on a version change lets a newer app in another tab upgrade instead of being blocked by this one.
        db.onversionchange = () => db.close();
        resolve(db);
      };
    } catch (error) {
      reject(toStorageError(error, ACTION));
    }
  });
}
