/**
 * Filtering events: by type, subtype, status, actor (an actor stands for everyone below it in the
 * hierarchy, and can be restricted to what they made or received), source article, date range and text.
 * Facet counts say how many events each choice would show given the other filters.
 */
import { ancestry } from './hierarchy.ts';
import { overlaps, type ResolvedDataset, type ResolvedEvent } from './resolve.ts';
import type { Actor, EventType, Place, Status } from './schema.ts';
import { matchesTerms, queryTerms, searchText } from './search.ts';
import { EVENTS_PER_STEP, finishSteps, type Steps } from './steps.ts';

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

/** True when two filters show the same events: the same choices, in the same order. */
export function sameFilter(a: EventFilter, b: EventFilter): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, k) => v === y[k]);
  return (
    same(a.types, b.types) &&
    same(a.subtypes, b.subtypes) &&
    same(a.statuses, b.statuses) &&
    same(a.actors, b.actors) &&
    a.role === b.role &&
    same(a.sources, b.sources) &&
    a.from === b.from &&
    a.to === b.to &&
    a.query === b.query
  );
}

/** The facets that have counts. */
export type Facet = 'types' | 'subtypes' | 'statuses' | 'actors' | 'sources';

/** The facets, in the order `counts` reports them. */
export const FACETS: readonly Facet[] = ['types', 'subtypes', 'statuses', 'actors', 'sources'];

/** For each facet, how many events each of its values would show with the other filters as they are. */
export type FacetCounts = Readonly<Record<Facet, ReadonlyMap<string, number>>>;

/** Whose side of an event each actor is on, up the hierarchy: each list without repeats. */
interface Chain {
  readonly made: readonly string[];
  readonly received: readonly string[];
  readonly any: readonly string[];
}

/**
 * Every value of the facets, numbered, and each event's values as numbers: what `countAll` and `apply` read,
 * so that a pass over 100,000 events compares integers and fills typed arrays instead of looking strings up.
 */
class Codes {
  readonly #codes = new Map<string, number>();
  readonly names: string[] = [];
  code(name: string): number {
    let code = this.#codes.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.#codes.set(name, code);
      this.names.push(name);
    }
    return code;
  }
  /** A mark per code for the chosen names (names unknown here mark nothing); undefined when none is chosen. */
  chosen(names: readonly string[]): Uint8Array | undefined {
    if (names.length === 0) return undefined;
    const marks = new Uint8Array(this.names.length);
    for (const name of names) {
      const code = this.#codes.get(name);
      if (code !== undefined) marks[code] = 1;
    }
    return marks;
  }
}

/** A short list of codes per event, in one flat array: event k's list is `codes[starts[k]..starts[k+1]]`. */
class Lists {
  readonly starts: Uint32Array;
  readonly codes: Uint32Array;
  constructor(starts: readonly number[], codes: readonly number[]) {
    this.starts = Uint32Array.from(starts);
    this.codes = Uint32Array.from(codes);
  }
  /** True when one of event k's codes is marked. */
  some(k: number, marks: Uint8Array): boolean {
    for (let i = this.starts[k] ?? 0, end = this.starts[k + 1] ?? 0; i < end; i++)
      if (marks[this.codes[i] ?? 0]) return true;
    return false;
  }
  /** Adds one for each of event k's codes. */
  count(k: number, counts: Uint32Array): void {
    for (let i = this.starts[k] ?? 0, end = this.starts[k + 1] ?? 0; i < end; i++) counts[this.codes[i] ?? 0]! += 1;
  }
}

/** A filter turned into marks over the codes; an absent mark means the facet lets everything through. */
interface Compiled {
  readonly types: Uint8Array | undefined;
  readonly subtypes: Uint8Array | undefined;
  readonly statuses: Uint8Array | undefined;
  readonly sources: Uint8Array | undefined;
  readonly actors: Uint8Array | undefined;
  readonly chains: Lists;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly terms: readonly string[];
}

/** A facet's failure, or a failure of a filter without counts (dates, text). */
const OTHER = -1;
/** No failure. */
const NONE = -2;

/**
 * A filter bound to a dataset, with the per-event work (ancestry chains, facet codes, folded text) done
 * once, so that changing the filter costs one pass over the events. The folded text is built on the first
 * text query: most sessions never search, and folding every event's text would delay the first render.
 */
/** What `EventIndex` keeps per event, as `indexSteps` builds it. */
interface Indexed {
  /** The actors by id, which the ancestry walks read. */
  readonly actors: ReadonlyMap<string, Actor>;
  readonly codes: Record<Facet, Codes>;
  readonly type: Uint32Array;
  readonly subtype: Uint32Array;
  readonly status: Uint32Array;
  readonly sources: Lists;
  readonly chainCodes: Record<ActorRole, Lists>;
}

/**
 * Indexes the events in steps of `EVENTS_PER_STEP`, yielding the share done after each, so that a caller can
 * spread a large dataset over several tasks (see `EventIndex.inSteps`).
 */
