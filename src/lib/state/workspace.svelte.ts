/**
 * The workspace: which dataset the app shows, how it got there, and keeping it on the device. At start it loads
 * the reader's stored snapshot (or the bundled dataset) through the data worker — stored data is untrusted and
 * validated like any import — and holds the result as one raw value. Applying an import or restoring the
 * bundled dataset swaps that value in one assignment and saves a new snapshot version; a failed import never
 * touches what is shown. Stored data that cannot be read is kept, offered for download, and never written over.
 */
import { createContext } from 'svelte';
import { backupText } from '../data/backup.ts';
import { fetchBundled } from '../data/bundled.ts';
import { runData } from '../data/data-client.ts';
import { encodeInTasks } from '../data/encode-in-tasks.ts';
import type { CheckedData, DataRequest } from '../data/data-task.ts';
import type { ImportIssue } from '../import/import-issue.ts';
import type { ProgressStep } from '../model/progress.ts';
import type { Story } from '../model/schema.ts';
import { unresolveDataset } from '../model/resolve.ts';
import { validateStories } from '../model/stories.ts';
import { bundledSnapshot, isBundled, SNAPSHOT_FORMAT, type Snapshot, type SnapshotFile } from '../persist/snapshot.ts';
import { SnapshotStore } from '../persist/snapshot-store.ts';
import { SnapshotSync } from '../persist/snapshot-sync.ts';
import { toStorageError } from '../persist/storage-error.ts';
import { sessionData, type SessionData } from './session-data.ts';
import type { StorageNotice } from './storage-notice.ts';

export type WorkspaceStatus = 'loading' | 'ready' | 'failed';

/** Where the workspace keeps its data; tests and the benchmark may name another database. */
export interface WorkspaceOptions {
  readonly base: string;
  readonly database?: string;
}

/** Stored files as the data worker takes them, each encoded a part per task (`encode-in-tasks.ts`). */
const asInput = (files: readonly SnapshotFile[]) =>
  Promise.all(files.map(async (f) => ({ name: f.file, bytes: await encodeInTasks(f.parts ?? [f.text]) })));

export class Workspace {
  status = $state<WorkspaceStatus>('loading');
  /** How far the current validation has got, while one runs. */
  progress = $state.raw<ProgressStep | undefined>(undefined);
  /** The data shown; replaced whole, never mutated. */
  data = $state.raw<SessionData | undefined>(undefined);
  /** Why the bundled dataset could not be shown, when it could not. */
  problems = $state.raw<readonly ImportIssue[]>([]);
  /** What the reader should know about local storage. */
  notices = $state.raw<readonly StorageNotice[]>([]);
  /** The version last saved or loaded; 0 before any. */
  version = $state(0);

  readonly #options: WorkspaceOptions;
  #store: SnapshotStore | undefined;
  #sync: SnapshotSync | undefined;
  /** The snapshot that stands for what is shown now, kept current so that a save or a backup is one step. */
  #snapshot: Snapshot = bundledSnapshot();

  constructor(options: WorkspaceOptions) {
    this.#options = options;
  }

  /** The store, once opened; settings such as a remembered CSV mapping live there. */
  get store(): SnapshotStore | undefined {
    return this.#store;
  }

