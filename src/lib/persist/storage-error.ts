/**
 * The one error type that leaves the persistence module. Browsers report storage trouble as DOMExceptions whose
 * names differ between engines and whose messages are meant for developers; the app needs a stable code to decide
 * what to offer (retry, free space, download) and a sentence it can show as it is.
 */

/** What went wrong, as the app branches on it. */
export type StorageErrorCode =
  /** There is no IndexedDB here, the browser refused it (private mode, blocked site data) or another tab blocks it. */
  | 'storage-unavailable'
  /** The browser refused the write because the site is over its storage quota. */
  | 'storage-quota'
  /** The transaction was aborted before it committed, so nothing of it was written. */
  | 'storage-aborted'
  /** A stored value does not have the shape this version of Chronograph wrote. */
  | 'storage-corrupt'
  /** Any other failure of the browser's storage. */
  | 'storage-failed';

/** What to tell the user for each code: what happened, then what to do. */
const ADVICE: Readonly<Record<StorageErrorCode, string>> = {
  'storage-unavailable':
    'This browser does not let Chronograph keep data on this device (private browsing, blocked site data, or another tab still open on an older version). Your work stays in this tab only: download it before closing the tab, or allow site data and reload.',
  'storage-quota':
    'The browser has no more room for this site, so the latest change was not saved on this device. Download your work, then free space (for example clear older data of other sites) and try again.',
  'storage-aborted':
    'The browser cancelled the save before it finished, so nothing was written. Try again; if it keeps failing, download your work.',
  'storage-corrupt':
    'A value saved on this device is damaged and was not used. Download it if you need it, then discard it.',
  'storage-failed':
    'The browser could not read or write Chronograph’s data on this device. Download your work and reload the page.',
};

/** A storage failure with a stable code and a message the app can show. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  /** The stable code the app branches on. */
  readonly code: StorageErrorCode;

  /**
   * @param code - the stable code.
   * @param action - what was being done, e.g. "saving version 3", so the message says where it failed.
   * @param cause - the browser's original error, kept for developers.
   */
  constructor(code: StorageErrorCode, action: string, cause?: unknown) {
    super(`Storage failed while ${action}: ${ADVICE[code]}`, cause === undefined ? undefined : { cause });
    this.code = code;
  }
}

/** The code for each DOMException name a browser uses for storage failures; other names are 'storage-failed'. */
const CODE_BY_NAME: Readonly<Record<string, StorageErrorCode>> = {
  QuotaExceededError: 'storage-quota',
  SecurityError: 'storage-unavailable',
  InvalidStateError: 'storage-unavailable',
  VersionError: 'storage-unavailable',
  AbortError: 'storage-aborted',
};

/** Turns whatever a storage call threw or reported into a StorageError, keeping one that already is. */
export function toStorageError(error: unknown, action: string): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : undefined;
  const code = (name === undefined ? undefined : CODE_BY_NAME[name]) ?? 'storage-failed';
  return new StorageError(code, action, error);
}
