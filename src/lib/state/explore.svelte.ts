/**
 * The explore screen's state: one class holding what the reader chose (language, selection, filters,
 * visible window, grouping, level, selected edge) as `$state`, and everything computed from it as
 * `$derived` — the filtered events, the accusation graph in the window, the selected event. Components read
 * from it and call its methods; none keeps a copy.
 *
 * It is built for tens of thousands of events: the dataset and everything derived from it are plain
 * values replaced whole, never deeply proxied; the events are sorted by date once, so a filter change is one
 * pass over them; and a selection only looks things up — it recomputes neither the items nor the graph.
 */
import { createContext } from 'svelte';
import { STRINGS } from '../i18n/strings.ts';
import { EMPTY_FILTER, EventIndex, isEmptyFilter, sameFilter, type EventFilter } from '../model/filters.ts';
import {
  accusationGraphSteps,
  buildAccusationGraph,
  edgeKind,
  type AccusationGraph,
  type EdgeKind,
} from '../model/graph.ts';
import { rollUp, type Level } from '../model/hierarchy.ts';
import { cutArticle, evidenceBySource, evidenceSteps, type ArticleCut, type EvidenceSpan } from '../model/passages.ts';
import { byDate, overlaps, type ResolvedDataset, type ResolvedEvent } from '../model/resolve.ts';
import { itemCodes, type AggregateLabels } from '../model/timeline-aggregate.ts';
import { EVENTS_PER_STEP, finishSteps, scaledSteps, type Steps } from '../model/steps.ts';
import {
  itemTimes,
  timelineItemsOf,
  type Grouping,
  type ItemLabels,
  type ItemsOf,
  type TimelineGroup,
  type TimelineItem,
} from '../model/timeline-items.ts';
import { itemLabels } from '../i18n/item-labels.ts';
import { DEFAULT_VIEW, parseViewState, type KnownIds, type Lang, type ViewState } from '../model/view-state.ts';
import { slideSources } from '../model/slide-sources.ts';
import type { Source } from '../model/schema.ts';

/** A window of days shown on the timeline. */
export interface DayWindow {
  readonly start: string;
  readonly end: string;
}

/** A relation seen from the event it points at: its type, and the event it comes from. */
export interface IncomingRelation {
  readonly type: ResolvedEvent['relations'][number]['type'];
  readonly event: ResolvedEvent;
}

/** An edge picked in the graph. */
export interface EdgeKey {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
}

/** Each event's incoming relations, by the id of the event pointed at. */
function incomingRelations(events: readonly ResolvedEvent[]): Map<string, IncomingRelation[]> {
  const incoming = new Map<string, IncomingRelation[]>();
  for (const event of events) {
    for (const relation of event.relations) {
      const entry = { type: relation.type, event };
      const list = incoming.get(relation.event);
      if (list) list.push(entry);
      else incoming.set(relation.event, [entry]);
    }
  }
  return incoming;
}

/** How many item makers (see `ExploreState.#itemsOf`) are kept. */
const KEPT_MAKERS = 3;

export class ExploreState {
  /** The dataset, replaced whole, never mutated. */
  readonly dataset: ResolvedDataset;
  readonly known: KnownIds;
  readonly #events: ReadonlyMap<string, ResolvedEvent>;
  /** The filter index, built on first use (see `index`). */
  #index: EventIndex | undefined;
  /** Each event's incoming relations, so that showing a selected event is a look-up, not a pass over all. */
  #incoming: Map<string, IncomingRelation[]> | undefined;

  lang = $state<Lang>(DEFAULT_VIEW.lang);
  selected = $state<string | undefined>(undefined);
  filter = $state.raw<EventFilter>(EMPTY_FILTER);
  window = $state.raw<DayWindow | undefined>(undefined);
  /**
   * The window the graph is drawn for: the view's window, set with it from a link or a story step, and from
   * the timeline once the reader pauses (`OnPause`), so that panning and zooming in short strokes does not
   * redraw the graph between two of them.
   */
  graphWindow = $state.raw<DayWindow | undefined>(undefined);
  grouping = $state<Grouping>(DEFAULT_VIEW.grouping);
  level = $state<Level>(DEFAULT_VIEW.level);
  edge = $state.raw<EdgeKey | undefined>(undefined);

