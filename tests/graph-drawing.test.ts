import { describe, expect, it } from 'vitest';
import type { AccusationGraph, GraphEdge } from '../src/lib/model/graph.ts';
import {
  arrowSize,
  drawEdges,
  drawnCount,
  drawnCurve,
  edgeSketch,
  sketchWidth,
} from '../src/lib/model/graph-drawing.ts';
import { arrowhead, curvePath, edgeCurve, strokeWidth } from '../src/lib/model/graph-geometry.ts';

const node = (id: string) => ({
  id,
  name: { en: id, ar: id },
  kind: 'state' as const,
  alignment: 'other' as const,
  made: 1,
  received: 1,
  denialsMade: 0,
  denialsReceived: 0,
});
const edge = (from: string, to: string, kind: GraphEdge['kind'], weight: number): GraphEdge => ({
  from,
  to,
  kind,
  weight,
  events: [],
});

/** a and b accuse each other; b accuses c; c denies a's claim. */
const graph: AccusationGraph = {
  nodes: ['a', 'b', 'c'].map(node),
  edges: [
    edge('a', 'b', 'accusation', 3),
    edge('b', 'a', 'accusation', 1),
    edge('b', 'c', 'accusation', 6),
    edge('c', 'a', 'denial', 2),
  ],
};
const ids = ['a', 'b', 'c'];
const circles = [
  { x: 100, y: 100, r: 10 },
  { x: 300, y: 100, r: 20 },
  { x: 200, y: 300, r: 6 },
];

describe('edgeSketch(graph, ids)', () => {
  it('numbers each edge’s ends by the layout’s ids, in the graph’s order', () => {
    const sketch = edgeSketch(graph, ids);
    expect([...sketch.from]).toEqual([0, 1, 1, 2]);
    expect([...sketch.to]).toEqual([1, 0, 2, 0]);
    expect([...sketch.kind]).toEqual([0, 0, 0, 1]);
    expect([...sketch.weight]).toEqual([3, 1, 6, 2]);
    expect(sketch.maxWeight).toBe(6);
  });

  it('bends the two edges of a pair who accuse each other, and every denial, and no other', () => {
    expect([...edgeSketch(graph, ids).bend]).toEqual([14, 14, 0, 14]);
  });

  it('names an edge’s end that is not among the nodes', () => {
    expect(() => edgeSketch(graph, ['a', 'b'])).toThrow('node not found: c');
  });
});

describe('drawEdges(sketch, circles, zoom, merge)', () => {
  const sketch = edgeSketch(graph, ids);
  const at = (k: number) => circles[k] ?? { x: 0, y: 0, r: 0 };

  it('keeps every edge’s curve, as edgeCurve draws it, in the graph’s order', () => {
    const drawing = drawEdges(sketch, circles, 0.5, false);
    expect(drawnCount(drawing)).toBe(4);
    expect(drawnCurve(drawing, 0)).toEqual(edgeCurve(at(0), at(1), 14));
    expect(drawnCurve(drawing, 2)).toEqual(edgeCurve(at(1), at(2), 0));
    expect(drawnCurve(drawing, 3)).toEqual(edgeCurve(at(2), at(0), 14));
  });

  it('draws each kind’s arrowheads in one path, one triangle per edge, sized by the zoom', () => {
    const drawing = drawEdges(sketch, circles, 0.5, false);
    const size = arrowSize(0.5);
    expect(size).toBe(6);
    expect(drawing.heads).toEqual([
      [edgeCurve(at(0), at(1), 14), edgeCurve(at(1), at(0), 14), edgeCurve(at(1), at(2), 0)]
        .map((c) => arrowhead(c, size))
        .join(''),
      arrowhead(edgeCurve(at(2), at(0), 14), size),
    ]);
  });

  it('merges the edges into strokes of one kind and width only when asked', () => {
    expect(drawEdges(sketch, circles, 1, false).strokes).toEqual([]);
    const strokes = drawEdges(sketch, circles, 1, true).strokes;
    const widths = [3, 1, 6].map((w) => strokeWidth(w, 6, 1));
    expect(strokes.map((s) => [s.kind, s.width, s.count])).toEqual([
      ['accusation', widths[1], 1],
      ['denial', strokeWidth(2, 6, 1), 1],
      ['accusation', widths[0], 1],
      ['accusation', widths[2], 1],
    ]);
    expect(strokes[3]?.d).toBe(curvePath(edgeCurve(at(1), at(2), 0)));
    expect(sketchWidth(sketch, 2, 1)).toBe(widths[2]);
  });

  it('names an edge whose end has no circle', () => {
    expect(() => drawEdges(sketch, circles.slice(0, 2), 1, false)).toThrow('edge 2 has an end that is not drawn');
  });
});
