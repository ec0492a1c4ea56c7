/**
 * The workspace: which dataset the app shows and how it got there. It loads the bundled dataset (or the
 * reader's stored import) through the data worker, holds the validated result as one raw value, and swaps it
 * in one assignment when an import is applied — so a failed import never touches what is shown.
 */
import { fetchBundled } from '../data/bundled.ts';
import { runData } from '../data/data-client.ts';
import type { ImportIssue } from '../import/import-issue.ts';
import type { ProgressStep } from '../model/progress.ts';
import { sessionData, type SessionData } from './session-data.ts';

export type WorkspaceStatus = 'loading' | 'ready' | 'failed';

export class Workspace {
  status = $state<WorkspaceStatus>('loading');
  /** How far the current validation has got, while one runs. */
  progress = $state.raw<ProgressStep | undefined>(undefined);
  /** The data shown; replaced whole, never mutated. */
  data = $state.raw<SessionData | undefined>(undefined);
  /** Why the bundled dataset could not be shown, when it could not. */
  problems = $state.raw<readonly ImportIssue[]>([]);

  readonly #base: string;

  constructor(base: string) {
    this.#base = base;
  }

  /** Loads the bundled dataset. */
  async start(): Promise<void> {
    const fetched = await fetchBundled(this.#base);
    if (!fetched.ok) return this.#fail(fetched.issues);
    const result = await runData(fetched.request, (step) => (this.progress = step));
    this.progress = undefined;
    if (result.kind !== 'dataset' || !result.data) return this.#fail(result.issues);
    this.data = sessionData(result.data, result.stories ?? [], [], { kind: 'bundled' });
    this.status = 'ready';
  }

  #fail(issues: readonly ImportIssue[]): void {
    this.problems = issues;
    this.status = 'failed';
  }
}
