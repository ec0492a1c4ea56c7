/**
 * A backup: everything the reader has — the dataset texts, the articles they cite and their stories — in one
 * JSON file they can keep and import again. It is a snapshot with a marker, so the import recognises it and
 * the same shape check as for stored snapshots decides whether it can be read.
 */
import { importIssue, type ImportIssue } from '../import/import-issue.ts';
import { parseJson } from '../model/json-text.ts';
import { readSnapshot } from '../persist/snapshot-shape.ts';
import type { Snapshot, SnapshotFile } from '../persist/snapshot.ts';

/** The marker a backup document opens with. */
export const BACKUP_MARKER = 'chronograph-backup';

/** The backup document of a snapshot: each file as its name and text, whatever parts it was joined from. */
export function backupText(snapshot: Snapshot): string {
  const plain = (files: readonly SnapshotFile[]) => files.map(({ file, text }) => ({ file, text }));
  const { files, articles } = snapshot;
  return JSON.stringify(
    { chronograph: BACKUP_MARKER, ...snapshot, files: plain(files), articles: plain(articles) },
    null,
    1,
  );
}

/** Whether a text looks like a backup, judged from its opening alone, so other files are not parsed twice. */
export function looksLikeBackup(text: string): boolean {
  return /^\s*\{\s*"chronograph"\s*:/.test(text.slice(0, 200));
}

/** Whether a parsed JSON value is a backup document (a marker, not yet a valid one). */
export function isBackup(value: unknown): value is { readonly chronograph: typeof BACKUP_MARKER } {
  return value !== null && typeof value === 'object' && 'chronograph' in value && value.chronograph === BACKUP_MARKER;
}

/** The snapshot in a backup document, or why it cannot be read. */
export function readBackup(text: string, file: string): { snapshot: Snapshot } | { issues: ImportIssue[] } {
  const parsed = parseJson(text);
  if (!('value' in parsed) || !isBackup(parsed.value)) {
    return { issues: [importIssue({ code: 'import-backup-shape', message: 'not a Chronograph backup', file })] };
  }
  const rest = Object.fromEntries(Object.entries(parsed.value).filter(([key]) => key !== 'chronograph'));
  const snapshot = readSnapshot(rest);
  if (!snapshot) {
    return { issues: [importIssue({ code: 'import-backup-shape', message: 'the backup is damaged or from another version', file })] };
  }
  return { snapshot };
}
