import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/lib/persist/idb-open.ts';
import { transact } from '../src/lib/persist/idb-transaction.ts';
import { readSnapshot, SnapshotStore, StorageError, type Snapshot } from '../src/lib/persist/index.ts';

const good: Snapshot = {
  format: 1,
  label: 'raqqa.json',
  files: [{ file: 'raqqa.json', text: '{"events":[]}' }],
  articles: [],
  stories: '[]',
};
const clock = () => new Date(Date.UTC(2024, 4, 1));
const open = (factory: IDBFactory, keep?: number) =>
  SnapshotStore.open({ factory, clock, writer: 'tab-a', ...(keep === undefined ? {} : { keep }) });

/** Writes `value` under `key` behind the store's back, as another program or a user in developer tools could. */
async function writeRaw(factory: IDBFactory, store: string, key: IDBValidKey, value: unknown): Promise<void> {
  const db = await openDatabase('chronograph', factory);
  await transact<void>(db, [store], 'readwrite', 'writing a test record', (tx) => {
    tx.store(store).put(value, key);
    tx.finish(undefined);
  });
  db.close();
}

/** A stored record for version 2 whose snapshot differs from a good one by `change`. */
const record = (change: Readonly<Record<string, unknown>>) => ({
  version: 2,
  savedAt: '2024-05-01T00:00:00.000Z',
  snapshot: { ...good, ...change },
});

describe('load() with unreadable records', () => {
  it.each([
    ['a bare {format: 99}', { format: 99 }],
    ['a string', 'not a snapshot'],
    ['a record without a snapshot', { version: 2, savedAt: '2024-05-01T00:00:00.000Z' }],
    ['a record whose version is not its key', { ...record({}), version: 7 }],
    ['a record without savedAt', { version: 2, snapshot: good }],
    ['a snapshot of a newer format', record({ format: 2 })],
    ['a snapshot whose files are not a list', record({ files: 'raqqa.json' })],
    ['a snapshot with a file whose text is not a string', record({ files: [{ file: 'a.json', text: 1 }] })],
    ['a snapshot without stories', record({ stories: undefined })],
    ['a snapshot whose label is a number', record({ label: 3 })],
    ['a snapshot whose mapping is not text', record({ mapping: { date: 'event_date' } })],
  ])('returns the newest readable older version and lists %s as unreadable', async (_, raw) => {
    const factory = new IDBFactory();
    const store = await open(factory);
    await store.save(good, 0);
    await writeRaw(factory, 'snapshots', 2, raw);
    expect(await store.load()).toEqual({
      snapshot: good,
      version: 1,
      savedAt: '2024-05-01T00:00:00.000Z',
      head: 2,
      unreadable: [{ key: 2, raw }],
    });
    store.close();
  });

  it('lists a record under a key that is not a version number as unreadable', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    await writeRaw(factory, 'snapshots', 'latest', record({}));
    expect(await store.load()).toEqual({
      snapshot: undefined,
      version: 0,
      head: 0,
      unreadable: [{ key: 'latest', raw: record({}) }],
    });
    store.close();
  });

  it('save() never prunes an unreadable record, however many versions follow it', async () => {
    const factory = new IDBFactory();
    const store = await open(factory, 2);
    await writeRaw(factory, 'snapshots', 1, { format: 99 });
    for (const base of [1, 2, 3]) expect(await store.save(good, base)).toMatchObject({ ok: true });
    expect((await store.listVersions()).map((v) => v.version)).toEqual([4, 3]);
    expect((await store.load()).unreadable).toEqual([{ key: 1, raw: { format: 99 } }]);
    store.close();
  });

  it('save() never overwrites a record stored above a lost head: the highest key counts as the head', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    await writeRaw(factory, 'snapshots', 3, 'damaged');
    expect(await store.save(good, 0)).toEqual({ ok: false, reason: 'conflict', head: { version: 3 } });
    expect(await store.save(good, 3)).toMatchObject({ ok: true, version: 4 });
    expect((await store.load()).unreadable).toEqual([{ key: 3, raw: 'damaged' }]);
    store.close();
  });

  it('a damaged head record is replaced by the highest key', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    await store.save(good, 0);
    await writeRaw(factory, 'meta', 'head', { version: 'one' });
    expect((await store.load()).head).toBe(1);
    expect(await store.save(good, 1)).toMatchObject({ ok: true, version: 2 });
    store.close();
  });

  it('discardUnreadable(keys) deletes only the given records that are still unreadable', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    await store.save(good, 0);
    await writeRaw(factory, 'snapshots', 2, 'damaged');
    await writeRaw(factory, 'snapshots', 3, 'also damaged');
    expect(await store.discardUnreadable([2, 1, 99])).toEqual([2]);
    const after = await store.load();
    expect(after.snapshot).toEqual(good);
    expect(after.unreadable).toEqual([{ key: 3, raw: 'also damaged' }]);
    store.close();
  });

  it('loadVersion(v) of an unreadable record rejects with storage-corrupt instead of falling back', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    await writeRaw(factory, 'snapshots', 1, { format: 99 });
    const error = await store.loadVersion(1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'storage-corrupt', message: expect.stringContaining('loading version 1') });
    store.close();
  });

  it('getSetting(key) of a stored value that is not text rejects with storage-corrupt', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    await writeRaw(factory, 'meta', 'setting:csv-mapping', { date: 'event_date' });
    await expect(store.getSetting('csv-mapping')).rejects.toMatchObject({ code: 'storage-corrupt' });
    store.close();
  });
});

describe('readSnapshot(value)', () => {
  it('keeps the mapping and drops fields the format does not have', () => {
    const stored = { ...good, mapping: '{}', extra: true };
    expect(readSnapshot(stored)).toEqual({ ...good, mapping: '{}' });
  });

  it.each([null, 42, [], { ...good, articles: [null] }])('returns undefined for %j', (value) => {
    expect(readSnapshot(value)).toBeUndefined();
  });
});
