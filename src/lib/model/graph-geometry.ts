/**
 * Drawing rules for the accusation graph, shared by the view and the figure renderer: a path from the rim of
 * one circle to the rim of the other, bent when two parties accuse each other so that the two arrows do not
 * overlap; which edge a pointer is on; the stroke width for a number of accusations; and which nodes are
 * named when there are too many names to print.
 */

export interface Circle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * An edge's shape: from (`x1`, `y1`) to (`x2`, `y2`), bent towards the control point (`cx`, `cy`) when
 * `bent`; a straight edge's control point is its midpoint.
 */
export interface EdgeCurve {
  readonly x1: number;
  readonly y1: number;
  readonly cx: number;
  readonly cy: number;
  readonly x2: number;
  readonly y2: number;
  readonly bent: boolean;
}

/**
 * The curve from `a`'s rim to `gap` short of `b`'s rim (room for the arrowhead). `bend` curves it sideways
 * by that many pixels at the middle; 0 keeps it straight.
 */
export function edgeCurve(a: Circle, b: Circle, bend: number, gap = 4): EdgeCurve {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const x1 = a.x + ux * a.r;
  const y1 = a.y + uy * a.r;
  const x2 = b.x - ux * (b.r + gap);
  const y2 = b.y - uy * (b.r + gap);
  // The control point sits off the midpoint, perpendicular to the line.
  const cx = (x1 + x2) / 2 - uy * bend * 2;
  const cy = (y1 + y2) / 2 + ux * bend * 2;
  return { x1, y1, cx, cy, x2, y2, bent: bend !== 0 };
}

/** An SVG path along a curve: a line, or a quadratic curve when bent. */
export function curvePath({ x1, y1, cx, cy, x2, y2, bent }: EdgeCurve): string {
  if (!bent) return `M${round(x1)},${round(y1)}L${round(x2)},${round(y2)}`;
  return `M${round(x1)},${round(y1)}Q${round(cx)},${round(cy)} ${round(x2)},${round(y2)}`;
}

/** The SVG path of `edgeCurve(a, b, bend, gap)`. */
export function edgePath(a: Circle, b: Circle, bend: number, gap = 4): string {
  return curvePath(edgeCurve(a, b, bend, gap));
}

/**
 * The arrowhead at the end of `curve`, as a closed SVG subpath: the triangle an SVG marker with viewBox
 * `0 0 10 10`, tip at (10, 5), reference point (9, 5) and `orient="auto"` draws there at `size` user units —
 * the tip a tenth of `size` past the end, along the curve's last direction. Thousands of edges can then
 * share one filled `<path>` of arrowheads, which a browser paints far faster than one marker per edge.
 */
export function arrowhead(curve: EdgeCurve, size: number): string {
  const { x2, y2 } = curve;
  // A bent edge ends heading away from its control point; a straight one, away from its start.
  const [fx, fy] = curve.bent ? [curve.cx, curve.cy] : [curve.x1, curve.y1];
  const length = Math.hypot(x2 - fx, y2 - fy) || 1;
  const [ux, uy] = [((x2 - fx) / length) * (size / 10), ((y2 - fy) / length) * (size / 10)];
  // (ux, uy) is one marker unit along the edge; (-uy, ux) one unit across it.
  const at = (along: number, across: number) =>
    `${round(x2 + along * ux - across * uy)},${round(y2 + along * uy + across * ux)}`;
  return `M${at(-9, -5)}L${at(1, 0)}L${at(-9, 5)}Z`;
}

/** The distance from (`px`, `py`) to the segment from (`x1`, `y1`) to (`x2`, `y2`). */
function segmentDistance(px: number, py: number, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.min(1, Math.max(0, ((px - x1) * dx + (py - y1) * dy) / length2));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

/** Straight pieces a bent edge is measured along: within a tenth of a pixel for the bends the graph draws. */
const CURVE_STEPS = 12;

/** How far (`x`, `y`) is from the edge drawn along `curve`. */
export function curveDistance(curve: EdgeCurve, x: number, y: number): number {
  const { x1, y1, cx, cy, x2, y2 } = curve;
  if (!curve.bent) return segmentDistance(x, y, x1, y1, x2, y2);
  let best = Infinity;
  let [px, py] = [x1, y1];
  for (let k = 1; k <= CURVE_STEPS; k += 1) {
    const t = k / CURVE_STEPS;
    const u = 1 - t;
    const qx = u * u * x1 + 2 * u * t * cx + t * t * x2;
    const qy = u * u * y1 + 2 * u * t * cy + t * t * y2;
    best = Math.min(best, segmentDistance(x, y, px, py, qx, qy));
    [px, py] = [qx, qy];
  }
  return best;
}

/**
 * Which edge a pointer at (`x`, `y`) is on: the index of the curve nearest to it, if no farther than
 * `tolerance`, else -1. On a tie the later curve wins, as it is drawn on top. `undefined` entries (edges not
 * drawn) are skipped. One function for every edge, rather than a wide invisible twin of each: the drawing
 * keeps one element per edge.
 */
export function nearestEdge(
  curves: readonly (EdgeCurve | undefined)[],
  x: number,
  y: number,
  tolerance: number,
): number {
  let found = -1;
  let best = tolerance;
  curves.forEach((curve, k) => {
    if (!curve) return;
    // A quadratic curve lies inside the box of its three points: most curves are ruled out by that box.
    const { x1, cx, x2, y1, cy, y2 } = curve;
    if (x < Math.min(x1, cx, x2) - best || x > Math.max(x1, cx, x2) + best) return;
    if (y < Math.min(y1, cy, y2) - best || y > Math.max(y1, cy, y2) + best) return;
    const distance = curveDistance(curve, x, y);
    if (distance <= best) [found, best] = [k, distance];
  });
  return found;
}

/** The middle of a curve, where its label is shown. */
export function curveMiddle(curve: EdgeCurve): { x: number; y: number } {
  const { x1, y1, cx, cy, x2, y2 } = curve;
  return { x: round((x1 + 2 * cx + x2) / 4), y: round((y1 + 2 * cy + y2) / 4) };
}

/**
 * Stroke width for an edge's weight, given the heaviest edge, shrunk by the layout's `zoom` (see
 * `GraphLayout`) but never below half a unit.
 */
export function strokeWidth(weight: number, maxWeight: number, zoom = 1): number {
  // A linear scale from [1, max] to [1.5, 7], clamped; written out because it runs once per edge.
  const t = Math.min(1, Math.max(0, (weight - 1) / (Math.max(2, maxWeight) - 1)));
  return round(Math.max(0.5, (1.5 * (1 - t) + 7 * t) * zoom));
}

/** Up to this many nodes every node is named; past it, only the `LABELLED_TOP` heaviest. */
export const LABEL_ALL = 40;
export const LABELLED_TOP = 25;

/**
 * The nodes named on the drawing: all of them in a small graph; in a large one the heaviest (by `weight`,
 * ties by id), whose names would otherwise drown in hundreds of others. The rest are named on hover and
 * focus in the view, and in their tooltips.
 */
export function labelledNodes<T extends { readonly id: string }>(
  nodes: readonly T[],
  weight: (node: T) => number,
): ReadonlySet<string> {
  if (nodes.length <= LABEL_ALL) return new Set(nodes.map((n) => n.id));
  const heaviest = [...nodes].sort((a, b) => weight(b) - weight(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Set(heaviest.slice(0, LABELLED_TOP).map((n) => n.id));
}
