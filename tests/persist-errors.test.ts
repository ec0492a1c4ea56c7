import { IDBDatabase, IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SnapshotStore, StorageError, toStorageError, type Snapshot } from '../src/lib/persist/index.ts';

const good: Snapshot = {
  format: 1,
  label: 'a.json',
  files: [{ file: 'a.json', text: '{}' }],
  articles: [],
  stories: '[]',
};
const clock = () => new Date(Date.UTC(2024, 4, 1));

/** An IndexedDB the browser refuses to open, as in some private modes and sandboxed frames. */
class RefusingFactory extends IDBFactory {
  override open(): IDBOpenDBRequest {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

/** What a promise rejected with. */
const rejection = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

afterEach(() => {
  vi.restoreAllMocks();
});

describe('toStorageError(error, action)', () => {
  it.each([
    ['QuotaExceededError', 'storage-quota'],
    ['SecurityError', 'storage-unavailable'],
    ['InvalidStateError', 'storage-unavailable'],
    ['VersionError', 'storage-unavailable'],
    ['AbortError', 'storage-aborted'],
    ['UnknownError', 'storage-failed'],
    ['ConstraintError', 'storage-failed'],
  ])('turns a %s DOMException into %s', (name, code) => {
    const cause = new DOMException('browser message', name);
    const error = toStorageError(cause, 'saving version 3');
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ name: 'StorageError', code, cause });
  });

  it('turns anything else into storage-failed and keeps a StorageError as it is', () => {
    expect(toStorageError('a string', 'loading').code).toBe('storage-failed');
    expect(toStorageError(new TypeError('x'), 'loading').code).toBe('storage-failed');
    const kept = new StorageError('storage-corrupt', 'loading');
    expect(toStorageError(kept, 'saving')).toBe(kept);
  });

  it('writes a message that says what was being done, what happened and what to do', () => {
    const { message } = toStorageError(new DOMException('', 'QuotaExceededError'), 'saving over version 3');
    expect(message).toMatch(/^Storage failed while saving over version 3: .*no more room.*Download your work/);
  });
});

describe('SnapshotStore storage errors', () => {
  it('save() rejects with storage-quota when put throws a QuotaExceededError, and writes nothing', async () => {
    const factory = new IDBFactory();
    const store = await SnapshotStore.open({ factory, clock });
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await rejection(store.save(good, 0));
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'storage-quota', cause: { name: 'QuotaExceededError' } });
    vi.restoreAllMocks();
    expect(await store.load()).toEqual({ snapshot: undefined, version: 0, head: 0, unreadable: [] });
    store.close();
  });

  it('save() rejects with storage-aborted when the browser aborts the transaction', async () => {
    const store = await SnapshotStore.open({ factory: new IDBFactory(), clock });
    const transaction = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, stores, mode) {
      const tx = transaction.call(this, stores, mode);
      queueMicrotask(() => tx.abort());
      return tx;
    });
    await expect(store.save(good, 0)).rejects.toMatchObject({ name: 'StorageError', code: 'storage-aborted' });
    store.close();
  });

  it('SnapshotStore.open() rejects with storage-unavailable when the browser refuses IndexedDB', async () => {
    const error = await rejection(SnapshotStore.open({ factory: new RefusingFactory() }));
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'storage-unavailable', cause: { name: 'SecurityError' } });
  });

  it('SnapshotStore.open() rejects with storage-unavailable when there is no IndexedDB at all', async () => {
    const error = await rejection(SnapshotStore.open());
    expect(error).toMatchObject({ code: 'storage-unavailable', message: expect.stringContaining('no IndexedDB') });
  });

  it('SnapshotStore.open() rejects with storage-unavailable when a newer app has upgraded the database', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('chronograph', 2);
      request.onsuccess = () => resolve(request.result.close());
      request.onerror = () => reject(request.error);
    });
    const error = await rejection(SnapshotStore.open({ factory }));
    expect(error).toMatchObject({ code: 'storage-unavailable', message: expect.stringContaining('newer Chronograph') });
  });

  it('every call after close() rejects with storage-unavailable instead of a DOMException', async () => {
    const store = await SnapshotStore.open({ factory: new IDBFactory(), clock });
    store.close();
    for (const call of [store.save(good, 0), store.load(), store.listVersions(), store.getSetting('x')]) {
      const error = await rejection(call);
      expect(error).toBeInstanceOf(StorageError);
      expect(error).toMatchObject({ code: 'storage-unavailable' });
    }
  });

  it('SnapshotStore.open() refuses a keep that is not a positive integer', async () => {
    await expect(SnapshotStore.open({ factory: new IDBFactory(), keep: 0 })).rejects.toThrow('invalid keep: 0');
  });
});
