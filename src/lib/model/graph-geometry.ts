/**
 * Drawing rules for the accusation graph, shared by the view and the figure renderer: a path from the rim of
 * one circle to the rim of the other, bent when two parties accuse each other so that the two arrows do not
 * overlap; the stroke width for a number of accusations; and which nodes are named when there are too many
 * names to print.
 */

export interface Circle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * An SVG path from `a` to `b` that stops `gap` short of `b`'s rim (room for the arrowhead). `bend` curves it
 * sideways by that many pixels at the middle; 0 draws a straight line.
 */
export function edgePath(a: Circle, b: Circle, bend: number, gap = 4): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const x1 = a.x + ux * a.r;
  const y1 = a.y + uy * a.r;
  const x2 = b.x - ux * (b.r + gap);
  const y2 = b.y - uy * (b.r + gap);
  if (bend === 0) return `M${round(x1)},${round(y1)}L${round(x2)},${round(y2)}`;
  // The control point sits off the midpoint, perpendicular to the line.
  const cx = (x1 + x2) / 2 - uy * bend * 2;
  const cy = (y1 + y2) / 2 + ux * bend * 2;
  return `M${round(x1)},${round(y1)}Q${round(cx)},${round(cy)} ${round(x2)},${round(y2)}`;
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
