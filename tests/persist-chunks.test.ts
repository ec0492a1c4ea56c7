import fc from 'fast-check';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../src/lib/persist/idb-open.ts';
import { transact } from '../src/lib/persist/idb-transaction.ts';
import { SnapshotStore, StorageError, type Snapshot, type SnapshotFile } from '../src/lib/persist/index.ts';
import { CHUNK_CHARS } from '../src/lib/persist/text-chunks.ts';

const SAVED_AT = '2024-05-01T00:00:00.000Z';
const clock = () => new Date(SAVED_AT);
const open = (factory: IDBFactory, keep?: number) =>
  SnapshotStore.open({ factory, clock, writer: 'tab-a', ...(keep === undefined ? {} : { keep }) });

/**
 * A dataset-like text of `length` characters, Arabic and digits, that differs with `seed`. An astral character
 * straddles the first chunk boundary, so that a cut between its two halves must join back to the same text.
 */
function longText(length: number, seed = 0): string {
  let text = '';
  for (let k = 0; text.length < length + 2; k += 1) {
    text += `{"id":"ev-${seed}-${k}","summary":"شازين دوردورتان يؤكد أن التعاون مرهون بتسوية سياسية"},`;
  }
  text = text.slice(0, CHUNK_CHARS - 1) + '𝕏' + text.slice(CHUNK_CHARS + 1);
  return text.slice(0, length);
}

const dataset = (text: string, label = 'events.json'): Snapshot => ({
  format: 1,
  label,
  files: [{ file: 'events.json', text }],
  articles: [{ file: 'articles/a.txt', text: 'الرقة، 6 حزيران 2017.' }],
  stories: '[]',
});

const small = dataset('{"events":[]}', 'small.json');

/** Whether two snapshots are the same, compared without printing megabytes of text when they are not. */
/** The snapshot as its texts say, without the chunks a text read back was joined from. */
const plain = (snapshot: Snapshot | undefined) =>
  snapshot && {
    ...snapshot,
    files: snapshot.files.map(({ file, text }) => ({ file, text })),
    articles: snapshot.articles.map(({ file, text }) => ({ file, text })),
  };
const same = (a: Snapshot | undefined, b: Snapshot): boolean => JSON.stringify(plain(a)) === JSON.stringify(plain(b));

/** Every key of the `snapshots` store, and its value, read behind the store's back. */
async function stored(factory: IDBFactory): Promise<{ keys: IDBValidKey[]; values: unknown[] }> {
  const db = await openDatabase('chronograph', factory);
  const all = await transact<{ keys: IDBValidKey[]; values: unknown[] }>(
    db,
    ['snapshots'],
    'readonly',
    'test',
    (tx) => {
      const store = tx.store('snapshots');
      tx.then(store.getAllKeys(), (keys) => tx.then(store.getAll(), (values) => tx.finish({ keys, values })));
    },
  );
  db.close();
  return all;
}

/** Writes `value` under `key` behind the store's back, or deletes the key when `value` is undefined. */
async function writeRaw(factory: IDBFactory, key: IDBValidKey, value: unknown, store = 'snapshots'): Promise<void> {
  const db = await openDatabase('chronograph', factory);
  await transact<void>(db, [store], 'readwrite', 'writing a test record', (tx) => {
    if (value === undefined) tx.store(store).delete(key);
    else tx.store(store).put(value, key);
    tx.finish(undefined);
  });
  db.close();
}

