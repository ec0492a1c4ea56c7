/**
 * Small named settings, such as the CSV column mapping, kept in the `meta` store next to the head. Their keys are
 * prefixed so that no setting name can collide with the head.
 */
import { META } from './idb-open.ts';
import { transact } from './idb-transaction.ts';
import { StorageError } from './storage-error.ts';

/** The `meta` key a setting is stored under. */
function settingKey(name: string): string {
  return `setting:${name}`;
}

/** Reads the setting `name`, or undefined when it was never set; a stored value that is not text is corrupt. */
export function getSetting(db: IDBDatabase, name: string): Promise<string | undefined> {
  const action = `reading the setting "${name}"`;
  return transact<string | undefined>(db, [META], 'readonly', action, (tx) => {
    tx.then(tx.store(META).get(settingKey(name)), (value: unknown) => {
      if (value !== undefined && typeof value !== 'string') throw new StorageError('storage-corrupt', action);
      tx.finish(value);
    });
  });
}

/** Stores `value` as the setting `name`, replacing what was there. */
export function putSetting(db: IDBDatabase, name: string, value: string): Promise<void> {
  return transact<void>(db, [META], 'readwrite', `saving the setting "${name}"`, (tx) => {
    tx.store(META).put(value, settingKey(name));
    tx.finish(undefined);
  });
}
