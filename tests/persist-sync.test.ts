import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SnapshotStore,
  SnapshotSync,
  type SaveResult,
  type Snapshot,
  type SnapshotWriter,
} from '../src/lib/persist/index.ts';
import { ManualTimer, open, snapshot } from './helpers/persist-sync.ts';

/** A store whose saves wait until the test releases them, logging when each starts and ends. */
class GatedWriter implements SnapshotWriter {
  readonly log: string[] = [];
  readonly #gates: (() => void)[] = [];
  readonly #store: SnapshotStore;
  constructor(store: SnapshotStore) {
    this.#store = store;
  }
  async save(snapshot: Snapshot, baseVersion: number): Promise<SaveResult> {
    this.log.push(`start ${snapshot.label} over ${baseVersion}`);
    await new Promise<void>((resolve) => this.#gates.push(resolve));
    const result = await this.#store.save(snapshot, baseVersion);
    this.log.push(`end ${snapshot.label}`);
    return result;
  }
  release(): void {
    this.#gates.shift()?.();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SnapshotSync', () => {
  it('writes edits made while a write is in progress after it, once, with the latest state', async () => {
    const store = await open(new IDBFactory());
    const writer = new GatedWriter(store);
    const timers = new ManualTimer();
    const saved: number[] = [];
    const sync = new SnapshotSync({ store: writer, timer: timers.timer, onSaved: (v) => saved.push(v) });
    sync.loaded(0);
    sync.schedule(() => snapshot('a'));
    timers.fire();
    sync.schedule(() => snapshot('b'));
    sync.schedule(() => snapshot('c'));
    expect(timers.pending).toBe(0);
    writer.release();
    await vi.waitUntil(() => timers.pending === 1, { interval: 1 });
    timers.fire();
    writer.release();
    await vi.waitUntil(() => saved.length === 2, { interval: 1 });
    expect(writer.log).toEqual(['start a over 0', 'end a', 'start c over 1', 'end c']);
    expect((await store.listVersions()).map((v) => v.label)).toEqual(['c', 'a']);
    store.close();
  });

  it('close() flushes a pending edit and resolves once it is written', async () => {
    const store = await open(new IDBFactory());
    const timers = new ManualTimer();
    const sync = new SnapshotSync({ store, timer: timers.timer });
    sync.loaded(0);
    sync.schedule(() => snapshot('a'));
    expect(timers.pending).toBe(1);
    await sync.close();
    expect(timers.pending).toBe(0);
    expect(sync.state).toBe('closed');
    expect((await store.load()).snapshot).toEqual(snapshot('a'));
    sync.schedule(() => snapshot('after close'));
    expect(timers.pending).toBe(0);
    store.close();
  });

  it('closing before the first load completed never writes', async () => {
    const store = await open(new IDBFactory());
    const save = vi.spyOn(store, 'save');
    const timers = new ManualTimer();
    const sync = new SnapshotSync({ store, timer: timers.timer });
    expect(sync.state).toBe('loading');
    sync.schedule(() => snapshot('made before the load'));
    expect(timers.pending).toBe(0);
    await sync.close();
    sync.loaded(0);
    await sync.flush();
    expect(save).not.toHaveBeenCalled();
    expect(sync.state).toBe('closed');
    store.close();
  });

  it('a reload (a new store and sync over the same factory) restores exactly what was saved', async () => {
    const factory = new IDBFactory();
    const first = await open(factory);
    const sync = new SnapshotSync({ store: first, timer: new ManualTimer().timer });
    sync.loaded((await first.load()).head);
    const saved: Snapshot = { ...snapshot('raqqa.json'), mapping: '{"date":"event_date"}' };
    sync.schedule(() => saved);
    await sync.close();
    first.close();
    const second = await open(factory);
    const loaded = await second.load();
    expect(loaded.snapshot).toEqual(saved);
    const again = new SnapshotSync({ store: second, timer: new ManualTimer().timer });
    again.loaded(loaded.head);
    again.schedule(() => snapshot('next'));
    await again.close();
    expect((await second.load()).version).toBe(2);
    second.close();
  });
});