/** How many characters of text a value holds, in all its strings. */
function textLength(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (typeof value !== 'object' || value === null) return 0;
  return Object.values(value).reduce((sum: number, field) => sum + textLength(field), 0);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SnapshotStore with texts longer than a chunk', () => {
  it('save() keeps a long text in chunk records beside its version, and load() returns it identical', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    const snapshot = dataset(longText(3 * CHUNK_CHARS + 17));
    expect(await store.save(snapshot, 0)).toEqual({ ok: true, version: 1, savedAt: SAVED_AT });
    const { keys, values } = await stored(factory);
    expect(keys).toEqual([1, [1, 0], [1, 1], [1, 2], [1, 3]]);
    expect(values[0]).toMatchObject({
      snapshot: { files: [{ text: { first: 0, count: 4, length: 3 * CHUNK_CHARS + 17 } }] },
    });
    const loaded = await store.load();
    expect(same(loaded.snapshot, snapshot)).toBe(true);
    // A text read back from chunks keeps them, in order, as its parts.
    const chunked = loaded.snapshot?.files.filter((f) => f.parts) ?? [];
    expect(chunked.length).toBeGreaterThan(0);
    for (const f of chunked) expect(f.parts?.join('')).toBe(f.text);
    expect({ ...loaded, snapshot: undefined }).toEqual({
      snapshot: undefined,
      version: 1,
      savedAt: SAVED_AT,
      head: 1,
      unreadable: [],
    });
    const version = await store.loadVersion(1);
    expect(same(version?.snapshot, snapshot)).toBe(true);
    store.close();
  });

  it('save() adds each chunk only once the add before it has succeeded, none holding more than a chunk of text', async () => {
    const store = await open(new IDBFactory());
    const add = IDBObjectStore.prototype.add;
    const adds: { chars: number; afterPrevious: boolean }[] = [];
    let previous: IDBRequest | undefined;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, value, key) {
      adds.push({ chars: textLength(value), afterPrevious: previous === undefined || previous.readyState === 'done' });
      previous = add.call(this, value, key);
      return previous;
    });
    await store.save(dataset(longText(3 * CHUNK_CHARS + 17)), 0);
    expect(adds).toHaveLength(5);
    expect(adds.every(({ afterPrevious }) => afterPrevious)).toBe(true);
    expect(Math.max(...adds.map(({ chars }) => chars))).toBeLessThanOrEqual(CHUNK_CHARS);
    store.close();
  });

  it('a record keeps its texts while they total at most a chunk; each text past that goes to chunks', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    const others = dataset('').articles[0]!.text.length + dataset('').stories.length;
    const exact = dataset(longText(CHUNK_CHARS - others));
    const over: Snapshot = {
      ...small,
      articles: [
        { file: 'a.txt', text: longText(CHUNK_CHARS / 2, 1) },
        { file: 'b.txt', text: longText(CHUNK_CHARS / 2, 2) },
      ],
    };
    await store.save(exact, 0);
    await store.save(over, 1);
    expect((await stored(factory)).keys).toEqual([1, 2, [2, 0]]);
    expect(same((await store.loadVersion(1))?.snapshot, exact)).toBe(true);
    expect(same((await store.loadVersion(2))?.snapshot, over)).toBe(true);
    store.close();
  });

  it('save() of a long text over a stale base writes neither its record nor any chunk', async () => {
    const factory = new IDBFactory();
    const a = await open(factory);
    const b = await SnapshotStore.open({ factory, clock, writer: 'tab-b' });
    await a.save(dataset(longText(CHUNK_CHARS + 5)), 0);
    const before = (await stored(factory)).keys;
    expect(before).toEqual([1, [1, 0], [1, 1]]);
    const result = await b.save(dataset(longText(2 * CHUNK_CHARS + 5, 1)), 0);
    expect(result).toEqual({ ok: false, reason: 'conflict', head: { version: 1, writer: 'tab-a' } });
    expect((await stored(factory)).keys).toEqual(before);
    a.close();
    b.close();
  });

  it('a chunk stored above the head counts for the head, so a save never writes over it', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    await writeRaw(factory, [3, 0], 'stray');
    expect(await store.save(small, 0)).toEqual({ ok: false, reason: 'conflict', head: { version: 3 } });
    expect(await store.save(dataset(longText(CHUNK_CHARS + 5)), 3)).toMatchObject({ ok: true, version: 4 });
    expect((await store.load()).unreadable).toEqual([{ key: [3, 0], raw: 'stray' }]);
    store.close();
  });

  it('save() prunes an old version with its chunks, reading back no chunk and no more records than it has', async () => {
    const factory = new IDBFactory();
    const store = await open(factory, 2);
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    for (const base of [0, 1, 2]) await store.save(dataset(longText(CHUNK_CHARS + 5, base)), base);
    expect(getAll.mock.calls).toEqual([[null, 2]]);
    expect(get.mock.calls.filter(([key]) => key !== 'head')).toEqual([]);
    expect((await stored(factory)).keys).toEqual([2, 3, [2, 0], [2, 1], [3, 0], [3, 1]]);
    expect((await store.listVersions()).map((v) => v.version)).toEqual([3, 2]);
    store.close();
  });

  it('save() never prunes a version one of whose chunks is missing; load() lists it with its chunks', async () => {
    const factory = new IDBFactory();
    const store = await open(factory, 2);
    await store.save(dataset(longText(CHUNK_CHARS + 5)), 0);
    await writeRaw(factory, [1, 1], undefined);
    for (const base of [1, 2]) await store.save(dataset(longText(CHUNK_CHARS + 5, base)), base);
    expect((await store.listVersions()).map((v) => v.version)).toEqual([3, 2]);
    expect((await store.load()).unreadable.map((record) => record.key)).toEqual([1, [1, 0]]);
    store.close();
  });
});

