// @vitest-environment jsdom
// jsdom: Svelte compiles this file for the client there, where effects run (in Node they are server no-ops).
/**
 * The graph view with more edges than it draws one element each: the edges are merged into a few paths,
 * yet every edge is drawn, and the keyboard still reaches, names and opens each one through one tab stop.
 * (The one-element-per-edge drawing of a small graph is tested in a real browser: tests/browser/graph.test.ts.)
 */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AccusationGraph from '../src/components/AccusationGraph.svelte';
import type { AccusationGraph as Graph, EdgeKind, GraphEdge } from '../src/lib/model/graph.ts';
import type { EdgeKey } from '../src/lib/state/explore.svelte.ts';

/** Thirty-four actors, each accusing every other, one pair in five with a denial too: 1,122 + 224 edges. */
function crowd(): Graph {
  const ids = Array.from({ length: 34 }, (_, i) => `a${String(i).padStart(2, '0')}`);
  const edges: GraphEdge[] = [];
  ids.forEach((from, i) =>
    ids.forEach((to, j) => {
      if (i === j) return;
      const weight = 1 + ((i * 7 + j) % 5);
      edges.push({ from, to, kind: 'accusation', weight, events: [] });
      if ((i + j) % 5 === 0) edges.push({ from, to, kind: 'denial', weight: 1, events: [] });
    }),
  );
  const nodes = ids.map((id) => ({
    id,
    name: { en: id, ar: id },
    kind: 'state' as const,
    alignment: 'other' as const,
    made: edges.filter((e) => e.from === id && e.kind === 'accusation').length,
    received: edges.filter((e) => e.to === id && e.kind === 'accusation').length,
    denialsMade: 0,
    denialsReceived: 0,
  }));
  return { nodes, edges };
}

const graph = crowd();
const label = (kind: EdgeKind, weight: number) => `${kind} × ${weight}`;
const keyOf = (path: Element | null) =>
  path && `${path.getAttribute('data-from')}→${path.getAttribute('data-to')}→${path.getAttribute('data-kind')}`;
const keyOfEdge = (e: GraphEdge) => `${e.from}→${e.to}→${e.kind}`;

let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = undefined;
  document.body.replaceChildren();
});

/** Mounts the view on `graph`, with `props` reactive, and waits for its layout (in place, as jsdom has no Worker). */
async function show(props: { selectedEdge: EdgeKey | undefined; highlightEdges: ReadonlySet<string> }) {
  const onedge = vi.fn<(edge: GraphEdge) => void>();
  const ondrawn = vi.fn<() => void>();
  mounted = mount(AccusationGraph, {
    target: document.body,
    props: {
      graph,
      lang: 'en',
      highlightActors: new Set<string>(),
      get highlightEdges() {
        return props.highlightEdges;
      },
      get selectedEdge() {
        return props.selectedEdge;
      },
      focusedActors: [],
      title: 'graph',
      description: 'who accused whom',
      counts: (made: number, received: number) => `${made}/${received}`,
      edgeLabel: label,
      onnode: () => {},
      onedge,
      ondrawn,
    },
  });
  await vi.waitFor(() => {
    flushSync();
    expect(document.querySelector('svg.graph')?.getAttribute('data-graph-ready')).toBe('true');
  });
  return { onedge, ondrawn };
}

const edgesGroup = () => document.querySelector('svg.graph g.edges');
const tabStop = () => document.querySelector<SVGElement>('svg.graph path.edge[tabindex="0"]');
const press = (key: string) => {
  document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  flushSync();
};

