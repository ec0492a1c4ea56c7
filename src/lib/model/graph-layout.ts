/**
 * The accusation graph's layout, as a computation rather than an animation: inputs are copied and sorted
 * by id, the force simulation runs to convergence in one call, and positions come back rounded — the same
 * graph gives the same picture, in the view, in an exported figure and in a test.
 *
 * It comes in three steps so that the costly one can run in a worker: `layoutInput` takes from the graph
 * only what the forces need, `simulateLayout` runs the forces (in a worker or in place: the same doubles
 * either way), and `fitLayout` fits the result into a box. `layoutGraph` does all three.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { scaleSqrt } from 'd3-scale';
import type { AccusationGraph, GraphNode } from './graph.ts';

export interface LayoutNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Circle radius, by accusations made plus received. */
  readonly r: number;
}

export interface GraphLayout {
  readonly nodes: readonly LayoutNode[];
  readonly width: number;
  readonly height: number;
  /**
   * How far the layout was shrunk to fit the box, from 0 to 1 (1: not shrunk). Radii are already scaled by
   * it; a drawing scales its strokes by it too, so that a large graph looks like a small one seen from afar.
   */
  readonly zoom: number;
}

export interface LayoutOptions {
  readonly width: number;
  readonly height: number;
  /** Smallest and largest circle radius. */
  readonly radius?: readonly [number, number];
  /** How far a small layout may be enlarged to fill the box (1.5 unless given). */
  readonly maxScale?: number;
}

/** What the forces need from a graph: plain data, cheap to send to a worker and to compare. */
export interface LayoutInput {
  /** Node ids, sorted. */
  readonly ids: readonly string[];
  /** Each node's weight (see `nodeWeight`), in the order of `ids`. */
  readonly weights: readonly number[];
  /** Each edge as indexes into `ids`, source then target, in a fixed order. */
  readonly links: readonly (readonly [number, number])[];
  /** Smallest and largest circle radius. */
  readonly radius: readonly [number, number];
}

/** Simulated positions, in the order of the input's `ids`, before they are fitted into a box. */
export interface LayoutPositions {
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/** A node's weight for sizing: every accusation and denial it took part in. */
export function nodeWeight(node: GraphNode): number {
  return node.made + node.received + node.denialsMade + node.denialsReceived;
}

/**
 * Graphs up to this many nodes get d3's full schedule (300 ticks, every force throughout, the start in id
 * order): a few milliseconds, and the pictures readers already know. Larger graphs get `schedule`'s budget.
 */
export const SMALL_GRAPH = 100;

/**
 * How the forces run for a graph of `n` nodes. Past `SMALL_GRAPH` nodes most of the time goes to the
 * many-body force and to collisions, and most ticks only polish. So a large graph starts with its heaviest
 * nodes at the centre, which leaves less to untangle; runs fewer ticks (half as many past 400 nodes) with a
 * coarser Barnes–Hut approximation; and settles overlaps, which the other forces barely change, in the
 * second half only. On generated datasets of 300 to 1,000 actors this takes a third of the time or less,
 * for the same edge lengths and no overlaps.
 */
function schedule(n: number) {
  if (n <= SMALL_GRAPH) return { ticks: 300, theta: 0.9, collideFrom: 0, heaviestFirst: false };
  // About 60,000 node-ticks: 300 ticks at 200 nodes, down to 150 from 400 nodes on.
  const ticks = Math.max(150, Math.min(300, Math.round(60_000 / n)));
  return { ticks, theta: 1.2, collideFrom: Math.floor(ticks / 2), heaviestFirst: true };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (value: number) => Math.round(value * 100) / 100;

/** The layout's input: nodes sorted by id and links in a fixed order, whatever order the graph lists them in. */
export function layoutInput(graph: AccusationGraph, radius: readonly [number, number] = [6, 26]): LayoutInput {
  const nodes = [...graph.nodes].sort((a, b) => compare(a.id, b.id));
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const at = (id: string) => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`node not found: ${id}`);
    return i;
  };
  const links = graph.edges
    // By the joined ids first, as the layout always sorted them, so that small pictures keep their look;
    // each joined once, not once per comparison.
    .map((edge) => ({ edge, joined: edge.from + edge.to + edge.kind }))
    .sort((a, b) => compare(a.joined, b.joined) || compare(a.edge.from, b.edge.from) || compare(a.edge.to, b.edge.to))
    .map(({ edge }): [number, number] => [at(edge.from), at(edge.to)]);
  return { ids: nodes.map((n) => n.id), weights: nodes.map(nodeWeight), links, radius: [radius[0], radius[1]] };
}

