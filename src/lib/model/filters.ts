/**
 * Filtering events: by type, subtype, status, actor (an actor stands for everyone below it in the
 * hierarchy, and can be restricted to what they made or received), source article, date range and text.
 * Facet counts say how many events each choice would show given the other filters.
 */
import { ancestry } from './hierarchy.ts';
import { overlaps, type ResolvedDataset, type ResolvedEvent } from './resolve.ts';
import type { Actor, EventType, Place, Status } from './schema.ts';
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

/** The facets, in the order `counts` reports them. */
export const FACETS: readonly Facet[] = ['types', 'subtypes', 'statuses', 'actors', 'sources'];

/** For each facet, how many events each of its values would show with the other filters as they are. */
export type FacetCounts = Readonly<Record<Facet, ReadonlyMap<string, number>>>;

/** Whose side of an event each actor is on, up the hierarchy. */
interface Chain {
  readonly made: Set<string>;
  readonly received: Set<string>;
  readonly any: Set<string>;
}

/** What the filter reads of an event besides its own fields, worked out once: its actor chain and articles. */
interface Facts {
  readonly chain: Chain;
  /** The articles it cites, each once. */
  readonly sources: readonly string[];
}

/** Adds one to a count. */
function add(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * A filter bound to a dataset, with the per-event work (ancestry chains, folded text) done once, so that
 * changing the filter costs one pass over the events. The folded text is built on the first text query:
 * most sessions never search, and folding every event's text would delay the first render.
 */
export class EventIndex {
  readonly #events: readonly ResolvedEvent[];
  readonly #actors: ReadonlyMap<string, Actor>;
  readonly #places: ReadonlyMap<string, Place>;
  #text: Map<string, string> | undefined;
  readonly #facts = new Map<string, Facts>();

  constructor(dataset: ResolvedDataset) {
    this.#events = dataset.events;
    const actors = new Map<string, Actor>(dataset.actors.map((a) => [a.id, a]));
    this.#actors = actors;
    this.#places = new Map(dataset.places.map((p) => [p.id, p]));
    // One ancestry walk per actor, not per mention.
    const lineage = new Map<string, readonly string[]>();
    const up = (id: string): readonly string[] => {
      let ids = lineage.get(id);
      if (!ids) {
        ids = ancestry(id, actors).map((a) => a.id);
        lineage.set(id, ids);
      }
      return ids;
    };
    for (const event of dataset.events) {
      const chain: Chain = { made: new Set<string>(), received: new Set<string>(), any: new Set<string>() };
      for (const { actor, role } of event.actors) {
        for (const id of up(actor)) {
          chain.any.add(id);
          if (role === 'agent') chain.made.add(id);
          if (role === 'target') chain.received.add(id);
        }
      }
      this.#facts.set(event.id, { chain, sources: [...new Set(event.evidence.map((e) => e.source))] });
    }
  }

  /** An event's folded search text; every event's is folded on the first call. */
  #textOf(id: string): string {
    if (!this.#text) {
      this.#text = new Map(this.#events.map((e) => [e.id, searchText(e, this.#actors, this.#places)]));
    }
    return this.#text.get(id) ?? '';
  }

  /** The first facet the event fails, `'other'` when it fails a filter without counts, or undefined. */
  #failing(
    event: ResolvedEvent,
    filter: EventFilter,
    terms: readonly string[],
    except?: Facet,
  ): Facet | 'other' | undefined {
    if (!overlaps(event.date, filter.from, filter.to)) return 'other';
    if (terms.length && !matchesTerms(this.#textOf(event.id), terms)) return 'other';
    for (const facet of FACETS) if (facet !== except && !this.#passes(event, filter, facet)) return facet;
    return undefined;
  }

  /** True when the event passes one facet of the filter. */
  #passes(event: ResolvedEvent, filter: EventFilter, facet: Facet): boolean {
    switch (facet) {
      case 'types':
        return !filter.types.length || filter.types.includes(event.type);
      case 'subtypes':
        return !filter.subtypes.length || filter.subtypes.includes(event.subtype);
      case 'statuses':
        return !filter.statuses.length || filter.statuses.includes(event.status);
      case 'sources':
        return !filter.sources.length || event.evidence.some((e) => filter.sources.includes(e.source));
      case 'actors': {
        if (!filter.actors.length) return true;
        const chain = this.#facts.get(event.id)?.chain[filter.role];
        return chain !== undefined && filter.actors.some((a) => chain.has(a));
      }
    }
  }

  /** True when the event passes the filter, ignoring the facet named in `except`. */
  matches(event: ResolvedEvent, filter: EventFilter, terms: readonly string[], except?: Facet): boolean {
    return this.#failing(event, filter, terms, except) === undefined;
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
    for (const event of this.#events) {
      if (this.matches(event, filter, terms, facet)) this.#bump(counts, event, facet, filter.role);
    }
    return counts;
  }

  /**
   * Every facet's counts in one pass: an event that passes the whole filter counts in every facet, one that
   * fails a single facet counts in that facet only, and one that fails two or more counts nowhere.
   */
  countAll(filter: EventFilter): FacetCounts {
    const terms = queryTerms(filter.query);
    const all: Record<Facet, Map<string, number>> = {
      types: new Map(),
      subtypes: new Map(),
      statuses: new Map(),
      actors: new Map(),
      sources: new Map(),
    };
    for (const event of this.#events) {
      const first = this.#failing(event, filter, terms);
      if (first === 'other') continue;
      if (first === undefined) {
        for (const facet of FACETS) this.#bump(all[facet], event, facet, filter.role);
      } else if (this.#failing(event, filter, terms, first) === undefined) {
        this.#bump(all[first], event, first, filter.role);
      }
    }
    return all;
  }

  /** Counts the event under each of its values of `facet`. */
  #bump(counts: Map<string, number>, event: ResolvedEvent, facet: Facet, role: ActorRole): void {
    switch (facet) {
      case 'types':
        return add(counts, event.type);
      case 'subtypes':
        return add(counts, event.subtype);
      case 'statuses':
        return add(counts, event.status);
      case 'sources':
        for (const source of this.#facts.get(event.id)?.sources ?? []) add(counts, source);
        return;
      case 'actors':
        for (const actor of this.#facts.get(event.id)?.chain[role] ?? []) add(counts, actor);
        return;
    }
  }
}
