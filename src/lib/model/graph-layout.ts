/**
 * The accusation graph's layout, as a computation rather than an animation: inputs are copied and sorted
 * by id, the force simulation runs to convergence in one call, and positions come back rounded — the same
 * graph gives the same picture, in the view, in an exported figure and in a test.
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
}

export interface LayoutOptions {
  readonly width: number;
  readonly height: number;
  /** Smallest and largest circle radius. */
  readonly radius?: readonly [number, number];
  /** How far a small layout may be enlarged to fill the box (1.5 unless given). */
  readonly maxScale?: number;
}

/** A node's weight for sizing: every accusation and denial it took part in. */
export function nodeWeight(node: GraphNode): number {
  return node.made + node.received + node.denialsMade + node.denialsReceived;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Lays the graph out in a `width` × `height` box, deterministically. */
export function layoutGraph(graph: AccusationGraph, options: LayoutOptions): GraphLayout {
  const { width, height } = options;
  const [rMin, rMax] = options.radius ?? [6, 26];
  const maxWeight = Math.max(1, ...graph.nodes.map(nodeWeight));
  const size = scaleSqrt().domain([0, maxWeight]).range([rMin, rMax]);

  // Copies, sorted by id: d3-force mutates its inputs, and its starting positions depend on order.
  const nodes: SimNode[] = [...graph.nodes]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((n) => ({ id: n.id, r: size(nodeWeight(n)) }));
  const links = [...graph.edges]
    .sort((a, b) => (a.from + a.to + a.kind < b.from + b.to + b.kind ? -1 : 1))
    .map((e) => ({ source: e.from, target: e.to, weight: e.weight }));

  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<SimNode, { source: string; target: string; weight: number }>(links)
        .id((d) => d.id)
        .distance(90)
        .strength(0.4),
    )
    .force('charge', forceManyBody().strength(-260))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.09))
    .force(
      'collide',
      forceCollide<SimNode>((d) => d.r + 18),
    )
    .stop();
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  for (let i = 0; i < ticks; i += 1) simulation.tick();

  // Fit the converged layout into the box, keeping its aspect ratio, with room for labels.
  const margin = rMax + 40;
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(
    (width - 2 * margin) / Math.max(1, x1 - x0),
    (height - 2 * margin) / Math.max(1, y1 - y0),
    options.maxScale ?? 1.5,
  );
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return {
    width,
    height,
    nodes: nodes.map((n) => ({
      id: n.id,
      x: round(width / 2 + ((n.x ?? 0) - cx) * scale),
      y: round(height / 2 + ((n.y ?? 0) - cy) * scale),
      r: round(n.r),
    })),
  };
}