function* indexSteps(dataset: ResolvedDataset): Steps<Indexed> {
  const n = dataset.events.length;
  const actors = new Map<string, Actor>(dataset.actors.map((a) => [a.id, a]));
  const codes: Record<Facet, Codes> = {
    types: new Codes(),
    subtypes: new Codes(),
    statuses: new Codes(),
    actors: new Codes(),
    sources: new Codes(),
  };
  const [type, subtype, status] = [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)];
  // One ancestry walk per actor, not per mention, kept as codes.
  const lineage = new Map<string, readonly number[]>();
  const up = (id: string): readonly number[] => {
    let found = lineage.get(id);
    if (!found) {
      found = ancestry(id, actors).map((a) => codes.actors.code(a.id));
      lineage.set(id, found);
    }
    return found;
  };
  // Every list is built flat, each event's codes appended once (a list is a handful of codes long).
  const flat = () => ({ starts: [0], codes: [] as number[] });
  const lists = { sources: flat(), made: flat(), received: flat(), any: flat() };
  const everyList = Object.values(lists);
  const append = (list: { starts: number[]; codes: number[] }, code: number) => {
    for (let i = list.starts[list.starts.length - 1] ?? 0; i < list.codes.length; i++)
      if (list.codes[i] === code) return;
    list.codes.push(code);
  };
  for (let k = 0; k < n; k++) {
    if (k > 0 && k % EVENTS_PER_STEP === 0) yield k / n;
    const event = dataset.events[k];
    if (!event) continue;
    type[k] = codes.types.code(event.type);
    subtype[k] = codes.subtypes.code(event.subtype);
    status[k] = codes.statuses.code(event.status);
    for (const e of event.evidence) append(lists.sources, codes.sources.code(e.source));
    for (const { actor, role } of event.actors) {
      for (const code of up(actor)) {
        append(lists.any, code);
        if (role === 'agent') append(lists.made, code);
        if (role === 'target') append(lists.received, code);
      }
    }
    for (const list of everyList) list.starts.push(list.codes.length);
  }
  const made = (list: { starts: number[]; codes: number[] }) => new Lists(list.starts, list.codes);
  return {
    actors,
    codes,
    type,
    subtype,
    status,
    sources: made(lists.sources),
    chainCodes: { made: made(lists.made), received: made(lists.received), any: made(lists.any) },
  };
}

export class EventIndex {
  readonly #events: readonly ResolvedEvent[];
  readonly #actors: ReadonlyMap<string, Actor>;
  readonly #places: ReadonlyMap<string, Place>;
  #text: string[] | undefined;
  #chains: Map<string, Chain> | undefined;
  readonly #codes: Record<Facet, Codes>;
  readonly #type: Uint32Array;
  readonly #subtype: Uint32Array;
  readonly #status: Uint32Array;
  readonly #sources: Lists;
  readonly #chainCodes: Record<ActorRole, Lists>;
  #totals: FacetCounts | undefined;
  /**
   * The last filter's pass: the events it keeps and its counts. The explore screen asks for both of the same
   * filter (the list for the views, the counts for the filter bar), and one pass gives both.
   */
  #last: { readonly filter: EventFilter; readonly events: ResolvedEvent[]; readonly counts: FacetCounts } | undefined;

  /** Indexes every event now; see `inSteps` for the same index built a step at a time. */
  constructor(dataset: ResolvedDataset, indexed?: Indexed) {
    this.#events = dataset.events;
    this.#places = new Map(dataset.places.map((p) => [p.id, p]));
    const built = indexed ?? finishSteps(indexSteps(dataset));
    this.#actors = built.actors;
    this.#codes = built.codes;
    this.#type = built.type;
    this.#subtype = built.subtype;
    this.#status = built.status;
    this.#sources = built.sources;
    this.#chainCodes = built.chainCodes;
  }

  /** The index of `dataset`, built in steps that each yield the share of events done (see `indexSteps`). */
  static *inSteps(dataset: ResolvedDataset): Steps<EventIndex> {
    return new EventIndex(dataset, yield* indexSteps(dataset));
  }

