import { describe, expect, it } from 'vitest';
import { edgePath, strokeWidth } from '../src/lib/model/graph-geometry.ts';
import type { AccusationGraph } from '../src/lib/model/graph.ts';
import { layoutGraph } from '../src/lib/model/graph-layout.ts';

const node = (id: string, made: number, received: number) => ({
  id,
  name: { en: id, ar: id },
  kind: 'state' as const,
  alignment: 'other' as const,
  made,
  received,
  denialsMade: 0,
  denialsReceived: 0,
});
const graph: AccusationGraph = {
  nodes: [node('a', 3, 0), node('b', 0, 2), node('c', 0, 1), node('d', 0, 0)],
  edges: [
    { from: 'a', to: 'b', kind: 'accusation', weight: 2, events: ['e1', 'e2'] },
    { from: 'a', to: 'c', kind: 'accusation', weight: 1, events: ['e3'] },
  ],
};

describe('layoutGraph(graph, options)', () => {
  it('gives the same positions for the same graph, whatever the input order', () => {
    const first = layoutGraph(graph, { width: 600, height: 400 });
    const shuffled = layoutGraph(
      { nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() },
      { width: 600, height: 400 },
    );
    expect(shuffled).toEqual(first);
  });

  it('does not change the graph it is given', () => {
    const copy = structuredClone(graph);
    layoutGraph(graph, { width: 600, height: 400 });
    expect(graph).toEqual(copy);
  });

  it('keeps every node inside the box and sizes nodes by their accusations', () => {
    const layout = layoutGraph(graph, { width: 600, height: 400, radius: [5, 20] });
    for (const n of layout.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(600);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(400);
      expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
    }
    const r = Object.fromEntries(layout.nodes.map((n) => [n.id, n.r]));
    expect(r.a).toBe(20);
    expect(r.d).toBe(5);
    expect(r.b).toBeGreaterThan(r.c ?? Infinity);
  });

  it('lays out an empty graph and a single node without NaN', () => {
    expect(layoutGraph({ nodes: [], edges: [] }, { width: 100, height: 100 }).nodes).toEqual([]);
    const one = layoutGraph({ nodes: [node('x', 1, 0)], edges: [] }, { width: 100, height: 100 });
    expect(one.nodes[0]).toMatchObject({ x: 50, y: 50 });
  });
});

describe('edgePath(a, b, bend) and strokeWidth(weight, max)', () => {
  it('runs from rim to rim, short of the target by the gap', () => {
    expect(edgePath({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 20 }, 0, 4)).toBe('M10,0L76,0');
  });

  it('bends sideways when asked', () => {
    expect(edgePath({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 20 }, 10, 4)).toBe('M10,0Q43,20 76,0');
  });

  it('scales stroke width from thin to thick and clamps', () => {
    expect(strokeWidth(1, 5)).toBe(1.5);
    expect(strokeWidth(5, 5)).toBe(7);
    expect(strokeWidth(9, 5)).toBe(7);
  });
});
