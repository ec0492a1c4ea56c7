/**
 * A large graph's edges drawn in a few elements. Thousands of `<path>` elements cost the page far more to
 * create, style, lay out and paint than the same curves as subpaths of a few paths: at 17,000 edges the
 * per-edge drawing took a dozen frames of 100 ms and more. Edges of one kind and one stroke width look
 * alike, so each such set becomes one path; the view keeps every edge reachable by other means (hit
 * testing by distance, and one focusable stand-in for the edge the keyboard is on).
 */
import type { EdgeKind } from './graph.ts';

/** What the merged drawing needs of one edge. */
export interface StrokedEdge {
  readonly kind: EdgeKind;
  /** Stroke width, in the drawing's units. */
  readonly width: number;
  /** The edge's SVG path, starting with a move-to. */
  readonly d: string;
}

/** Every edge of one kind and one width, as one path. */
export interface MergedStroke {
  readonly kind: EdgeKind;
  readonly width: number;
  /** The edges' paths, one subpath each, in the order they came. */
  readonly d: string;
  /** How many edges it draws. */
  readonly count: number;
}

/**
 * Groups `edges` by kind and width into one stroke each. Strokes come thinnest first (ties in the order of
 * `kinds`), so that heavier edges, which carry more accusations, are painted over lighter ones. Each
 * subpath starts with its own move-to, so joining them draws each edge exactly as its own path would —
 * except that where edges of one stroke cross, its translucent ink is laid once, not once per edge.
 */
export function mergeStrokes(edges: Iterable<StrokedEdge>, kinds: readonly EdgeKind[]): MergedStroke[] {
  const groups = new Map<string, { kind: EdgeKind; width: number; parts: string[] }>();
  for (const { kind, width, d } of edges) {
    const key = `${kind}\u0000${width}`;
    const group = groups.get(key);
    if (group) group.parts.push(d);
    else groups.set(key, { kind, width, parts: [d] });
  }
  return [...groups.values()]
    .sort((a, b) => a.width - b.width || kinds.indexOf(a.kind) - kinds.indexOf(b.kind))
    .map(({ kind, width, parts }) => ({ kind, width, d: parts.join(''), count: parts.length }));
}
