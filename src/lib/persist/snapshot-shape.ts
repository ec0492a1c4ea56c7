/**
 * Reading stored values back. Whatever is in IndexedDB is untrusted: an older or newer app, an extension or the
 * user in developer tools may have written it. Each field is checked, and a value that fails any check is reported
 * as unreadable, with the field that failed, instead of being repaired.
 */
import { SNAPSHOT_FORMAT, type Snapshot } from './snapshot.ts';
import type { FileWith, SnapshotWith, StoredRecord, StoredText } from './stored-snapshot.ts';

/** A snapshot as it is stored: one record of the `snapshots` object store, under its version number. */
export interface StoredVersion {
  /** The version number, also the record's key; versions start at 1 and only grow. */
  readonly version: number;
  /** When it was saved, as an ISO 8601 string. */
  readonly savedAt: string;
  /** What was saved. */
  readonly snapshot: Snapshot;
}

/** What a check found: the value it read, or the first problem, naming the field. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

const pass = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = (problem: string): { readonly ok: false; readonly problem: string } => ({ ok: false, problem });

/** A non-null object whose fields can be looked up by name. */
function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the value is a version number: a positive safe integer. */
export function isVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

/** Whether the value is a safe integer of at least `least`. */
function isCount(value: unknown, least: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= least;
}

/** Reads a text that must be a string. */
function readText(value: unknown, place: string): Checked<string> {
  return typeof value === 'string' ? pass(value) : fail(`${place} is not text`);
}

/** Reads a text as a record holds it: a string, or `{ first, count, length }` saying where its chunks are. */
function readStoredText(value: unknown, place: string): Checked<StoredText> {
  if (typeof value === 'string') return pass(value);
  if (!isRecord(value)) return fail(`${place} is neither text nor where its chunks are`);
  const { first, count, length } = value;
  if (!isCount(first, 0) || !isCount(count, 1) || !isCount(length, 0)) {
    return fail(`${place} does not say where its chunks are: first and length must be whole numbers, count above 0`);
  }
  return pass({ first, count, length });
}

/** Reads a list of `{ file, text }` pairs whose texts `read` accepts. */
function readFiles<T>(
  value: unknown,
  place: string,
  read: (value: unknown, place: string) => Checked<T>,
): Checked<FileWith<T>[]> {
  if (!Array.isArray(value)) return fail(`${place} is not a list`);
  const files: FileWith<T>[] = [];
  for (const [k, entry] of value.entries()) {
    if (!isRecord(entry) || typeof entry.file !== 'string') return fail(`${place}[${k}] is not a named file`);
    const text = read(entry.text, `${place}[${k}].text`);
    if (!text.ok) return text;
    files.push({ file: entry.file, text: text.value });
  }
  return pass(files);
}

/** Reads a snapshot whose texts `read` accepts. */
function readSnapshotWith<T>(
  value: unknown,
  read: (value: unknown, place: string) => Checked<T>,
): Checked<SnapshotWith<T>> {
  if (!isRecord(value)) return fail('snapshot is not an object');
  if (value.format !== SNAPSHOT_FORMAT) return fail(`snapshot.format is not ${SNAPSHOT_FORMAT}`);
  const { label, mapping } = value;
  if (typeof label !== 'string') return fail('snapshot.label is not text');
  const files = readFiles(value.files, 'snapshot.files', read);
  if (!files.ok) return files;
  const articles = readFiles(value.articles, 'snapshot.articles', read);
  if (!articles.ok) return articles;
  const stories = read(value.stories, 'snapshot.stories');
  if (!stories.ok) return stories;
  if (mapping !== undefined && typeof mapping !== 'string') return fail('snapshot.mapping is not text');
  const snapshot: SnapshotWith<T> = {
    format: SNAPSHOT_FORMAT,
    label,
    files: files.value,
    articles: articles.value,
    stories: stories.value,
  };
  return pass(mapping === undefined ? snapshot : { ...snapshot, mapping });
}

/** Reads a snapshot, or undefined when the value does not have the snapshot shape. */
export function readSnapshot(value: unknown): Snapshot | undefined {
  const read = readSnapshotWith(value, readText);
  return read.ok ? read.value : undefined;
}

/**
 * Reads the record stored under `key`: a version number, and the snapshot with each text either in place or
 * where its chunks are. Whether those chunks are there, and hold the text, is checked when they are read.
 */
export function readStoredRecord(key: IDBValidKey, value: unknown): Checked<StoredRecord> {
  if (!isVersion(key)) return fail('its key is not a version number');
  if (!isRecord(value)) return fail('the record is not an object');
  if (value.version !== key) return fail(`its version is not its key, ${key}`);
  if (typeof value.savedAt !== 'string') return fail('savedAt is not text');
  const snapshot = readSnapshotWith(value.snapshot, readStoredText);
  return snapshot.ok ? pass({ version: key, savedAt: value.savedAt, snapshot: snapshot.value }) : snapshot;
}
