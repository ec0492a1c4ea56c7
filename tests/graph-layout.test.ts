import { describe, expect, it } from 'vitest';
import {
  arrowhead,
  edgeCurve,
  edgePath,
  LABELLED_TOP,
  labelledNodes,
  strokeWidth,
} from '../src/lib/model/graph-geometry.ts';
import type { AccusationGraph } from '../src/lib/model/graph.ts';
import {
  fitLayout,
  layoutGraph,
  layoutInput,
  layoutKey,
  nodeWeight,
  simulateLayout,
} from '../src/lib/model/graph-layout.ts';

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

  it('arrowhead(curve, size) puts the tip a tenth of size past the end and the base 0.9 size behind it, size wide', () => {
    // A straight edge from (0, 0) rightwards, ending 4 short of a circle of radius 10 at (100, 0): at x = 86.
    const straight = edgeCurve({ x: 0, y: 0, r: 0 }, { x: 100, y: 0, r: 10 }, 0);
    expect(arrowhead(straight, 10)).toBe('M77,-5L87,0L77,5Z');
    // Pointing up, the same triangle turned a quarter.
    const up = edgeCurve({ x: 0, y: 100, r: 0 }, { x: 0, y: 0, r: 0 }, 0, 0);
    expect(arrowhead(up, 20)).toBe('M-10,18L0,-2L10,18Z');
  });

  it('arrowhead of a bent edge points along the curve’s last stretch, away from its control point', () => {
    const bent = edgeCurve({ x: 0, y: 0, r: 0 }, { x: 100, y: 0, r: 0 }, 14, 0);
    const points = [...arrowhead(bent, 10).matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const [tipX, tipY] = points[1] ?? [];
    const length = Math.hypot(bent.x2 - bent.cx, bent.y2 - bent.cy);
    // At size 10 a marker unit is one user unit: the tip is one unit on from the end.
    expect(tipX).toBeCloseTo(bent.x2 + (bent.x2 - bent.cx) / length, 1);
    expect(tipY).toBeCloseTo(bent.y2 + (bent.y2 - bent.cy) / length, 1);
    // Not along the chord (which would leave y at 0): the curve arrives from its bulge below.
    expect(tipY).toBeLessThan(-0.3);
  });

  it('scales stroke width from thin to thick and clamps', () => {
    expect(strokeWidth(1, 5)).toBe(1.5);
    expect(strokeWidth(5, 5)).toBe(7);
    expect(strokeWidth(9, 5)).toBe(7);
  });

  it('thins strokes with a shrunk layout, down to half a unit', () => {
    expect(strokeWidth(5, 5, 0.5)).toBe(3.5);
    expect(strokeWidth(1, 5, 0.1)).toBe(0.5);
  });
});

/** A 1,000-node graph built by arithmetic, not chance: a hierarchy of threes, plus cross-accusations. */
function largeGraph(n: number): AccusationGraph {
  const id = (i: number) => `actor-${String(i).padStart(4, '0')}`;
  const edges = new Map<string, AccusationGraph['edges'][number]>();
  for (let i = 1; i < n; i += 1) {
    for (const [from, to] of [
      [i, Math.floor((i - 1) / 3)],
      [i, (i * 7 + 3) % n],
    ] as const) {
      if (from !== to)
        edges.set(`${from}→${to}`, { from: id(from), to: id(to), kind: 'accusation', weight: 1 + (i % 4), events: [] });
    }
  }
  const list = [...edges.values()];
  const nodes = Array.from({ length: n }, (_, i) => {
    const made = list.filter((e) => e.from === id(i)).reduce((s, e) => s + e.weight, 0);
    const received = list.filter((e) => e.to === id(i)).reduce((s, e) => s + e.weight, 0);
    return { ...node(id(i), made, received) };
  });
  return { nodes, edges: list };
}

// A 1,000-node layout takes well under a second alone, but several on a busy two-core machine: the timeout
// only keeps a slow run from failing; timing belongs to the benchmark.
describe('layoutGraph at 1,000 nodes', { timeout: 60_000 }, () => {
  const big = largeGraph(1000);

  it('gives identical positions for the same graph, given in any order', () => {
    const first = simulateLayout(layoutInput(big));
    const again = simulateLayout(layoutInput({ nodes: [...big.nodes].reverse(), edges: [...big.edges].reverse() }));
    expect(again.x).toEqual(first.x);
    expect(again.y).toEqual(first.y);
  });

  it('keeps every node finite and inside the box, shrinking circles with the layout', () => {
    const layout = layoutGraph(big, { width: 640, height: 440 });
    expect(layout.nodes).toHaveLength(1000);
    expect(layout.zoom).toBeGreaterThan(0);
    expect(layout.zoom).toBeLessThan(1);
    for (const n of layout.nodes) {
      expect(Number.isFinite(n.x) && Number.isFinite(n.y) && Number.isFinite(n.r)).toBe(true);
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(640);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(440);
      expect(n.r).toBeGreaterThanOrEqual(2);
    }
  });

  it('names only the heaviest nodes of a large graph, and every node of a small one', () => {
    expect(labelledNodes(graph.nodes, nodeWeight)).toEqual(new Set(['a', 'b', 'c', 'd']));
    const named = labelledNodes(big.nodes, nodeWeight);
    expect(named.size).toBe(LABELLED_TOP);
    const lightestNamed = Math.min(...big.nodes.filter((n) => named.has(n.id)).map(nodeWeight));
    const heaviestUnnamed = Math.max(...big.nodes.filter((n) => !named.has(n.id)).map(nodeWeight));
    expect(lightestNamed).toBeGreaterThanOrEqual(heaviestUnnamed);
  });
});

describe('layoutInput(graph) and layoutKey(input)', () => {
  it('gives one key for one graph in any order, and another when a weight changes', () => {
    const key = layoutKey(layoutInput(graph));
    expect(layoutKey(layoutInput({ nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() }))).toBe(key);
    const heavier = { ...graph, nodes: graph.nodes.map((n) => (n.id === 'd' ? { ...n, made: 1 } : n)) };
    expect(layoutKey(layoutInput(heavier))).not.toBe(key);
  });

  it('names the missing node of an edge that points nowhere', () => {
    const dangling = { ...graph, edges: [...graph.edges, { ...graph.edges[0]!, to: 'zz' }] };
    expect(() => layoutInput(dangling)).toThrow('node not found: zz');
  });

  it('fits simulated positions into any box without moving them again', () => {
    const input = layoutInput(graph);
    const positions = simulateLayout(input);
    expect(fitLayout(input, positions, { width: 600, height: 400 })).toEqual(
      layoutGraph(graph, { width: 600, height: 400 }),
    );
  });
});
