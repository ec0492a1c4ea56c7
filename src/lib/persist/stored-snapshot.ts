/**
 * A snapshot as the `snapshots` store holds it. Writing a value to IndexedDB copies all of it on the page's main
 * thread in one task, and Chromium refuses a value over 127 MiB, so a long text is not kept in its version's
 * record: it is kept in chunk records of its own, and the record holds where they are (see `text-chunks.ts`).
 */
import type { Snapshot } from './snapshot.ts';

/** Where a text kept in chunks is: the chunk records `[version, first]` to `[version, first + count - 1]`, in order. */
export interface TextChunks {
  /** The number of its first chunk; a record's chunks are numbered from 0 across all its texts. */
  readonly first: number;
  /** How many chunks hold it; at least one. */
  readonly count: number;
  /** Its length in UTF-16 code units, which the joined chunks must have. */
  readonly length: number;
}

/** A text as a record holds it: the text itself, or where its chunks are. */
export type StoredText = string | TextChunks;

/** A named file whose text is of type `T`. */
export interface FileWith<T> {
  readonly file: string;
  readonly text: T;
}

/** A snapshot whose texts are of type `T`: a Snapshot when they are strings. */
export type SnapshotWith<T> = Omit<Snapshot, 'files' | 'articles' | 'stories'> & {
  readonly files: readonly FileWith<T>[];
  readonly articles: readonly FileWith<T>[];
  readonly stories: T;
};

/** A snapshot as its record holds it. */
export type StoredSnapshot = SnapshotWith<StoredText>;

/** A readable record of the `snapshots` store, its texts not yet read from their chunks. */
export interface StoredRecord {
  /** The version number, also the record's key. */
  readonly version: number;
  /** When it was saved, as an ISO 8601 string. */
  readonly savedAt: string;
  /** What was saved. */
  readonly snapshot: StoredSnapshot;
}

/**
 * The snapshot with each text replaced by `f(text, place)`, where `place` names the field, e.g. `files[0].text`.
 * `f` is called in one fixed order (the files, the articles, then the stories), which chunk numbering relies on.
 */
export function mapTexts<A, B>(snapshot: SnapshotWith<A>, f: (text: A, place: string) => B): SnapshotWith<B> {
  const files = snapshot.files.map(({ file, text }, k) => ({ file, text: f(text, `files[${k}].text`) }));
  const articles = snapshot.articles.map(({ file, text }, k) => ({ file, text: f(text, `articles[${k}].text`) }));
  const stories = f(snapshot.stories, 'stories');
  return { ...snapshot, files, articles, stories };
}
