/**
 * The accusation network: who accused whom, and who denied what, in a period and at a level of the actor
 * hierarchy. One function serves the graph view, the `data graph` command, the figures and the tests.
 */
import { alignmentOf, rollUp, type Level } from './hierarchy.ts';
import { overlaps, type ResolvedDataset, type ResolvedEvent } from './resolve.ts';
import type { Actor, Alignment } from './schema.ts';

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
  const level = options.level ?? 'actor';
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const edges = new Map<string, { from: string; to: string; kind: EdgeKind; events: Set<string> }>();

  for (const event of dataset.events) {
    const kind = edgeKind(event);
    if (!kind || !overlaps(event.date, options.from, options.to)) continue;
    if (options.include && !options.include(event)) continue;
    const agents = event.actors.filter((a) => a.role === 'agent').map((a) => rollUp(a.actor, level, actors));
    const targets = event.actors.filter((a) => a.role === 'target').map((a) => rollUp(a.actor, level, actors));
    for (const from of new Set(agents)) {
      for (const to of new Set(targets)) {
        if (from === to) continue;
        const key = `${from}\u0000${to}\u0000${kind}`;
        const edge = edges.get(key) ?? { from, to, kind, events: new Set<string>() };
        edge.events.add(event.id);
        edges.set(key, edge);
      }
    }
  }

  const sortedEdges: GraphEdge[] = [...edges.values()]
    .map((e) => ({ from: e.from, to: e.to, kind: e.kind, weight: e.events.size, events: [...e.events].sort(compare) }))
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
