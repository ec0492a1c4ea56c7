/**
 * The accusation graph's edges as the view draws them, computed in one pass that can run in the layout
 * worker: every edge's curve, its arrowhead, and — for a large graph — the edges merged into a few strokes
 * (`mergeStrokes`). The page then only puts the result in the DOM. The input is plain typed arrays
 * (`EdgeSketch`), cheap to send to a worker; the output keeps each edge's curve, in the graph's order, so
 * that the page can still find, name and emphasise every edge.
 */
import type { AccusationGraph, EdgeKind } from './graph.ts';
import { arrowhead, curvePath, edgeCurve, strokeWidth, type Circle, type EdgeCurve } from './graph-geometry.ts';
import { mergeStrokes, type MergedStroke } from './graph-strokes.ts';

/** The kinds of edge, in the order their strokes and arrowheads are drawn; an `EdgeSketch` indexes into it. */
export const EDGE_KINDS: readonly EdgeKind[] = ['accusation', 'denial'];

/** How far an edge bends when it would otherwise lie on another: two parties accusing each other, or a denial. */
const BEND = 14;

/** What drawing needs of a graph's edges, in the graph's order, as arrays cheap to send to a worker. */
export interface EdgeSketch {
  /** Each edge's accuser, as an index into the layout's node ids. */
  readonly from: Int32Array;
  /** Each edge's accused, likewise. */
  readonly to: Int32Array;
  /** Each edge's kind, as an index into `EDGE_KINDS`. */
  readonly kind: Uint8Array;
  /** How far each edge bends sideways (see `edgeCurve`); 0 for a straight one. */
  readonly bend: Float64Array;
  /** Each edge's weight, the events behind it. */
  readonly weight: Float64Array;
  /** The heaviest edge's weight, at least 1: the top of the stroke-width scale. */
  readonly maxWeight: number;
}

/**
 * The sketch of `graph`'s edges, its nodes numbered by `ids` (the layout input's). An edge bends when its
 * reverse is also drawn, so that the two do not overlap, and so does every denial, which is dashed.
 */
export function edgeSketch(graph: AccusationGraph, ids: readonly string[]): EdgeSketch {
  const index = new Map(ids.map((id, i) => [id, i]));
  const at = (id: string) => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`node not found: ${id}`);
    return i;
  };
  const n = graph.edges.length;
  const [from, to, kind] = [new Int32Array(n), new Int32Array(n), new Uint8Array(n)];
  const [bend, weight] = [new Float64Array(n), new Float64Array(n)];
  // Pairs as one number each (from × nodes + to), so that finding an edge's reverse builds no strings.
  const pairs = new Set<number>();
  graph.edges.forEach((edge, i) => {
    [from[i], to[i]] = [at(edge.from), at(edge.to)];
    pairs.add((from[i] ?? 0) * ids.length + (to[i] ?? 0));
  });
  let maxWeight = 1;
  graph.edges.forEach((edge, i) => {
    kind[i] = Math.max(0, EDGE_KINDS.indexOf(edge.kind));
    const mutual = pairs.has((to[i] ?? 0) * ids.length + (from[i] ?? 0));
    bend[i] = mutual || edge.kind === 'denial' ? BEND : 0;
    weight[i] = edge.weight;
    maxWeight = Math.max(maxWeight, edge.weight);
  });
  return { from, to, kind, bend, weight, maxWeight };
}

/** The arrowheads' size for a layout's `zoom`, in the drawing's units: smaller when shrunk, never below 4. */
export function arrowSize(zoom: number): number {
  return Math.max(4, 12 * zoom);
}

/** Edge `i`'s stroke width at the layout's `zoom` (see `strokeWidth`). */
export function sketchWidth(sketch: EdgeSketch, i: number, zoom: number): number {
  return strokeWidth(sketch.weight[i] ?? 1, sketch.maxWeight, zoom);
}

/** Numbers per edge in `EdgeDrawing.curves`. */
const CURVE_SIZE = 7;

/** Writes `curve` into `curves` as edge `i`'s seven numbers. */
function writeCurve(curves: Float64Array, i: number, curve: EdgeCurve): void {
  const at = i * CURVE_SIZE;
  curves[at] = curve.x1;
  curves[at + 1] = curve.y1;
  curves[at + 2] = curve.cx;
  curves[at + 3] = curve.cy;
  curves[at + 4] = curve.x2;
  curves[at + 5] = curve.y2;
  curves[at + 6] = curve.bent ? 1 : 0;
}

/** The edges drawn. */
export interface EdgeDrawing {
  /** Every edge's curve, in the graph's order: x1, y1, cx, cy, x2, y2 and 1 if bent (else 0), per edge. */
  readonly curves: Float64Array;
  /** Each kind's arrowheads as one path, in the order of `EDGE_KINDS`. */
  readonly heads: readonly string[];
  /** The edges merged into strokes when asked for (see `mergeStrokes`), else none. */
  readonly strokes: readonly MergedStroke[];
}

/**
 * Draws the sketched edges between `circles` (the nodes, in the order of the sketch's indexes) at a
 * layout's `zoom`; with `merge`, also as merged strokes. Pure: the worker and the page draw the same.
 */
export function drawEdges(sketch: EdgeSketch, circles: readonly Circle[], zoom: number, merge: boolean): EdgeDrawing {
  const n = sketch.from.length;
  const curves = new Float64Array(n * CURVE_SIZE);
  const heads: string[][] = EDGE_KINDS.map(() => []);
  const paths: { kind: EdgeKind; width: number; d: string }[] = [];
  const size = arrowSize(zoom);
  for (let i = 0; i < n; i += 1) {
    const [a, b] = [circles[sketch.from[i] ?? -1], circles[sketch.to[i] ?? -1]];
    if (!a || !b) throw new Error(`edge ${i} has an end that is not drawn`);
    const curve = edgeCurve(a, b, sketch.bend[i] ?? 0);
    writeCurve(curves, i, curve);
    const k = sketch.kind[i] ?? 0;
    heads[k]?.push(arrowhead(curve, size));
    if (!merge) continue;
    paths.push({ kind: EDGE_KINDS[k] ?? 'accusation', width: sketchWidth(sketch, i, zoom), d: curvePath(curve) });
  }
  return { curves, heads: heads.map((h) => h.join('')), strokes: merge ? mergeStrokes(paths, EDGE_KINDS) : [] };
}

/** How many edges a drawing holds. */
export function drawnCount(drawing: EdgeDrawing): number {
  return drawing.curves.length / CURVE_SIZE;
}

/** Edge `i`'s curve in a drawing. */
export function drawnCurve(drawing: EdgeDrawing, i: number): EdgeCurve {
  const c = drawing.curves.subarray(i * CURVE_SIZE, (i + 1) * CURVE_SIZE);
  const [x1 = 0, y1 = 0, cx = 0, cy = 0, x2 = 0, y2 = 0, bent = 0] = c;
  return { x1, y1, cx, cy, x2, y2, bent: bent === 1 };
}

/** The buffers of a drawing that a worker can hand over rather than copy. */
export function drawingTransfer(drawing: EdgeDrawing): ArrayBuffer[] {
  return drawing.curves.buffer instanceof ArrayBuffer ? [drawing.curves.buffer] : [];
}