/** A string equal for two inputs exactly when they lay out the same: no hashing, so no collisions. */
export function layoutKey(input: LayoutInput): string {
  const nodes = input.ids.map((id, i) => `${id}\u0001${input.weights[i] ?? 0}`).join('\u0002');
  const links = input.links.map(([s, t]) => `${s}\u0001${t}`).join('\u0002');
  return `${input.radius.join('\u0001')}\u0003${nodes}\u0003${links}`;
}

/** Each node's radius, by the square root of its weight. */
export function nodeRadii(input: LayoutInput): number[] {
  const [rMin, rMax] = input.radius;
  const size = scaleSqrt()
    .domain([0, input.weights.reduce((max, w) => Math.max(max, w), 1)])
    .range([rMin, rMax]);
  return input.weights.map((w) => size(w));
}

interface SimNode extends SimulationNodeDatum {
  r: number;
}

/** d3-force's own starting spiral: the node of rank `k` sits `10√(k + ½)` out, a golden angle after the last. */
const INITIAL_RADIUS = 10;
const INITIAL_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Runs the forces to convergence and returns the positions. Pure: the same input gives the same doubles. */
export function simulateLayout(input: LayoutInput): LayoutPositions {
  const plan = schedule(input.ids.length);
  // The starting spiral, in id order or heaviest first (ties in id order).
  const order = input.ids.map((_, i) => i);
  if (plan.heaviestFirst) order.sort((a, b) => (input.weights[b] ?? 0) - (input.weights[a] ?? 0) || a - b);
  const rank = new Int32Array(order.length);
  order.forEach((node, k) => (rank[node] = k));
  const nodes: SimNode[] = nodeRadii(input).map((r, i) => {
    const k = rank[i] ?? 0;
    const radius = INITIAL_RADIUS * Math.sqrt(0.5 + k);
    return { r, x: radius * Math.cos(k * INITIAL_ANGLE), y: radius * Math.sin(k * INITIAL_ANGLE) };
  });
  const links = input.links.map(([source, target]) => ({ source, target }));

  const simulation = forceSimulation(nodes)
    .alphaDecay(1 - Math.pow(0.001, 1 / plan.ticks))
    .force('link', forceLink<SimNode, { source: number; target: number }>(links).distance(90).strength(0.4))
    .force('charge', forceManyBody().strength(-260).theta(plan.theta))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.09))
    .stop();
  const collide = forceCollide<SimNode>((d) => d.r + 18);
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  for (let i = 0; i < ticks; i += 1) {
    if (i === plan.collideFrom) simulation.force('collide', collide);
    simulation.tick();
  }
  return { x: Float64Array.from(nodes, (n) => n.x ?? 0), y: Float64Array.from(nodes, (n) => n.y ?? 0) };
}

/** Fits simulated positions into the `width` × `height` box, keeping their aspect ratio, with room for labels. */
export function fitLayout(input: LayoutInput, positions: LayoutPositions, options: LayoutOptions): GraphLayout {
  const { width, height } = options;
  const { x, y } = positions;
  const radii = nodeRadii(input);
  const margin = input.radius[1] + 40;
  let [x0, x1, y0, y1] = [0, 0, 0, 0];
  input.ids.forEach((_, i) => {
    const [px, py] = [x[i] ?? 0, y[i] ?? 0];
    [x0, x1, y0, y1] =
      i === 0 ? [px, px, py, py] : [Math.min(x0, px), Math.max(x1, px), Math.min(y0, py), Math.max(y1, py)];
  });
  const scale = Math.min(
    (width - 2 * margin) / Math.max(1, x1 - x0),
    (height - 2 * margin) / Math.max(1, y1 - y0),
    options.maxScale ?? 1.5,
  );
  const zoom = Math.min(1, scale);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return {
    width,
    height,
    zoom: round(zoom),
    nodes: input.ids.map((id, i) => ({
      id,
      x: round(width / 2 + ((x[i] ?? 0) - cx) * scale),
      y: round(height / 2 + ((y[i] ?? 0) - cy) * scale),
      // Shrunk with the layout, but not below 2 units, so that every node can still be seen and hit.
      r: round(Math.max(Math.min(2, radii[i] ?? 0), (radii[i] ?? 0) * zoom)),
    })),
  };
}

/** The last simulation run in this thread: a figure rendered twice (plain, then with its font) lays out once. */
let last: { key: string; positions: LayoutPositions } | undefined;

/** Lays the graph out in a `width` × `height` box, deterministically. */
export function layoutGraph(graph: AccusationGraph, options: LayoutOptions): GraphLayout {
  const input = layoutInput(graph, options.radius);
  const key = layoutKey(input);
  if (last?.key !== key) last = { key, positions: simulateLayout(input) };
  return fitLayout(input, last.positions, options);
}
