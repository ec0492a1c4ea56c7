/**
 * Finding the actors and places a CSV names in the dataset the import goes into. A cell may give an id or
 * an English name (or, for actors, an English alias), as ACLED-style files and Chronograph's own export
 * write them. A name two records share is ambiguous and reported, never resolved by picking one.
 */
import type { Actor, Place } from '../model/schema.ts';

export type Lookup =
  { readonly found: true; readonly id: string } | { readonly found: false; readonly ambiguous: readonly string[] };

/** A function from an id or a name to the one record it names. */
export type Finder = (token: string) => Lookup;

function finder(records: readonly { id: string; names: readonly string[] }[]): Finder {
  const ids = new Set(records.map((r) => r.id));
  const byName = new Map<string, Set<string>>();
  for (const { id, names } of records) {
    for (const name of names) {
      const key = name.trim();
      byName.set(key, (byName.get(key) ?? new Set()).add(id));
    }
  }
  return (token) => {
    if (ids.has(token)) return { found: true, id: token };
    const named = [...(byName.get(token) ?? [])].sort();
    const [only] = named;
    return named.length === 1 && only !== undefined ? { found: true, id: only } : { found: false, ambiguous: named };
  };
}

/** Finds actors by id, English name or English alias. */
export function actorFinder(actors: readonly Actor[]): Finder {
  return finder(actors.map((a) => ({ id: a.id, names: [a.name.en, ...a.aliases.en] })));
}

/** Finds places by id or English name. */
export function placeFinder(places: readonly Place[]): Finder {
  return finder(places.map((p) => ({ id: p.id, names: [p.name.en] })));
}