  /** Opens storage, loads what it holds (or the bundled dataset), and starts saving changes. */
  async start(): Promise<void> {
    const loaded = await this.#openStore();
    const stored = loaded?.snapshot;
    let writable = loaded !== undefined && loaded.unreadable.length === 0;
    if (loaded && loaded.unreadable.length > 0) {
      this.#notify({ kind: 'unreadable', raw: loaded.unreadable.map((u) => u.raw), issues: [] });
    }
    if (stored && !isBundled(stored)) {
      const result = await this.#check({
        kind: 'dataset',
        files: await asInput(stored.files),
        articles: await asInput(stored.articles),
      });
      if (result.kind === 'dataset' && result.data) {
        writable = this.#show(result.data, [], stored, { kind: 'imported', label: stored.label }) && writable;
        return this.#ready(loaded, writable);
      }
      this.#notify({ kind: 'unreadable', raw: stored, issues: result.issues });
      writable = false;
    }
    const bundled = await this.#loadBundled();
    if (!bundled) return;
    const snapshot = stored && isBundled(stored) ? stored : bundledSnapshot();
    writable = this.#show(bundled.data, bundled.stories, snapshot, { kind: 'bundled' }) && writable;
    this.#ready(loaded, writable);
  }

  /** Shows a checked import and saves it as a new version. */
  async apply(checked: CheckedData, label: string, userStories?: string): Promise<void> {
    const snapshot: Snapshot = {
      format: SNAPSHOT_FORMAT,
      label,
      files: checked.written ?? [{ file: 'dataset.json', text: JSON.stringify(unresolveDataset(checked.resolved)) }],
      articles: checked.articles.map(([file, text]) => ({ file, text })),
      stories: userStories ?? this.#snapshot.stories,
    };
    this.#show(checked, [], snapshot, { kind: 'imported', label });
    await this.#save();
  }

  /** Shows the bundled dataset again, keeping the reader's stories, and saves that as a new version. */
  async restoreBundled(): Promise<void> {
    const bundled = await this.#loadBundled();
    if (!bundled) return;
    this.#show(bundled.data, bundled.stories, bundledSnapshot(this.#snapshot.stories), { kind: 'bundled' });
    await this.#save();
  }

  /** Records the reader's stories (JSON text) and saves them soon. */
  storiesChanged(stories: string): void {
    if (stories === this.#snapshot.stories) return;
    this.#snapshot = { ...this.#snapshot, stories };
    this.#sync?.schedule(() => this.#snapshot);
  }

  /** Everything the reader has, as one importable file. */
  backup(): string {
    return backupText(this.#snapshot);
  }

  /** Writes what is pending; called when the page is hidden or closed. */
  flush(): Promise<void> {
    return this.#sync?.flush() ?? Promise.resolve();
  }

  /** Sets `data` and the snapshot behind it; false when the stored stories could not be read. */
  #show(checked: CheckedData, stories: readonly Story[], snapshot: Snapshot, origin: SessionData['origin']): boolean {
    const read = validateStories({ file: 'stored stories', text: snapshot.stories }, checked.resolved);
    if (!read.stories)
      this.#notify({
        kind: 'unreadable',
        raw: snapshot.stories,
        issues: read.issues.map((i) => ({ ...i, severity: 'error' })),
      });
    this.#snapshot = read.stories ? snapshot : { ...snapshot, stories: '[]' };
    this.data = sessionData(checked, stories, read.stories ?? [], origin);
    return read.stories !== undefined;
  }

  async #save(): Promise<void> {
    if (!this.#sync) return;
    this.#sync.schedule(() => this.#snapshot);
    await this.#sync.flush();
  }

  async #openStore() {
    try {
      this.#store = await SnapshotStore.open({
        ...(this.#options.database ? { name: this.#options.database } : {}),
        channel: { name: `${this.#options.database ?? 'chronograph'}-saves` },
      });
      this.#store.onExternalSave(({ version }) => this.#notify({ kind: 'other-tab', version }));
      return await this.#store.load();
    } catch (error) {
      this.#notify({ kind: 'error', error: toStorageError(error, 'opening local storage') });
      return undefined;
    }
  }

  /** Starts saving over the loaded version, unless storage is missing or holds data that must not be overwritten. */
  #ready(loaded: { head: number } | undefined, writable: boolean): void {
    this.status = 'ready';
    if (!this.#store || !loaded) return;
    this.version = loaded.head;
    this.#sync = new SnapshotSync({
      store: this.#store,
      onSaved: (version) => (this.version = version),
      onConflict: (head) => this.#notify({ kind: 'other-tab', version: head.version }),
      onError: (error) => this.#notify({ kind: 'error', error }),
    });
    if (writable) this.#sync.loaded(loaded.head);
  }

  async #loadBundled() {
    const fetched = await fetchBundled(this.#options.base);
    if (!fetched.ok) return this.#fail(fetched.issues);
    const result = await this.#check(fetched.request);
    if (result.kind !== 'dataset' || !result.data) return this.#fail(result.issues);
    return { data: result.data, stories: result.stories ?? [] };
  }

  async #check(request: DataRequest) {
    const result = await runData(request, { onProgress: (step) => (this.progress = step) });
    this.progress = undefined;
    return result;
  }

  #fail(issues: readonly ImportIssue[]): undefined {
    this.problems = issues;
    this.status = 'failed';
    return undefined;
  }

  #notify(notice: StorageNotice): void {
    this.notices = [...this.notices, notice];
  }
}

export const [getWorkspace, setWorkspace] = createContext<Workspace>();
