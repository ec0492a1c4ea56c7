/**
 * Reading stored values back. Whatever is in IndexedDB is untrusted: an older or newer app, an extension or the
 * user in developer tools may have written it. Each field is checked, and a value that fails any check is reported
 * as unreadable instead of being repaired.
 */
import { SNAPSHOT_FORMAT, type Snapshot, type SnapshotFile } from './snapshot.ts';

/** A snapshot as it is stored: one record of the `snapshots` object store, under its version number. */
export interface StoredVersion {
  /** The version number, also the record's key; versions start at 1 and only grow. */
  readonly version: number;
  /** When it was saved, as an ISO 8601 string. */
  readonly savedAt: string;
  /** What was saved. */
  readonly snapshot: Snapshot;
}

/** A non-null object whose fields can be looked up by name. */
function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the value is a version number: a positive safe integer. */
export function isVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

/** Reads a list of files, or undefined when it or any entry is not a `{ file, text }` pair of strings. */
function readFiles(value: unknown): SnapshotFile[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const files: SnapshotFile[] = [];
  for (const entry of value) {
    if (!isRecord(entry) || typeof entry.file !== 'string' || typeof entry.text !== 'string') return undefined;
    files.push({ file: entry.file, text: entry.text });
  }
  return files;
}

/** Reads a snapshot, or undefined when the value does not have the snapshot shape. */
export function readSnapshot(value: unknown): Snapshot | undefined {
  if (!isRecord(value) || value.format !== SNAPSHOT_FORMAT) return undefined;
  const { label, stories, mapping } = value;
  const files = readFiles(value.files);
  const articles = readFiles(value.articles);
  if (typeof label !== 'string' || typeof stories !== 'string' || files === undefined || articles === undefined) {
    return undefined;
  }
  if (mapping !== undefined && typeof mapping !== 'string') return undefined;
  const snapshot: Snapshot = { format: SNAPSHOT_FORMAT, label, files, articles, stories };
  return mapping === undefined ? snapshot : { ...snapshot, mapping };
}

/** Reads the record stored under `key`, or undefined when the key or the value is not a stored version. */
export function readStoredVersion(key: IDBValidKey, value: unknown): StoredVersion | undefined {
  if (!isVersion(key) || !isRecord(value) || value.version !== key || typeof value.savedAt !== 'string') {
    return undefined;
  }
  const snapshot = readSnapshot(value.snapshot);
  return snapshot === undefined ? undefined : { version: key, savedAt: value.savedAt, snapshot };
}
