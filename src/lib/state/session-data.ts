/**
 * The data a session shows: a validated dataset with the articles it cites and its stories. One value, replaced
 * whole when the reader imports or restores a dataset; the explore and presentation states are built on it.
 */
import { createContext } from 'svelte';
import type { CheckedData } from '../data/data-task.ts';
import type { Story } from '../model/schema.ts';

export interface SessionData {
  /** The dataset, as written and resolved, with its articles. */
  readonly checked: CheckedData;
  /** The article texts, keyed by the `file` a source names. */
  readonly articles: ReadonlyMap<string, string>;
  /** The curated stories that come with the dataset (the bundled ones; none for an import). */
  readonly stories: readonly Story[];
  /** The reader's own story steps, as stored. */
  readonly userStories: readonly Story[];
  /** Where the data came from: the bundled dataset, or an import named after its files. */
  readonly origin: { readonly kind: 'bundled' } | { readonly kind: 'imported'; readonly label: string };
}

export const [getSessionData, setSessionData] = createContext<SessionData>();

/** Session data from a checked dataset. */
export function sessionData(
  checked: CheckedData,
  stories: readonly Story[],
  userStories: readonly Story[],
  origin: SessionData['origin'],
): SessionData {
  return { checked, articles: new Map(checked.articles), stories, userStories, origin };
}
