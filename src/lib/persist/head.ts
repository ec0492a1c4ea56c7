/**
 * The head: which version is the newest and who wrote it. Saves compare it with the version the writer started
 * from, so that two tabs never overwrite each other.
 */
import { isVersion } from './snapshot-shape.ts';
import { isChunkKey } from './text-chunks.ts';

/** The key of the head record in the `meta` store. */
export const HEAD_KEY = 'head';

/** The newest version, as recorded by the last save. */
export interface Head {
  /** The newest version number; 0 when nothing was ever saved. */
  readonly version: number;
  /** The id of the store instance (one per tab) that saved it; missing when the head record was lost or damaged. */
  readonly writer?: string;
}

/** Reads a stored head record, or undefined when it is missing or damaged. */
function readHead(value: unknown): Head | undefined {
  if (typeof value !== 'object' || value === null || !('version' in value) || !isVersion(value.version)) {
    return undefined;
  }
  const writer = 'writer' in value && typeof value.writer === 'string' ? value.writer : undefined;
  return writer === undefined ? { version: value.version } : { version: value.version, writer };
}

/** The version a key of the `snapshots` store belongs to: a version's own key, or one of its chunks'. */
function keyVersion(key: IDBValidKey): number {
  if (isVersion(key)) return key;
  return isChunkKey(key) ? key[0] : 0;
}

/**
 * The current head: the stored head, unless a snapshot or chunk key belongs to a higher version (the head record
 * was lost, damaged, or written by hand), in which case that version is the head. A save writes above it, so it
 * can never overwrite a record.
 */
export function currentHead(stored: unknown, keys: readonly IDBValidKey[]): Head {
  const head = readHead(stored) ?? { version: 0 };
  const highest = keys.reduce<number>((max, key) => Math.max(max, keyVersion(key)), 0);
  return highest > head.version ? { version: highest } : head;
}