describe('AccusationGraph with more than a thousand edges', () => {
  it('says once that its picture is on screen, when it is', async () => {
    const { ondrawn } = await show({ selectedEdge: undefined, highlightEdges: new Set() });
    expect(ondrawn).toHaveBeenCalledTimes(1);
  });

  it('draws every edge and its arrowhead, merged into a few paths instead of one element each', async () => {
    await show({ selectedEdge: undefined, highlightEdges: new Set() });
    const paths = [...(edgesGroup()?.querySelectorAll('path') ?? [])];
    expect(paths.length).toBeLessThan(20);
    const strokes = paths.filter((p) => p.classList.contains('strokes'));
    const subpaths = strokes.map((p) => (p.getAttribute('d') ?? '').split('M').length - 1);
    expect(subpaths.reduce((a, b) => a + b, 0)).toBe(graph.edges.length);
    // Denials keep their own (dashed) strokes.
    const denials = strokes.filter((p) => p.classList.contains('denial'));
    const denied = denials.map((p) => (p.getAttribute('d') ?? '').split('M').length - 1).reduce((a, b) => a + b, 0);
    expect(denied).toBe(graph.edges.filter((e) => e.kind === 'denial').length);
    const heads = [...document.querySelectorAll('svg.graph path.arrowheads')];
    expect(heads.map((p) => (p.getAttribute('d') ?? '').split('Z').length - 1).reduce((a, b) => a + b, 0)).toBe(
      graph.edges.length,
    );
  });

  it('gives the edges one tab stop, a button named and marked as the first edge', async () => {
    await show({ selectedEdge: undefined, highlightEdges: new Set() });
    const stop = tabStop();
    expect(document.querySelectorAll('svg.graph g.edges [tabindex]')).toHaveLength(1);
    expect(stop?.getAttribute('role')).toBe('button');
    expect(keyOf(stop)).toBe(keyOfEdge(graph.edges[0]!));
    expect(stop?.getAttribute('aria-label')).toBe(label(graph.edges[0]!.kind, graph.edges[0]!.weight));
    expect(stop?.getAttribute('aria-pressed')).toBe('false');
  });

  it('moves the focus to each next edge with the arrow keys, named, and opens the focused one with Enter', async () => {
    const { onedge } = await show({ selectedEdge: undefined, highlightEdges: new Set() });
    tabStop()?.focus();
    press('ArrowRight');
    press('ArrowDown');
    expect(keyOf(document.activeElement)).toBe(keyOfEdge(graph.edges[2]!));
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      label(graph.edges[2]!.kind, graph.edges[2]!.weight),
    );
    press('ArrowLeft');
    expect(keyOf(document.activeElement)).toBe(keyOfEdge(graph.edges[1]!));
    press('End');
    expect(keyOf(document.activeElement)).toBe(keyOfEdge(graph.edges.at(-1)!));
    // Still one element takes the tab stop: the focused edge's.
    expect(document.querySelectorAll('svg.graph g.edges [tabindex]')).toHaveLength(1);
    expect(tabStop()).toBe(document.activeElement);
    press('Enter');
    expect(onedge).toHaveBeenCalledWith(graph.edges.at(-1));
  });

  // 1,346 key presses take a few seconds on two busy cores.
  it('reaches every edge, in order, from the first to the last', async () => {
    await show({ selectedEdge: undefined, highlightEdges: new Set() });
    tabStop()?.focus();
    const seen = [keyOf(document.activeElement)];
    for (let k = 1; k < graph.edges.length; k += 1) {
      press('ArrowRight');
      seen.push(keyOf(document.activeElement));
    }
    expect(seen).toEqual(graph.edges.map(keyOfEdge));
  }, 20_000);

  it('draws the selected edge and the selected event’s edges again on top, the selected one pressed', async () => {
    const props = $state<{ selectedEdge: EdgeKey | undefined; highlightEdges: ReadonlySet<string> }>({
      selectedEdge: undefined,
      highlightEdges: new Set(),
    });
    await show(props);
    expect(document.querySelectorAll('svg.graph .edges .highlight')).toHaveLength(0);
    const [selected, other] = [graph.edges[7]!, graph.edges[300]!];
    props.selectedEdge = { from: selected.from, to: selected.to, kind: selected.kind };
    props.highlightEdges = new Set([keyOfEdge(other)]);
    flushSync();
    const emphasised = [...document.querySelectorAll('svg.graph .edges .highlight')].map(keyOf).sort();
    expect(emphasised).toEqual([keyOfEdge(selected), keyOfEdge(other)].sort());
    // The selected edge takes the tab stop, pressed.
    expect(keyOf(tabStop())).toBe(keyOfEdge(selected));
    expect(tabStop()?.getAttribute('aria-pressed')).toBe('true');
  });
});
