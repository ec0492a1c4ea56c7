/**
 * Filtering events: by type, subtype, status, actor (an actor stands for everyone below it in the
 * hierarchy, and can be restricted to what they made or received), source article, date range and text.
 * Facet counts say how many events each choice would show given the other filters.
 */
import { ancestry } from './hierarchy.ts';
import { overlaps, type ResolvedDataset, type ResolvedEvent } from './resolve.ts';
import type { Actor, EventType, Status } from './schema.ts';
import { matchesTerms, queryTerms, searchText } from './search.ts';

/** Whose side of an event an actor filter looks at. */
export type ActorRole = 'any' | 'made' | 'received';

export interface EventFilter {
  /** Event types to show; empty shows all. */
  readonly types: readonly EventType[];
  /** Subtypes to show; empty shows all. */
  readonly subtypes: readonly string[];
  /** Statuses to show; empty shows all. */
  readonly statuses: readonly Status[];
  /** Actors (at any level of the hierarchy) an event must involve; empty shows all. */
  readonly actors: readonly string[];
  /** With `actors`: either role, only as agent (made), or only as target (received). */
  readonly role: ActorRole;
  /** Source articles an event must cite; empty shows all. */
  readonly sources: readonly string[];
  /** First day of the date range, `YYYY-MM-DD`. */
  readonly from?: string | undefined;
  /** Last day of the date range. */
  readonly to?: string | undefined;
  /** Free text, matched after folding (see `search.ts`). */
  readonly query: string;
}

export const EMPTY_FILTER: EventFilter = {
  types: [],
  subtypes: [],
  statuses: [],
  actors: [],
  role: 'any',
  sources: [],
  query: '',
};

/** True when the filter shows everything. */
export function isEmptyFilter(filter: EventFilter): boolean {
  return (
    filter.types.length +
      filter.subtypes.length +
      filter.statuses.length +
      filter.actors.length +
      filter.sources.length ===
      0 &&
    filter.from === undefined &&
    filter.to === undefined &&
    filter.query.trim() === ''
  );
}

/** The facets that have counts. */
export type Facet = 'types' | 'subtypes' | 'statuses' | 'actors' | 'sources';

/**
 * A filter bound to a dataset, with the per-event work (ancestry chains, folded text) done once, so that
 * changing the filter costs one pass over the events.
 */
export class EventIndex {
  readonly #events: readonly ResolvedEvent[];
  readonly #text = new Map<string, string>();
  readonly #chains = new Map<string, { made: Set<string>; received: Set<string>; any: Set<string> }>();

  constructor(dataset: ResolvedDataset) {
    this.#events = dataset.events;
    const actors = new Map<string, Actor>(dataset.actors.map((a) => [a.id, a]));
    const places = new Map(dataset.places.map((p) => [p.id, p]));
    for (const event of dataset.events) {
      this.#text.set(event.id, searchText(event, actors, places));
      const chain = { made: new Set<string>(), received: new Set<string>(), any: new Set<string>() };
      for (const { actor, role } of event.actors) {
        for (const a of ancestry(actor, actors)) {
          chain.any.add(a.id);
          if (role === 'agent') chain.made.add(a.id);
          if (role === 'target') chain.received.add(a.id);
        }
      }
      this.#chains.set(event.id, chain);
    }
  }

  /** True when the event passes the filter, ignoring the facet named in `except`. */
  matches(event: ResolvedEvent, filter: EventFilter, terms: readonly string[], except?: Facet): boolean {
    if (except !== 'types' && filter.types.length && !filter.types.includes(event.type)) return false;
    if (except !== 'subtypes' && filter.subtypes.length && !filter.subtypes.includes(event.subtype)) return false;
    if (except !== 'statuses' && filter.statuses.length && !filter.statuses.includes(event.status)) return false;
    if (except !== 'sources' && filter.sources.length && !event.evidence.some((e) => filter.sources.includes(e.source)))
      return false;
    if (except !== 'actors' && filter.actors.length) {
      const chain = this.#chains.get(event.id)?.[filter.role];
      if (!chain || !filter.actors.some((a) => chain.has(a))) return false;
    }
    if (!overlaps(event.date, filter.from, filter.to)) return false;
    if (terms.length && !matchesTerms(this.#text.get(event.id) ?? '', terms)) return false;
    return true;
  }

  /** The events that pass the filter, in dataset order. */
  apply(filter: EventFilter): ResolvedEvent[] {
    const terms = queryTerms(filter.query);
    return this.#events.filter((e) => this.matches(e, filter, terms));
  }

  /** For one facet, how many events each value would show with the other filters as they are. */
  counts(filter: EventFilter, facet: Facet): Map<string, number> {
    const terms = queryTerms(filter.query);
    const counts = new Map<string, number>();
    const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const event of this.#events) {
      if (!this.matches(event, filter, terms, facet)) continue;
      if (facet === 'types') bump(event.type);
      else if (facet === 'subtypes') bump(event.subtype);
      else if (facet === 'statuses') bump(event.status);
      else if (facet === 'sources') new Set(event.evidence.map((e) => e.source)).forEach(bump);
      else this.#chains.get(event.id)?.[filter.role].forEach(bump);
    }
    return counts;
  }
}