  constructor(dataset: ResolvedDataset) {
    this.dataset = dataset;
    // One pass over the events, with no pair or list made per event: at 100,000 events this runs as a session
    // opens, before anything can be drawn.
    const events = new Map<string, ResolvedEvent>();
    const subtypes = new Set<string>();
    for (const event of dataset.events) {
      events.set(event.id, event);
      subtypes.add(event.subtype);
    }
    this.#events = events;
    this.known = {
      events,
      actors: new Set(dataset.actors.map((a) => a.id)),
      sources: new Set(dataset.sources.map((s) => s.id)),
      subtypes,
    };
    // Derived values that read the dataset are declared here, after it is set.
    this.filtered = $derived(this.index.apply(this.filter));
    // The filtered events that draw an edge in the graph's window. A filter or a window that leaves them as they were
    // (hiding strikes, panning across a quiet month) hands back the same list, so the graph is not rebuilt
    // and not redrawn. The graph does not depend on the order of its events, and the unfiltered list (dataset
    // order) and a filtered one (time order) differ in order, so the lists are compared as sets.
    // `drawnBefore` and `drawnSet` are a memo of this derivation, not state.
    let drawnBefore: readonly ResolvedEvent[] = [];
    let drawnSet = new Set<ResolvedEvent>();
    this.#drawing = $derived.by(() => {
      const { start, end } = this.graphWindow ?? {};
      // Without filters every event passes, in any order: the graph sorts what it builds, so it need not wait
      // for the filter index, which the first picture of a large dataset would otherwise wait for.
      const events = isEmptyFilter(this.filter) ? this.dataset.events : this.filtered;
      const next = events.filter((e) => edgeKind(e) !== undefined && overlaps(e.date, start, end));
      if (next.length === drawnBefore.length && next.every((e) => drawnSet.has(e))) return drawnBefore;
      drawnBefore = next;
      drawnSet = new Set(next);
      return next;
    });
    this.graph = $derived(this.#graphOf(this.#drawing, this.level));
    const labels = $derived(this.#labelsIn(this.lang));
    // Items are made once per event for the current grouping, level and language: a filter change reuses them.
    const itemsOf = $derived(this.#itemsOf(this.grouping, this.level, this.lang));
    this.timelineData = $derived(itemsOf(this.filtered));
    this.aggregateLabels = $derived({
      type: labels.type,
      date: labels.date,
      aggregateLabel: this.strings.aggregateLabel,
      aggregateTitle: this.strings.aggregateTitle,
      aggregateBreakdown: this.strings.aggregateBreakdown,
      otherRows: this.strings.otherRows,
    });
    this.selectedEvent = $derived(this.selected === undefined ? undefined : this.#events.get(this.selected));
    const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
    this.selectionActors = $derived(
      new Set(this.selectedEvent?.actors.map((a) => rollUp(a.actor, this.level, actorsById)) ?? []),
    );
    // Which edges each event draws, built once per graph, so that a selection is a look-up.
    const edgesOfEvent = $derived.by(() => {
      const edges = new Map<string, string[]>();
      for (const edge of this.graph.edges) {
        const key = `${edge.from}→${edge.to}→${edge.kind}`;
        for (const id of edge.events) {
          const list = edges.get(id);
          if (list) list.push(key);
          else edges.set(id, [key]);
        }
      }
      return edges;
    });
    this.selectionEdges = $derived(new Set(this.selected === undefined ? [] : (edgesOfEvent.get(this.selected) ?? [])));
    this.edgeEvents = $derived.by(() => {
      const key = this.edge;
      if (!key) return [];
      const edge = this.graph.edges.find((e) => e.from === key.from && e.to === key.to && e.kind === key.kind);
      return (edge?.events ?? []).flatMap((id) => this.#events.get(id) ?? []).sort(byDate);
    });
  }

  /** The filter index, built when first asked for: the graph of an unfiltered view does not wait for it. */
  get index(): EventIndex {
    this.#index ??= finishSteps(this.#indexSteps());
    return this.#index;
  }

  // Indexed in time order, so that every filtered list comes out sorted with no sort of its own.
  *#indexSteps(): Steps<EventIndex> {
    const sorted = [...this.dataset.events].sort(byDate);
    yield 0;
    return yield* EventIndex.inSteps({ ...this.dataset, events: sorted });
  }

  /** Item labels by language, each made once. */
  readonly #labels = new Map<Lang, ItemLabels>();

  #labelsIn(lang: Lang): ItemLabels {
    let labels = this.#labels.get(lang);
    if (!labels) this.#labels.set(lang, (labels = itemLabels(this.dataset, lang)));
    return labels;
  }

  /**
   * Item makers by grouping, level and language (`timelineItemsOf`), the last few kept: each keeps the items it
   * made, so that going back to a grouping or a language makes none again, and so that `prepare` can make the
   * items of the first picture before it is drawn.
   */
  readonly #makers = new Map<string, ItemsOf>();

  #itemsOf(grouping: Grouping, level: Level, lang: Lang): ItemsOf {
    const key = `${grouping} ${level} ${lang}`;
    let maker = this.#makers.get(key);
    if (!maker) {
      maker = timelineItemsOf(this.dataset, grouping, level, this.#labelsIn(lang));
      this.#makers.set(key, maker);
      // At 100,000 events a maker keeps tens of megabytes of items: only the latest few are worth their memory.
      for (const old of this.#makers.keys()) if (this.#makers.size > KEPT_MAKERS) this.#makers.delete(old);
    }
    return maker;
  }

  /**
   * How far the preparation of a large dataset has got (0 to 1) while it runs in slices (see `Session`), and
   * undefined once everything is prepared, or when nothing needed to be: the explore screen shows the graph at
   * once and the parts that read the rest when it is ready.
   */
  preparing = $state<number | undefined>(undefined);

  #graphShown: () => void = () => {};

  /**
   * Resolves once the explore screen has drawn its first graph (see `graphDrawn`): a large dataset's graph is
   * its first picture, and the rest of its preparation waits for it rather than delay it.
   */
  readonly firstGraph = new Promise<void>((resolve) => (this.#graphShown = resolve));

  /** Says that the explore screen's graph is on screen. */
  graphDrawn(): void {
    this.#graphShown();
  }

  /** The events the graph is built from: those of the filtered events that draw an edge in the graph's window. */
  readonly #drawing: readonly ResolvedEvent[];

  /** The graph `prepareGraph` built in steps, with the events and level it was built for, until it is used. */
  #prepared: { events: readonly ResolvedEvent[]; level: Level; graph: AccusationGraph } | undefined;

  #graphOf(events: readonly ResolvedEvent[], level: Level): AccusationGraph {
    const prepared = this.#prepared;
    this.#prepared = undefined;
    if (prepared?.events === events && prepared.level === level) return prepared.graph;
    return buildAccusationGraph({ ...this.dataset, events }, { level });
  }

  /**
   * The accusation graph of the current view, built in steps before the explore screen draws it: at 100,000
   * events, building it at once was a task of 80 ms and more.
   */
  *prepareGraph(): Steps<void> {
    yield 0;
    const events = this.#drawing;
    const level = this.level;
    yield 0.1;
    const graph = yield* scaledSteps(accusationGraphSteps({ ...this.dataset, events }, { level }), 0.1, 1);
    this.#prepared = { events, level, graph };
    void this.graph;
  }

  /**
   * Everything else the first picture of the current view reads, built in steps (`model/steps.ts`), so that a
   * large dataset can be prepared a slice per task (`runInSlices`) once its graph is drawn: the filter index and
   * the filter bar's counts, every event's timeline item, the quotes by article and the cut of the article the
   * reader opens on (its text read from `articles`, by file), and the filtered items with their instants. Each
   * step yields the share done.
   */
  *prepare(articles: ReadonlyMap<string, string>): Steps<void> {
    this.#index ??= yield* scaledSteps(this.#indexSteps(), 0, 0.5);
    yield 0.5;
    // Kept by the index, so the filter bar's first drawing is a look-up.
    this.#index.countAll(this.filter);
    const events = this.dataset.events;
    const items = this.#itemsOf(this.grouping, this.level, this.lang);
    for (let k = 0; k < events.length; k += EVENTS_PER_STEP) {
      items(events.slice(k, k + EVENTS_PER_STEP));
      yield 0.5 + (0.4 * k) / events.length;
    }
    yield* this.#evidenceSteps(0.9, 0.93);
    const opening = this.selectedEvent?.evidence[0]?.source ?? this.dataset.sources[0]?.id;
    const source = this.dataset.sources.find((s) => s.id === opening);
    if (source) this.articleCut(source, articles.get(source.file) ?? '');
    yield 0.95;
    // The filtered items, and their instants, rows and types as numbers, which the timeline's extent and
    // aggregation read: a step each, some 40, 15 and 25 ms at 100,000 events.
    const { items: filtered } = this.timelineData;
    yield 0.96;
    itemTimes(filtered);
    yield 0.98;
    itemCodes(filtered);
  }

  /** The interface's words in the chosen language. */
  readonly strings = $derived(STRINGS[this.lang]);

  /** Everything that goes into the URL. */
  readonly view: ViewState = $derived({
    lang: this.lang,
    selected: this.selected,
    filter: this.filter,
    window: this.window,
    grouping: this.grouping,
    level: this.level,
  });

  /** Events passing the filters, in time order. */
  readonly filtered: readonly ResolvedEvent[];

  /** The accusation graph of the filtered events inside the graph's window. */
  readonly graph: AccusationGraph;

  /** The filtered events as timeline items and rows, labelled in the chosen language. */
  readonly timelineData: { readonly items: readonly TimelineItem[]; readonly groups: readonly TimelineGroup[] };

  /** The words of timeline aggregates and of the folded row, in the chosen language. */
  readonly aggregateLabels: AggregateLabels;

  readonly selectedEvent: ResolvedEvent | undefined;

  /** The selected event's actors, rolled up to the graph's level, for highlighting. */
  readonly selectionActors: ReadonlySet<string>;

  /** The graph edges the selected event draws, as `from→to→kind` keys. */
  readonly selectionEdges: ReadonlySet<string>;

  /** The events behind the selected edge, in time order. */
  readonly edgeEvents: readonly ResolvedEvent[];

  /** A story step's saved view, in a given language. The step was validated, so nothing is dropped here. */
  viewOfStep(step: { readonly view: string }, lang: Lang): ViewState {
    return { ...parseViewState(step.view, this.known).view, lang };
  }

  /** The articles a view cites (see `slideSources`): its selected event's, or those of every event it shows. */
  sourcesOf(view: ViewState): Source[] {
    const selected = view.selected === undefined ? undefined : this.#events.get(view.selected);
    return slideSources({ selected, events: this.index.apply(view.filter), window: view.window }, this.dataset.sources);
  }

  event(id: string): ResolvedEvent | undefined {
    return this.#events.get(id);
  }

  /** Every source's quotes, by source id; built on first use, since only the source reader asks. */
  #evidence: ReadonlyMap<string, readonly EvidenceSpan[]> | undefined;

  /** The quotes from one source, as (event, start, end), in event order. */
  evidenceIn(sourceId: string): readonly EvidenceSpan[] {
    this.#evidence ??= evidenceBySource(this.dataset);
    return this.#evidence.get(sourceId) ?? [];
  }

  /** Builds every source's quotes in steps, unless they are built, their shares mapped into `from`..`to`. */
  *#evidenceSteps(from: number, to: number): Steps<void> {
    if (this.#evidence) return;
    const built = yield* scaledSteps(evidenceSteps(this.dataset), from, to);
    this.#evidence ??= built;
  }

  /** Each article cut for the source reader, by source id; a memo of `cutArticle`, not state. */
  readonly #cuts = new Map<string, ArticleCut>();

  /** The source's article (its text given) cut into passages, with each quoting event's runs; cut once. */
  articleCut(source: Source, text: string): ArticleCut {
    let cut = this.#cuts.get(source.id);
    if (!cut) this.#cuts.set(source.id, (cut = cutArticle(text, source.body, this.evidenceIn(source.id))));
    return cut;
  }

  /**
   * Builds what a first selection would otherwise build on the spot: each event's incoming relations in one
   * step, then every source's quotes, `EVENTS_PER_STEP` events a step. The explore screen runs a step each time
   * the page is idle.
   */
  *lookupSteps(): Steps<void> {
    this.incoming('');
    yield 0.5;
    yield* this.#evidenceSteps(0.5, 1);
  }

  /** The events that point at `id` (the inverse of their relations), in dataset order. */
  incoming(id: string): readonly IncomingRelation[] {
    this.#incoming ??= incomingRelations(this.dataset.events);
    return this.#incoming.get(id) ?? [];
  }

  /** Replaces the whole view, e.g. from the URL on load or on back/forward. */
  applyView(view: ViewState): void {
    this.lang = view.lang;
    this.selected = view.selected;
    // The same filter read again (a link opened twice, back to an unfiltered view) keeps what it filtered.
    if (!sameFilter(view.filter, this.filter)) this.filter = view.filter;
    this.window = view.window;
    this.graphWindow = view.window;
    this.grouping = view.grouping;
    this.level = view.level;
    this.edge = undefined;
  }

  select(id: string | undefined): void {
    this.selected = id !== undefined && this.#events.has(id) ? id : undefined;
  }

  /** Moves the selection to the next or previous filtered event in time order. */
  step(delta: 1 | -1): void {
    const list = this.filtered;
    if (list.length === 0) return;
    const at = list.findIndex((e) => e.id === this.selected);
    const next = at === -1 ? (delta === 1 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + delta));
    this.selected = list[next]?.id;
  }

  setFilter(patch: Partial<EventFilter>): void {
    this.filter = { ...this.filter, ...patch };
  }

  clearFilters(): void {
    this.filter = EMPTY_FILTER;
  }

  /** Toggles one value in a list-valued filter facet. */
  toggle<K extends 'types' | 'subtypes' | 'statuses' | 'actors' | 'sources'>(
    facet: K,
    value: EventFilter[K][number],
  ): void {
    const current: readonly EventFilter[K][number][] = this.filter[facet];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    const patch: Partial<EventFilter> = { [facet]: next };
    this.setFilter(patch);
  }

  /** Shows one actor's events, as made, received or either. */
  focusActor(actor: string, role: EventFilter['role'] = 'any'): void {
    this.setFilter({ actors: [actor], role });
  }
}

export const [getExplore, setExplore] = createContext<ExploreState>();
