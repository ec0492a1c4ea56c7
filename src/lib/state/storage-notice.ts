/**
 * What the workspace tells the reader about local storage: an error with its code, stored data that could not
 * be read (kept, and offered for download), or another tab's newer save. Each is one value the banner shows.
 */
import type { ImportIssue } from '../import/import-issue.ts';
import type { StorageError } from '../persist/storage-error.ts';

export type StorageNotice =
  /** Saving or loading failed; what was not saved is kept in memory and can be downloaded. */
  | { readonly kind: 'error'; readonly error: StorageError }
  /** Stored records that could not be read, or a stored dataset that no longer validates; saving is paused. */
  | { readonly kind: 'unreadable'; readonly raw: unknown; readonly issues: readonly ImportIssue[] }
  /** Another tab saved a newer version; this tab no longer saves, so that it cannot overwrite it. */
  | { readonly kind: 'other-tab'; readonly version: number };
