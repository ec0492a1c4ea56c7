import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SnapshotStore, type SaveAnnouncement, type Snapshot } from '../src/lib/persist/index.ts';

const snapshot = (label: string): Snapshot => ({
  format: 1,
  label,
  files: [{ file: `${label}.json`, text: '{}' }],
  articles: [],
  stories: '[]',
});
const clock = () => new Date(Date.UTC(2024, 4, 1));

/** Two tabs: two store instances over one database, announcing saves on one channel name. */
async function twoTabs(channel: string): Promise<[SnapshotStore, SnapshotStore]> {
  const factory = new IDBFactory();
  const options = { factory, clock, channel: { name: channel, Channel: BroadcastChannel } };
  return [
    await SnapshotStore.open({ ...options, writer: 'tab-a' }),
    await SnapshotStore.open({ ...options, writer: 'tab-b' }),
  ];
}

/** The next announcement `store` hears from another tab. */
function nextAnnouncement(store: SnapshotStore): Promise<SaveAnnouncement> {
  return new Promise((resolve) => {
    const stop = store.onExternalSave((announcement) => {
      stop();
      resolve(announcement);
    });
  });
}

describe('two tabs over one database', () => {
  it('never overwrite each other: the second save over the same base is a conflict naming the first writer', async () => {
    const [a, b] = await twoTabs('chronograph-test-conflict');
    expect((await a.load()).head).toBe(0);
    expect((await b.load()).head).toBe(0);
    expect(await a.save(snapshot('from-a'), 0)).toMatchObject({ ok: true, version: 1 });
    expect(await b.save(snapshot('from-b'), 0)).toEqual({
      ok: false,
      reason: 'conflict',
      head: { version: 1, writer: 'tab-a' },
    });
    expect((await b.load()).snapshot).toEqual(snapshot('from-a'));
    a.close();
    b.close();
  });

  it('hear each other’s saves through onExternalSave, but not their own', async () => {
    const [a, b] = await twoTabs('chronograph-test-announce');
    const heardByA: SaveAnnouncement[] = [];
    const stopA = a.onExternalSave((announcement) => heardByA.push(announcement));
    const heardByB = nextAnnouncement(b);
    await a.save(snapshot('from-a'), 0);
    expect(await heardByB).toEqual({ version: 1 });
    const heardByAFromB = nextAnnouncement(a);
    await b.save(snapshot('from-b'), 1);
    expect(await heardByAFromB).toEqual({ version: 2 });
    expect(heardByA).toEqual([{ version: 2 }]);
    stopA();
    a.close();
    b.close();
  });

  it('stop calling a callback once it is unsubscribed, and ignore messages that are not announcements', async () => {
    const [a, b] = await twoTabs('chronograph-test-unsubscribe');
    const unsubscribed: SaveAnnouncement[] = [];
    b.onExternalSave((announcement) => unsubscribed.push(announcement))();
    const stranger = new BroadcastChannel('chronograph-test-unsubscribe');
    stranger.postMessage('hello');
    stranger.postMessage({ version: -1 });
    const heard = nextAnnouncement(b);
    await a.save(snapshot('from-a'), 0);
    expect(await heard).toEqual({ version: 1 });
    expect(unsubscribed).toEqual([]);
    stranger.close();
    a.close();
    b.close();
  });
});
