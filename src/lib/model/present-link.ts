/**
 * The presentation's place in the URL: `?present=<story-id>&step=<n>`, the step counted from 1 as people
 * count slides, next to the step's view in the explore screen's own parameters. Like the view, a part it
 * cannot read is reported, never guessed at.
 */
import { formatViewState, type ViewState } from './view-state.ts';

/** What a query string says about presenting. */
export type PresentLink =
  /** The URL names no story: the explore screen. */
  | { readonly kind: 'none' }
  /** The URL names a story that does not exist here; `problems` says which. */
  | { readonly kind: 'unknown'; readonly problems: readonly string[] }
  /** A story to present, at `step` (from 0); `problems` lists a step number that was ignored. */
  | { readonly kind: 'open'; readonly story: string; readonly step: number; readonly problems: readonly string[] };

/**
 * Reads `present` and `step` from a query string. `stepCount` gives the number of steps of a story id, or
 * `undefined` for an unknown id. A missing step means the first; an unreadable or out-of-range one is
 * reported and the story opens at its first step.
 */
export function readPresentLink(search: string, stepCount: (story: string) => number | undefined): PresentLink {
  const params = new URLSearchParams(search);
  const story = params.get('present');
  if (story === null) return { kind: 'none' };
  const count = stepCount(story);
  if (count === undefined || count === 0) return { kind: 'unknown', problems: [`present=${story}`] };
  const raw = params.get('step');
  if (raw === null) return { kind: 'open', story, step: 0, problems: [] };
  const n = /^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : NaN;
  if (!(n <= count)) return { kind: 'open', story, step: 0, problems: [`step=${raw}`] };
  return { kind: 'open', story, step: n - 1, problems: [] };
}

/** The URL query of a presented step: its view, then the story and the step counted from 1. */
export function presentQuery(view: ViewState, story: string, step: number): string {
  const params = new URLSearchParams(formatViewState(view));
  params.set('present', story);
  params.set('step', String(step + 1));
  return `?${params.toString()}`;
}
