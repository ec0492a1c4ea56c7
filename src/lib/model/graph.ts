/**
 * The accusation network: who accused whom, and who denied what, in a period and at a level of the actor
 * hierarchy. One function serves the graph view, the `data graph` command, the figures and the tests.
 */
import { alignmentOf, rollUp, type Level } from './hierarchy.ts';
import { overlaps, type ResolvedDataset, type ResolvedEvent } from './resolve.ts';
import type { Actor, Alignment } from './schema.ts';
import { EVENTS_PER_STEP, finishSteps, type Steps } from './steps.ts';

export type EdgeKind = 'accusation' | 'denial';

export interface GraphNode {
  /** Actor id at the chosen level. */
  readonly id: string;
  readonly name: Actor['name'];
  readonly kind: Actor['kind'];
  /** Side in the conflict, for colour. */
  readonly alignment: Alignment;
  /** Accusations this actor made. */
  readonly made: number;
  /** Accusations made against this actor. */
  readonly received: number;
  /** Denials this actor issued. */
  readonly denialsMade: number;
  /** Denials aimed at this actor's claims. */
  readonly denialsReceived: number;
}

export interface GraphEdge {
  /** Accuser (or denier) id at the chosen level. */
  readonly from: string;
  /** Accused (or the one whose claim is denied) id at the chosen level. */
  readonly to: string;
  readonly kind: EdgeKind;
  /** Number of events behind the edge. */
  readonly weight: number;
  /** Those events' ids, sorted. */
  readonly events: readonly string[];
}

export interface AccusationGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export interface GraphOptions {
  /** First day of the window, `YYYY-MM-DD`; events ending before it are left out. */
  readonly from?: string | undefined;
  /** Last day of the window; events starting after it are left out. */
  readonly to?: string | undefined;
  /** How far to roll actors up. */
  readonly level?: Level | undefined;
  /** Further restriction, e.g. the explore screen's filters. */
  readonly include?: ((event: ResolvedEvent) => boolean) | undefined;
}

/** The kind of edge an event draws, if any. */
export function edgeKind(event: Pick<ResolvedEvent, 'type' | 'subtype'>): EdgeKind | undefined {
  if (event.type !== 'statement') return undefined;
  if (event.subtype === 'accusation') return 'accusation';
  if (event.subtype === 'denial') return 'denial';
  return undefined;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the graph. Every agent of an accusation points at every target; a denial points from the denier at
 * the party whose claim it rejects. Actors are rolled up to `level`; an edge from a party to itself after
 * the roll-up (a ministry accusing its own state) is dropped. Output is sorted, so equal input gives equal
 * output.
 */
export function buildAccusationGraph(dataset: ResolvedDataset, options: GraphOptions = {}): AccusationGraph {
  return finishSteps(accusationGraphSteps(dataset, options));
}

/**
 * `buildAccusationGraph` in steps (`steps.ts`) of `EVENTS_PER_STEP` events, then one for the sorting: at
 * 100,000 events the whole graph is some 80 ms of work, too long for one of the page's tasks.
 */
export function* accusationGraphSteps(dataset: ResolvedDataset, options: GraphOptions = {}): Steps<AccusationGraph> {
  const level = options.level ?? 'actor';
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  // Each actor rolled up once: a large dataset names the same few hundred actors in thousands of events.
  const rolled = new Map<string, string>();
  const up = (id: string) => {
    let to = rolled.get(id);
    if (to === undefined) rolled.set(id, (to = rollUp(id, level, actors)));
    return to;
  };
  // An event reaches an edge once (its agents and targets are each counted once), so a list of event ids
  // per edge holds no duplicates.
  const edges = new Map<string, { from: string; to: string; kind: EdgeKind; events: string[] }>();
  const agents: string[] = [];
  const targets: string[] = [];

  const events = dataset.events;
  for (let k = 0; k < events.length; k++) {
    if (k > 0 && k % EVENTS_PER_STEP === 0) yield k / events.length;
    const event = events[k];
    const kind = event && edgeKind(event);
    if (!event || !kind || !overlaps(event.date, options.from, options.to)) continue;
    if (options.include && !options.include(event)) continue;
    agents.length = 0;
    targets.length = 0;
    for (const { actor, role } of event.actors) {
      const list = role === 'agent' ? agents : role === 'target' ? targets : undefined;
      if (!list) continue;
      const id = up(actor);
      if (!list.includes(id)) list.push(id);
    }
    for (const from of agents) {
      for (const to of targets) {
        if (from === to) continue;
        const key = `${from}\u0000${to}\u0000${kind}`;
        const edge = edges.get(key);
        if (edge) edge.events.push(event.id);
        else edges.set(key, { from, to, kind, events: [event.id] });
      }
    }
  }

  yield 1;
  const sortedEdges: GraphEdge[] = [...edges.values()]
    .map((e) => ({ from: e.from, to: e.to, kind: e.kind, weight: e.events.length, events: e.events.sort(compare) }))
    .sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to) || compare(a.kind, b.kind));

  const counts = new Map<string, { made: number; received: number; denialsMade: number; denialsReceived: number }>();
  const count = (id: string) => {
    const entry = counts.get(id) ?? { made: 0, received: 0, denialsMade: 0, denialsReceived: 0 };
    counts.set(id, entry);
    return entry;
  };
  for (const edge of sortedEdges) {
    if (edge.kind === 'accusation') {
      count(edge.from).made += edge.weight;
      count(edge.to).received += edge.weight;
    } else {
      count(edge.from).denialsMade += edge.weight;
      count(edge.to).denialsReceived += edge.weight;
    }
  }

  const nodes: GraphNode[] = [...counts.entries()]
    .sort(([a], [b]) => compare(a, b))
    .flatMap(([id, c]) => {
      const actor = actors.get(id);
      if (!actor) return [];
      return [{ id, name: actor.name, kind: actor.kind, alignment: alignmentOf(id, actors) ?? 'other', ...c }];
    });
  return { nodes, edges: sortedEdges };
}
