/**
 * What an import changes, collection by collection, for the reader to confirm: how many records are new,
 * gone, or different under the same id. Records are compared by their JSON form, so key order matters;
 * validated datasets come from the same schema and therefore agree on it.
 */
import type { CollectionName, Dataset } from '../model/schema.ts';

export interface CollectionChanges {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly unchanged: number;
}

export type DatasetChanges = { readonly [K in CollectionName]: CollectionChanges };

function compare(before: readonly { id: string }[], after: readonly { id: string }[]): CollectionChanges {
  const old = new Map(before.map((r) => [r.id, JSON.stringify(r)]));
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const record of after) {
    const was = old.get(record.id);
    if (was === undefined) added += 1;
    else if (was === JSON.stringify(record)) unchanged += 1;
    else changed += 1;
  }
  const kept = new Set(after.map((r) => r.id));
  const removed = before.filter((r) => !kept.has(r.id)).length;
  return { added, removed, changed, unchanged };
}

/** The changes from `current` to `next`, by collection. */
export function datasetChanges(current: Dataset, next: Dataset): DatasetChanges {
  return {
    sources: compare(current.sources, next.sources),
    actors: compare(current.actors, next.actors),
    places: compare(current.places, next.places),
    events: compare(current.events, next.events),
  };
}
