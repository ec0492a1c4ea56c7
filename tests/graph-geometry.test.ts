import { describe, expect, it } from 'vitest';
import {
  curveDistance,
  curveMiddle,
  curvePath,
  edgeCurve,
  edgePath,
  nearestEdge,
  type EdgeCurve,
} from '../src/lib/model/graph-geometry.ts';

/** A straight edge from (10, 0) to (76, 0), and the same bent 10 units sideways (its middle at y = 10). */
const a = { x: 0, y: 0, r: 10 };
const b = { x: 100, y: 0, r: 20 };
const straight = edgeCurve(a, b, 0);
const bent = edgeCurve(a, b, 10);

describe('edgeCurve(a, b, bend) and curvePath(curve)', () => {
  it('draws the path edgePath draws, straight or bent', () => {
    expect(curvePath(straight)).toBe(edgePath(a, b, 0));
    expect(curvePath(bent)).toBe(edgePath(a, b, 10));
    expect(straight).toMatchObject({ x1: 10, y1: 0, x2: 76, y2: 0, bent: false });
  });

  it('puts the middle of a straight edge halfway, and a bent one’s halfway to its control point', () => {
    expect(curveMiddle(straight)).toEqual({ x: 43, y: 0 });
    expect(curveMiddle(bent)).toEqual({ x: 43, y: 10 });
  });
});

describe('curveDistance(curve, x, y)', () => {
  it.each([
    ['on a straight edge', straight, 43, 0, 0],
    ['beside a straight edge', straight, 43, 5, 5],
    ['past the end of a straight edge, to its end', straight, 80, 3, 5],
    ['before the start of a straight edge, to its start', straight, 10, -4, 4],
    ['on the middle of a bent edge', bent, 43, 10, 0],
    ['on the chord of a bent edge, under its middle', bent, 43, 0, 10],
  ] as const)('measures a point %s', (_where, curve, x, y, distance) => {
    expect(curveDistance(curve, x, y)).toBeCloseTo(distance, 1);
  });
});

describe('nearestEdge(curves, x, y, tolerance)', () => {
  /** Two parallel edges 10 units apart, an edge not drawn, and a far one. */
  const line = (y: number): EdgeCurve => ({ x1: 0, y1: y, cx: 50, cy: y, x2: 100, y2: y, bent: false });
  const curves = [line(0), line(10), undefined, line(100)];

  it.each([
    ['the edge a point is on', 50, 0, 0],
    ['the nearer of two edges', 50, 7, 1],
    ['none when every edge is farther than the tolerance', 50, 50, -1],
    ['none beyond the ends of the edges', 110, 0, -1],
    ['the far edge when the point is near it', 20, 97, 3],
  ] as const)('finds %s', (_what, x, y, index) => {
    expect(nearestEdge(curves, x, y, 5)).toBe(index);
  });

  it('gives a tie to the edge drawn later, which is on top', () => {
    expect(nearestEdge(curves, 50, 5, 5)).toBe(1);
  });

  it('finds a bent edge by its curve, not by the box around it', () => {
    expect(nearestEdge([bent], 43, 9, 2)).toBe(0);
    expect(nearestEdge([bent], 15, 9, 2)).toBe(-1);
  });

  it('finds nothing among no edges', () => {
    expect(nearestEdge([], 0, 0, 10)).toBe(-1);
  });
});