describe('SnapshotStore with texts given as parts', () => {
  /** `text` cut at `cuts`, each clamped to the text; a cut repeated, or at either end, makes an empty part. */
  function cutAt(text: string, cuts: readonly number[]): string[] {
    const ends = [...cuts.map((cut) => Math.max(0, Math.min(text.length, cut))).sort((a, b) => a - b), text.length];
    return ends.map((end, k) => text.slice(k === 0 ? 0 : ends[k - 1], end));
  }

  /** A file given as parts whose text throws when read, as a save must never read it whole. */
  function parted(file: string, parts: readonly string[]): SnapshotFile {
    return {
      file,
      parts,
      get text(): string {
        throw new Error(`the save read the whole text of ${file}`);
      },
    };
  }

  /** What one save of `snapshot` stores, in a fresh database. */
  async function savedRecords(snapshot: Snapshot): Promise<{ keys: IDBValidKey[]; values: unknown[] }> {
    const factory = new IDBFactory();
    const store = await open(factory);
    expect(await store.save(snapshot, 0)).toMatchObject({ ok: true, version: 1 });
    store.close();
    return stored(factory);
  }

  const base = longText(2 * CHUNK_CHARS + 17);
  const length = fc.nat(base.length);
  // Cuts anywhere, and cuts within two characters of a chunk boundary, where a chunk starts in one part and ends in
  // the next; with the astral character on the first boundary, some split it between two parts.
  const cut = fc.oneof(
    fc.nat(base.length),
    fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: -2, max: 2 })).map(([k, d]) => k * CHUNK_CHARS + d),
  );
  const text = fc.record({ length, cuts: fc.array(cut, { maxLength: 6 }) });

  it('save() of files given as parts stores exactly what saving their texts stores, and never reads the texts', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, async (file, article) => {
        const fileParts = cutAt(base.slice(0, file.length), file.cuts);
        const articleParts = cutAt(base.slice(base.length - article.length), article.cuts);
        const plain: Snapshot = {
          ...small,
          files: [{ file: 'events.json', text: fileParts.join('') }, small.files[0]!],
          articles: [{ file: 'a.txt', text: articleParts.join('') }],
        };
        const asParts: Snapshot = {
          ...plain,
          files: [parted('events.json', fileParts), small.files[0]!],
          articles: [parted('a.txt', articleParts)],
        };
        const expected = await savedRecords(plain);
        const actual = await savedRecords(asParts);
        expect(actual.keys).toEqual(expected.keys);
        expect(isDeepStrictEqual(actual.values, expected.values)).toBe(true);
      }),
      { seed: 11, numRuns: 40 },
    );
  });
});

