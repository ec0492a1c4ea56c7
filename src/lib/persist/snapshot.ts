/**
 * What Chronograph keeps on the device: the texts the app loaded and the user's stories, as plain JSON-compatible
 * data. Datasets are stored as TEXT, exactly as they will be validated, because the app validates what it loads
 * with its own validator; this module never interprets them.
 */

/** The only snapshot format this version writes and reads. */
export const SNAPSHOT_FORMAT = 1;

/** The label of a snapshot that stands for the bundled dataset. */
export const BUNDLED_LABEL = 'bundled';

/** One text file, named as the user knows it. */
export interface SnapshotFile {
  /** The file name, e.g. `raqqa.json` or `articles/bbc-2017-06-06.txt`. */
  readonly file: string;
  /** The file's text, exactly as it will be validated. */
  readonly text: string;
  /**
   * The flat strings that `text` was joined from with `+`, when it was assembled from messages; joined, they are
   * exactly `text`. A string joined with `+` is kept as a link between its parts until something reads it whole,
   * and the first read copies all of it in one task, over a second for a dataset of 100,000 events. Saving reads
   * these parts instead of `text`, a chunk at a time. A file rebuilt with another text must not keep them.
   */
  readonly parts?: readonly string[];
}

/** Everything needed to restore what the user was working on. */
export interface Snapshot {
  /** The snapshot format version; a record with another value is not read. */
  readonly format: typeof SNAPSHOT_FORMAT;
  /** What the user would call it, e.g. the imported file name(s), or {@link BUNDLED_LABEL}. */
  readonly label: string;
  /** The dataset JSON texts; none means the bundled dataset (see {@link isBundled}). */
  readonly files: readonly SnapshotFile[];
  /** The article texts the dataset cites that are not bundled with the app. */
  readonly articles: readonly SnapshotFile[];
  /** The user's stories as JSON text, `"[]"` when there are none. */
  readonly stories: string;
  /** Not used by this module; the CSV column mapping is kept as a setting instead. */
  readonly mapping?: string;
}

/**
 * The snapshot that means "the bundled dataset", with the given stories. It is marked by having no dataset files,
 * which an import never produces (an empty import is refused), so no separate kind field is needed.
 */
export function bundledSnapshot(stories = '[]'): Snapshot {
  return { format: SNAPSHOT_FORMAT, label: BUNDLED_LABEL, files: [], articles: [], stories };
}

/** Whether the snapshot stands for the bundled dataset rather than an imported one. */
export function isBundled(snapshot: Snapshot): boolean {
  return snapshot.files.length === 0;
}
