/**
 * The graph figure's body: the accusation network of the view's filtered events in its window, laid out by
 * the same deterministic `layoutGraph` and drawn with the same edge geometry as the graph view — circles
 * coloured by side and sized by involvement, arrows from accuser to accused, dashed arrows for denials.
 */
import { edgePath, labelledNodes, strokeWidth } from '../model/graph-geometry.ts';
import { layoutGraph, nodeWeight } from '../model/graph-layout.ts';
import { buildAccusationGraph, type AccusationGraph } from '../model/graph.ts';
import { ALIGNMENT_COLOURS } from '../model/palette.ts';
import type { ResolvedDataset } from '../model/resolve.ts';
import type { Lang, ViewState } from '../model/view-state.ts';
import type { Block, BodyBox } from './block.ts';
import { FIGURE_STRINGS } from './figure-strings.ts';
import { truncate } from './measure.ts';
import { safeLabel } from './safe-label.ts';
import type { TypeScale } from './sizes.ts';
import { textAttrs } from './text-style.ts';
import { filteredEvents } from './view-events.ts';
import { el, textEl } from './xml.ts';

/** Arrowhead marker ids; fixed, so that the same figure prints the same bytes. */
const MARKER_IDS = { accusation: 'chronograph-arrow-accusation', denial: 'chronograph-arrow-denial' } as const;
const EDGE_COLOURS = { accusation: '#333333', denial: '#7A7A7A' } as const;

/** The graph the view shows: its filtered events, inside its window, at its level. */
export function viewGraph(dataset: ResolvedDataset, view: ViewState): AccusationGraph {
  const shown = new Set(filteredEvents(dataset, view).map((e) => e.id));
  return buildAccusationGraph(dataset, {
    from: view.window?.start,
    to: view.window?.end,
    level: view.level,
    include: (e) => shown.has(e.id),
  });
}

/** The arrowheads, as the view defines them. */
export function arrowMarkers(): string {
  return (['accusation', 'denial'] as const)
    .map((kind) =>
      el(
        'marker',
        {
          id: MARKER_IDS[kind],
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          // In user units, so that a heavy edge does not get a huge arrowhead.
          markerUnits: 'userSpaceOnUse',
          markerWidth: 12,
          markerHeight: 12,
          orient: 'auto-start-reverse',
        },
        el('path', { d: 'M0,0L10,5L0,10z', fill: EDGE_COLOURS[kind] }),
      ),
    )
    .join('');
}

/** The graph body, filling `box`. */
export function graphBody(graph: AccusationGraph, box: BodyBox, type: TypeScale, lang: Lang): Block {
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  if (graph.nodes.length === 0) {
    const attrs = { x: box.left + width / 2, y: box.top + height / 2, 'font-size': type.subtitle, fill: '#555555' };
    return {
      markup: textEl('text', { ...attrs, ...textAttrs(lang, 'middle') }, FIGURE_STRINGS[lang].noEvents),
      height,
    };
  }
  const layout = layoutGraph(graph, { width, height, maxScale: 3 });
  const circles = new Map(layout.nodes.map((n) => [n.id, { ...n, x: n.x + box.left, y: n.y + box.top }]));
  const maxWeight = Math.max(1, ...graph.edges.map((e) => e.weight));
  const pairs = new Set(graph.edges.map((e) => `${e.from}\u0000${e.to}`));

  const edges = graph.edges.flatMap((edge) => {
    const a = circles.get(edge.from);
    const b = circles.get(edge.to);
    if (!a || !b) return [];
    const mutual = pairs.has(`${edge.to}\u0000${edge.from}`);
    return el('path', {
      d: edgePath(a, b, mutual || edge.kind === 'denial' ? 14 : 0),
      fill: 'none',
      stroke: EDGE_COLOURS[edge.kind],
      'stroke-opacity': 0.6,
      'stroke-width': strokeWidth(edge.weight, maxWeight, layout.zoom),
      'stroke-dasharray': edge.kind === 'denial' ? '6 4' : undefined,
      'marker-end': `url(#${MARKER_IDS[edge.kind]})`,
    });
  });
  const font = type.label;
  const named = labelledNodes(graph.nodes, nodeWeight);
  const nodes = graph.nodes.flatMap((node) => {
    const c = circles.get(node.id);
    if (!c) return [];
    const circle = el('circle', {
      cx: c.x,
      cy: c.y,
      r: c.r,
      fill: ALIGNMENT_COLOURS[node.alignment],
      stroke: '#FFFFFF',
      'stroke-width': 2 * layout.zoom,
    });
    // In a large graph only the heaviest nodes are named, as in the view.
    if (!named.has(node.id)) return el('g', { class: 'node' }, circle);
    const name = truncate(safeLabel(node.name[lang]), font * 14, font);
    const label = { x: c.x, y: c.y + c.r + font * 1.1, 'font-size': font, fill: '#111111' };
    // A white halo under the name keeps it readable where it crosses an arrow.
    const halo = { stroke: '#FFFFFF', 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };
    return el(
      'g',
      { class: 'node' },
      circle,
      textEl('text', { ...label, ...halo, ...textAttrs(lang, 'middle') }, name),
    );
  });
  return {
    markup: el('g', { class: 'graph' }, el('g', { class: 'edges' }, ...edges), el('g', { class: 'nodes' }, ...nodes)),
    height,
  };
}