  /** Each event's actor chains as ids, for the plain reading of the filter; worked out on first use. */
  #chainsOf(event: ResolvedEvent): Chain | undefined {
    if (!this.#chains) {
      const names = this.#codes.actors.names;
      const ids = (list: Lists, k: number) =>
        [...list.codes.subarray(list.starts[k], list.starts[k + 1])].map((c) => names[c] ?? '');
      const { made, received, any } = this.#chainCodes;
      this.#chains = new Map(
        this.#events.map((e, k) => [e.id, { made: ids(made, k), received: ids(received, k), any: ids(any, k) }]),
      );
    }
    return this.#chains.get(event.id);
  }

  /** Every event's folded search text, in index order; folded on the first call. */
  #texts(): string[] {
    this.#text ??= this.#events.map((e) => searchText(e, this.#actors, this.#places));
    return this.#text;
  }

  #compile(filter: EventFilter): Compiled {
    const codes = this.#codes;
    return {
      types: codes.types.chosen(filter.types),
      subtypes: codes.subtypes.chosen(filter.subtypes),
      statuses: codes.statuses.chosen(filter.statuses),
      sources: codes.sources.chosen(filter.sources),
      actors: codes.actors.chosen(filter.actors),
      chains: this.#chainCodes[filter.role],
      from: filter.from,
      to: filter.to,
      terms: queryTerms(filter.query),
    };
  }

  /**
   * The first facet (as its position in FACETS) event k fails, OTHER when it fails a filter without counts,
   * NONE when it passes; `except` is a facet position to ignore, or NONE.
   */
  #failing(k: number, f: Compiled, except: number): number {
    if (f.from !== undefined || f.to !== undefined) {
      const event = this.#events[k];
      if (!event || !overlaps(event.date, f.from, f.to)) return OTHER;
    }
    if (f.terms.length && !matchesTerms(this.#texts()[k] ?? '', f.terms)) return OTHER;
    // The order of FACETS: types, subtypes, statuses, actors, sources.
    if (except !== 0 && f.types && !f.types[this.#type[k] ?? 0]) return 0;
    if (except !== 1 && f.subtypes && !f.subtypes[this.#subtype[k] ?? 0]) return 1;
    if (except !== 2 && f.statuses && !f.statuses[this.#status[k] ?? 0]) return 2;
    if (except !== 3 && f.actors && !f.chains.some(k, f.actors)) return 3;
    if (except !== 4 && f.sources && !this.#sources.some(k, f.sources)) return 4;
    return NONE;
  }

  /** True when the event passes one facet of the filter: the plain reading of the filter, kept for `counts`. */
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
        const chain = this.#chainsOf(event)?.[filter.role];
        return chain !== undefined && filter.actors.some((a) => chain.includes(a));
      }
    }
  }

  /** True when the event passes the filter, ignoring the facet named in `except`. */
  matches(event: ResolvedEvent, filter: EventFilter, terms: readonly string[], except?: Facet): boolean {
    if (!overlaps(event.date, filter.from, filter.to)) return false;
    if (terms.length && !matchesTerms(searchText(event, this.#actors, this.#places), terms)) return false;
    return FACETS.every((facet) => facet === except || this.#passes(event, filter, facet));
  }

  /** The events that pass the filter, in index order. */
  apply(filter: EventFilter): ResolvedEvent[] {
    if (isEmptyFilter(filter)) return [...this.#events];
    return [...this.#pass(filter).events];
  }

  /**
   * For one facet, how many events each value would show with the other filters as they are. This is the
   * plain, event-by-event reading of the filter; `countAll` must agree with it (the tests hold them together).
   */
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
      else this.#chainsOf(event)?.[filter.role].forEach(bump);
    }
    return counts;
  }

  /**
   * Every facet's counts, from the same pass as `apply`: an event that passes the whole filter counts in every
   * facet, one that fails a single facet counts in that facet only, and one that fails two or more counts
   * nowhere. The counts of the empty filter are kept, since the filter bar asks for them at every start.
   */
  countAll(filter: EventFilter): FacetCounts {
    if (isEmptyFilter(filter) && filter.role === 'any' && this.#totals) return this.#totals;
    const { counts } = this.#pass(filter);
    if (isEmptyFilter(filter) && filter.role === 'any') this.#totals = counts;
    return counts;
  }

  /** One pass over the events for `filter`: the events it keeps, and every facet's counts. */
  #pass(filter: EventFilter): { readonly events: ResolvedEvent[]; readonly counts: FacetCounts } {
    if (this.#last?.filter === filter) return this.#last;
    const compiled = this.#compile(filter);
    const codes = this.#codes;
    const counts = FACETS.map((facet) => new Uint32Array(codes[facet].names.length));
    const [types, subtypes, statuses, actors, sources] = counts as [
      Uint32Array,
      Uint32Array,
      Uint32Array,
      Uint32Array,
      Uint32Array,
    ];
    const bump = (k: number, facet: number) => {
      if (facet === 0) types[this.#type[k] ?? 0]! += 1;
      else if (facet === 1) subtypes[this.#subtype[k] ?? 0]! += 1;
      else if (facet === 2) statuses[this.#status[k] ?? 0]! += 1;
      else if (facet === 3) compiled.chains.count(k, actors);
      else this.#sources.count(k, sources);
    };
    const events: ResolvedEvent[] = [];
    for (let k = 0; k < this.#events.length; k++) {
      const first = this.#failing(k, compiled, NONE);
      if (first === OTHER) continue;
      if (first === NONE) {
        const event = this.#events[k];
        if (event) events.push(event);
        for (let facet = 0; facet < FACETS.length; facet++) bump(k, facet);
      } else if (this.#failing(k, compiled, first) === NONE) bump(k, first);
    }
    const maps = FACETS.map((facet, f) => {
      const map = new Map<string, number>();
      const names = codes[facet].names;
      counts[f]?.forEach((count, code) => {
        if (count > 0) map.set(names[code] ?? '', count);
      });
      return map;
    });
    const all: FacetCounts = {
      types: maps[0] ?? new Map(),
      subtypes: maps[1] ?? new Map(),
      statuses: maps[2] ?? new Map(),
      actors: maps[3] ?? new Map(),
      sources: maps[4] ?? new Map(),
    };
    this.#last = { filter, events, counts: all };
    return this.#last;
  }
}
