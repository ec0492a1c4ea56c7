import { IDBDatabase, IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledSnapshot, isBundled, SnapshotStore, type Snapshot } from '../src/lib/persist/index.ts';

/** A dataset snapshot as an import would save it, named after its file. */
const imported = (label: string): Snapshot => ({
  format: 1,
  label,
  files: [{ file: `${label}.json`, text: `{ "events": [], "label": "${label}" }` }],
  articles: [{ file: 'articles/a.txt', text: 'Raqqa, 6 June 2017.' }],
  stories: '[{"id":"s1"}]',
});

/** A clock that moves one minute per reading, so each save gets its own `savedAt` without the real clock. */
function steppingClock(): () => Date {
  let minutes = 0;
  return () => new Date(Date.UTC(2024, 4, 1, 12, minutes++));
}

const open = (factory: IDBFactory, keep?: number) =>
  SnapshotStore.open({ factory, clock: steppingClock(), writer: 'tab-a', ...(keep === undefined ? {} : { keep }) });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SnapshotStore', () => {
  it('load() of an empty database returns no snapshot at version 0', async () => {
    const store = await open(new IDBFactory());
    expect(await store.load()).toEqual({ snapshot: undefined, version: 0, head: 0, unreadable: [] });
    store.close();
  });

  it('save(snapshot, 0) writes version 1 stamped by the injected clock, and load() returns it deep-equal', async () => {
    const store = await open(new IDBFactory());
    const snapshot = imported('raqqa');
    expect(await store.save(snapshot, 0)).toEqual({ ok: true, version: 1, savedAt: '2024-05-01T12:00:00.000Z' });
    const loaded = await store.load();
    expect(loaded).toEqual({ snapshot, version: 1, savedAt: '2024-05-01T12:00:00.000Z', head: 1, unreadable: [] });
    store.close();
  });

  it('save() reads the head and writes the version, the head and the pruning in one readwrite transaction', async () => {
    const store = await open(new IDBFactory(), 1);
    await store.save(imported('a'), 0);
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await store.save(imported('b'), 1);
    expect(transaction.mock.calls).toEqual([[['snapshots', 'meta'], 'readwrite']]);
    expect(await store.listVersions()).toEqual([{ version: 2, savedAt: '2024-05-01T12:01:00.000Z', label: 'b' }]);
    store.close();
  });

  it('save() over a version that is no longer the head writes nothing and returns the conflict with the head', async () => {
    const store = await open(new IDBFactory());
    await store.save(imported('first'), 0);
    const result = await store.save(imported('stale'), 0);
    expect(result).toEqual({ ok: false, reason: 'conflict', head: { version: 1, writer: 'tab-a' } });
    expect((await store.listVersions()).map((v) => v.label)).toEqual(['first']);
    store.close();
  });

  it('save() keeps the newest `keep` versions (5 by default) and prunes older ones', async () => {
    for (const [keep, expected] of [
      [undefined, [7, 6, 5, 4, 3]],
      [2, [7, 6]],
    ] as const) {
      const store = await open(new IDBFactory(), keep);
      for (let base = 0; base < 7; base++) await store.save(imported(`v${base + 1}`), base);
      expect((await store.listVersions()).map((v) => v.version)).toEqual(expected);
      expect(await store.loadVersion(1)).toBeUndefined();
      store.close();
    }
  });

  it('save() reads no stored version back while fewer than `keep` are stored, since none can be pruned', async () => {
    const { IDBObjectStore } = await import('fake-indexeddb');
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const store = await open(new IDBFactory(), 3);
    await store.save(imported('v1'), 0);
    await store.save(imported('v2'), 1);
    expect(getAll).not.toHaveBeenCalled();
    // The third save makes three: still none pruned, but from here on each save checks what it may prune.
    await store.save(imported('v3'), 2);
    await store.save(imported('v4'), 3);
    expect(getAll).toHaveBeenCalled();
    expect((await store.listVersions()).map((v) => v.version)).toEqual([4, 3, 2]);
    store.close();
  });

  it('listVersions() lists version, savedAt and label, newest first', async () => {
    const store = await open(new IDBFactory());
    await store.save(imported('a.json'), 0);
    await store.save(imported('a.json + b.json'), 1);
    expect(await store.listVersions()).toEqual([
      { version: 2, savedAt: '2024-05-01T12:01:00.000Z', label: 'a.json + b.json' },
      { version: 1, savedAt: '2024-05-01T12:00:00.000Z', label: 'a.json' },
    ]);
    store.close();
  });

  it('restoreBundled(base) saves the bundled marker as a new version, and loadVersion(older) gets the import back', async () => {
    const store = await open(new IDBFactory());
    const snapshot = imported('raqqa');
    await store.save(snapshot, 0);
    expect(await store.restoreBundled(1, '[{"id":"kept"}]')).toMatchObject({ ok: true, version: 2 });
    const newest = await store.load();
    expect(newest.snapshot).toEqual(bundledSnapshot('[{"id":"kept"}]'));
    expect(newest.snapshot !== undefined && isBundled(newest.snapshot)).toBe(true);
    expect((await store.listVersions()).map((v) => v.label)).toEqual(['bundled', 'raqqa']);
    const undo = await store.loadVersion(1);
    expect(undo).toEqual({ version: 1, savedAt: '2024-05-01T12:00:00.000Z', snapshot, head: 2 });
    expect(await store.save(snapshot, 2)).toMatchObject({ ok: true, version: 3 });
    store.close();
  });

  it('loadVersion(v) returns undefined for a version that was never saved', async () => {
    const store = await open(new IDBFactory());
    expect(await store.loadVersion(3)).toBeUndefined();
    store.close();
  });

  it('a reopened store over the same factory loads exactly what was saved', async () => {
    const factory = new IDBFactory();
    const snapshot: Snapshot = { ...imported('تل أبيض'), mapping: '{"date":"event_date"}' };
    const first = await open(factory);
    await first.save(snapshot, 0);
    first.close();
    const second = await open(factory);
    expect((await second.load()).snapshot).toEqual(snapshot);
    second.close();
  });
});

describe('SnapshotStore settings', () => {
  it('getSetting(key) returns undefined until putSetting(key, value), then the value, also after reopening', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    expect(await store.getSetting('csv-mapping')).toBeUndefined();
    await store.putSetting('csv-mapping', '{"date":"event_date"}');
    await store.putSetting('csv-mapping', '{"date":"date"}');
    store.close();
    const reopened = await open(factory);
    expect(await reopened.getSetting('csv-mapping')).toBe('{"date":"date"}');
    reopened.close();
  });

  it('a setting named "head" does not touch the head of the saved versions', async () => {
    const store = await open(new IDBFactory());
    await store.save(imported('a'), 0);
    await store.putSetting('head', 'not a head');
    expect(await store.save(imported('b'), 1)).toMatchObject({ ok: true, version: 2 });
    expect(await store.getSetting('head')).toBe('not a head');
    store.close();
  });
});
