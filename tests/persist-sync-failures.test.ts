import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SnapshotSync, StorageError, type Head, type Snapshot } from '../src/lib/persist/index.ts';
import { ManualTimer, open, snapshot } from './helpers/persist-sync.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SnapshotSync after a failed write', () => {
  it('stops writing at a conflict and reports it, instead of retrying over the other tab’s data', async () => {
    const factory = new IDBFactory();
    const [mine, other] = [await open(factory, 'tab-a'), await open(factory, 'tab-b')];
    const save = vi.spyOn(mine, 'save');
    const timers = new ManualTimer();
    const conflicts: Head[] = [];
    const sync = new SnapshotSync({ store: mine, timer: timers.timer, onConflict: (head) => conflicts.push(head) });
    sync.loaded(0);
    await other.save(snapshot('other tab'), 0);
    sync.schedule(() => snapshot('mine'));
    await sync.flush();
    expect(conflicts).toEqual([{ version: 1, writer: 'tab-b' }]);
    expect(sync.state).toBe('conflict');
    expect(sync.pending).toEqual(snapshot('mine'));
    sync.schedule(() => snapshot('mine, later'));
    expect(timers.pending).toBe(0);
    await sync.close();
    expect(save).toHaveBeenCalledTimes(1);
    expect((await mine.load()).snapshot).toEqual(snapshot('other tab'));
    mine.close();
    other.close();
  });

  it('reports a storage error with its StorageError and keeps the pending snapshot; the next edit tries again', async () => {
    const store = await open(new IDBFactory());
    const timers = new ManualTimer();
    const errors: [StorageError, Snapshot][] = [];
    const sync = new SnapshotSync({ store, timer: timers.timer, onError: (e, pending) => errors.push([e, pending]) });
    sync.loaded(0);
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    sync.schedule(() => snapshot('a'));
    await sync.flush();
    expect(errors).toEqual([[expect.objectContaining({ code: 'storage-quota' }), snapshot('a')]]);
    expect(errors[0]?.[0]).toBeInstanceOf(StorageError);
    expect(sync.state).toBe('failed');
    expect(sync.pending).toEqual(snapshot('a'));
    add.mockRestore();
    sync.schedule(() => snapshot('b'));
    await sync.close();
    expect(sync.pending).toBeUndefined();
    expect(await store.load()).toMatchObject({ snapshot: snapshot('b'), version: 1 });
    store.close();
  });
});
