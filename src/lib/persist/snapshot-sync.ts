/**
 * Keeping the store up to date while the user works, in the manner of tldraw's local sync client: the app calls
 * `schedule` after each change, and the sync writes the latest state at most once per `delay`, one write at a time,
 * always over the version it last loaded or saved. It never writes before the app has loaded, and it stops for good
 * at the first conflict, because writing again would either fail the same way or overwrite the other tab's work.
 */
import type { SaveResult } from './save-snapshot.ts';
import type { Snapshot } from './snapshot.ts';
import { toStorageError } from './storage-error.ts';
import type { SnapshotSyncOptions, SyncState } from './sync-options.ts';
import { realTimer } from './timer.ts';

/** Throttled, serialised writes of the app's latest snapshot. */
export class SnapshotSync {
  readonly #options: SnapshotSyncOptions;
  #state: SyncState = 'loading';
  #base = 0;
  #capture: (() => Snapshot) | undefined;
  #cancelTimer: (() => void) | undefined;
  #writing: Promise<void> | undefined;
  #pending: Snapshot | undefined;
  #closed: Promise<void> | undefined;

  constructor(options: SnapshotSyncOptions) {
    this.#options = options;
  }

  get state(): SyncState {
    return this.#state;
  }

  /** The version the app's state is saved as or based on: the one it loaded, then the last one written. */
  get version(): number {
    return this.#base;
  }

  /** The snapshot the last write could not save (after an error or a conflict), for the user to download. */
  get pending(): Snapshot | undefined {
    return this.#pending;
  }

  /** Reports the head version the app loaded; writes start only after this. Ignored once closing. */
  loaded(version: number): void {
    if (this.#closed !== undefined) return;
    if (this.#state !== 'loading') throw new Error(`loaded(${version}) called twice: the sync is ${this.#state}`);
    this.#base = version;
    this.#state = 'ready';
  }

  /**
   * Asks for the state `capture` returns to be written soon; only the latest capture is written. Edits scheduled
   * while loading are dropped, because they were made to a state the load is about to replace.
   */
  schedule(capture: () => Snapshot): void {
    if (this.#closed !== undefined || !this.#canWrite()) return;
    this.#capture = capture;
    this.#startTimer();
  }

  /** Writes the latest edit now, after any write in progress; resolves once it is written or reported. */
  async flush(): Promise<void> {
    for (;;) {
      if (this.#writing !== undefined) {
        await this.#writing;
        continue;
      }
      this.#stopTimer();
      if (this.#capture === undefined || !this.#canWrite()) return;
      await this.#write();
    }
  }

  /** Flushes the pending edit, then stops; before the first load it writes nothing. */
  close(): Promise<void> {
    this.#closed ??= this.flush().finally(() => {
      this.#stopTimer();
      this.#state = 'closed';
    });
    return this.#closed;
  }

  #canWrite(): boolean {
    return this.#state === 'ready' || this.#state === 'failed';
  }

  #startTimer(): void {
    if (this.#cancelTimer !== undefined || this.#writing !== undefined) return;
    const timer = this.#options.timer ?? realTimer;
    this.#cancelTimer = timer(() => {
      this.#cancelTimer = undefined;
      void this.#write();
    }, this.#options.delay ?? 500);
  }

  #stopTimer(): void {
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
  }

  #write(): Promise<void> {
    const capture = this.#capture;
    if (capture === undefined || !this.#canWrite()) return Promise.resolve();
    this.#capture = undefined;
    this.#writing = this.#writeOnce(capture()).finally(() => {
      this.#writing = undefined;
      // Edits made during the write go into the next one, a full delay later, so writes never overlap.
      if (this.#capture !== undefined && this.#closed === undefined) this.#startTimer();
    });
    return this.#writing;
  }

  async #writeOnce(snapshot: Snapshot): Promise<void> {
    let result: SaveResult;
    // Only the save is guarded: an error thrown by the app's own callbacks is not a storage error.
    try {
      result = await this.#options.store.save(snapshot, this.#base);
    } catch (error) {
      this.#state = 'failed';
      this.#pending = snapshot;
      this.#options.onError?.(toStorageError(error, `saving over version ${this.#base}`), snapshot);
      return;
    }
    if (result.ok) {
      this.#base = result.version;
      this.#pending = undefined;
      if (this.#state === 'failed') this.#state = 'ready';
      this.#options.onSaved?.(result.version);
      return;
    }
    this.#state = 'conflict';
    this.#pending = snapshot;
    this.#capture = undefined;
    this.#stopTimer();
    this.#options.onConflict?.(result.head);
  }
}
