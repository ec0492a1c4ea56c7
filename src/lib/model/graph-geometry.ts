/**
 * Edge geometry for the accusation graph: a path from the rim of one circle to the rim of the other, bent
 * when two parties accuse each other so that the two arrows do not overlap, and the stroke width for a
 * number of accusations. Shared by the view and the figure renderer.
 */
import { scaleLinear } from 'd3-scale';

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

/** Stroke width for an edge's weight, given the heaviest edge. */
export function strokeWidth(weight: number, maxWeight: number): number {
  return round(
    scaleLinear()
      .domain([1, Math.max(2, maxWeight)])
      .range([1.5, 7])
      .clamp(true)(weight),
  );
}
