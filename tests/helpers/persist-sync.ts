/**
 * What the persistence sync tests share: a snapshot named after its label, a fixed clock, a store over a
 * given fake IndexedDB, and a timer the test fires by hand.
 */
import { SnapshotStore, type Snapshot, type Timer } from '../../src/lib/persist/index.ts';

export const snapshot = (label: string): Snapshot => ({
  format: 1,
  label,
  files: [{ file: `${label}.json`, text: `{"label":"${label}"}` }],
  articles: [{ file: 'articles/a.txt', text: 'الرقة' }],
  stories: `[{"id":"${label}"}]`,
});
export const clock = () => new Date(Date.UTC(2024, 4, 1));
export const open = (factory: IDBFactory, writer = 'tab-a') => SnapshotStore.open({ factory, clock, writer });

/** A timer the test fires by hand, so no test waits on the clock. */
export class ManualTimer {
  readonly #due = new Set<() => void>();
  readonly timer: Timer = (callback) => {
    this.#due.add(callback);
    return () => this.#due.delete(callback);
  };
  get pending(): number {
    return this.#due.size;
  }
  fire(): void {
    const due = [...this.#due];
    this.#due.clear();
    for (const callback of due) callback();
  }
}