describe('SnapshotStore with damaged chunks', () => {
  /** Version 1 small, version 2 in three chunks, then chunk [2, 1] replaced by `damage` (deleted when undefined). */
  async function damagedStore(damage: unknown) {
    const factory = new IDBFactory();
    const store = await open(factory);
    await store.save(small, 0);
    await store.save(dataset(longText(2 * CHUNK_CHARS + 5)), 1);
    await writeRaw(factory, [2, 1], damage);
    return { factory, store };
  }

  it.each([
    ['missing', undefined, 'snapshot.files[0].text: chunk [2, 1] is missing'],
    ['not text', 42, 'snapshot.files[0].text: chunk [2, 1] is not text'],
    ['shorter than it was', 'short', `its chunks hold ${CHUNK_CHARS + 10} characters, not ${2 * CHUNK_CHARS + 5}`],
  ])('a version whose chunk is %s is unreadable, never a shorter text', async (_, damage, problem) => {
    const { store } = await damagedStore(damage);
    const loaded = await store.load();
    expect(loaded.snapshot).toEqual(small);
    expect({ version: loaded.version, head: loaded.head }).toEqual({ version: 1, head: 2 });
    const chunks =
      damage === undefined
        ? [
            [2, 0],
            [2, 2],
          ]
        : [
            [2, 0],
            [2, 1],
            [2, 2],
          ];
    expect(loaded.unreadable.map((record) => record.key)).toEqual([2, ...chunks]);
    expect(loaded.unreadable.find((record) => JSON.stringify(record.key) === '[2,1]')?.raw).toBe(damage);
    const error = await store.loadVersion(2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'storage-corrupt', message: expect.stringContaining(problem) });
    store.close();
  });

  it('discardUnreadable(keys) deletes a damaged version with all its chunks, and saving resumes above it', async () => {
    const { factory, store } = await damagedStore(42);
    const { unreadable } = await store.load();
    const keys = unreadable.map((record) => record.key);
    expect(await store.discardUnreadable(keys)).toEqual([2, [2, 0], [2, 1], [2, 2]]);
    expect(await store.load()).toEqual({ snapshot: small, version: 1, savedAt: SAVED_AT, head: 2, unreadable: [] });
    expect(await store.save(small, 2)).toMatchObject({ ok: true, version: 3 });
    expect((await stored(factory)).keys).toEqual([1, 3]);
    store.close();
  });

  it('discardUnreadable(keys) leaves a readable version and its chunks alone, whatever keys it is given', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    const snapshot = dataset(longText(CHUNK_CHARS + 5));
    await store.save(snapshot, 0);
    expect(await store.discardUnreadable([1, [1, 0], [1, 1], [7, 0]])).toEqual([]);
    expect((await stored(factory)).keys).toEqual([1, [1, 0], [1, 1]]);
    expect(same((await store.load()).snapshot, snapshot)).toBe(true);
    store.close();
  });

  it.each([
    [{ first: -1, count: 1, length: 3 }, 'snapshot.files[0].text does not say where its chunks are'],
    [{ first: 0, count: 0, length: 3 }, 'snapshot.files[0].text does not say where its chunks are'],
    [7, 'snapshot.files[0].text is neither text nor where its chunks are'],
  ])('a record whose text is %j is unreadable, and loadVersion(v) names the field', async (text, problem) => {
    const factory = new IDBFactory();
    const store = await open(factory);
    const raw = { version: 1, savedAt: SAVED_AT, snapshot: { ...small, files: [{ file: 'events.json', text }] } };
    await writeRaw(factory, 1, raw);
    expect((await store.load()).unreadable).toEqual([{ key: 1, raw }]);
    await expect(store.loadVersion(1)).rejects.toMatchObject({
      code: 'storage-corrupt',
      message: expect.stringContaining(`loading version 1 (${problem}`),
    });
    store.close();
  });
});

describe('SnapshotStore over records of the earlier format', () => {
  it('reads a record that holds its long text whole beside chunked ones, and prunes it like any version', async () => {
    const factory = new IDBFactory();
    const whole = dataset(longText(CHUNK_CHARS + 5));
    await writeRaw(factory, 1, { version: 1, savedAt: SAVED_AT, snapshot: whole });
    await writeRaw(factory, 'head', { version: 1, writer: 'tab-z' }, 'meta');
    const store = await open(factory, 2);
    expect(same((await store.load()).snapshot, whole)).toBe(true);
    const chunked = dataset(longText(CHUNK_CHARS + 5, 1));
    await store.save(chunked, 1);
    expect((await stored(factory)).keys).toEqual([1, 2, [2, 0], [2, 1]]);
    expect((await store.listVersions()).map((v) => v.version)).toEqual([2, 1]);
    expect(same((await store.loadVersion(1))?.snapshot, whole)).toBe(true);
    expect(same((await store.loadVersion(2))?.snapshot, chunked)).toBe(true);
    await store.save(small, 2);
    expect((await stored(factory)).keys).toEqual([2, 3, [2, 0], [2, 1]]);
    store.close();
  });
});
