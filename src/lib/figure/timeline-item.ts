/**
 * One event on the timeline figure: a span for a date range (faded and hatched when the date is known only
 * roughly), its type's marker at the start, and its label, struck through when the event is denied.
 */
import { TYPE_COLOURS } from '../model/palette.ts';
import type { ResolvedEvent } from '../model/resolve.ts';
import type { Lang } from '../model/view-state.ts';
import { HATCH_ID, STATUS_DASHES, TYPE_FILLS, UNCERTAIN_OPACITY, typeMarker } from './item-style.ts';
import { textWidth } from './measure.ts';
import { textAttrs } from './text-style.ts';
import type { TimelineItem } from '../model/timeline-items.ts';
import type { PlacedItem } from './timeline-rows.ts';
import { el, textEl } from './xml.ts';

export interface ItemGeometry {
  /** Maps a distance from the reading start to a page x. */
  readonly toX: (u: number) => number;
  /** The lane's middle. */
  readonly y: number;
  readonly laneHeight: number;
  readonly fontSize: number;
  readonly lang: Lang;
}

export function timelineItem(
  p: PlacedItem<TimelineItem>,
  event: Pick<ResolvedEvent, 'type' | 'status'>,
  g: ItemGeometry,
): string {
  const { toX, y, laneHeight, fontSize, lang } = g;
  const { item } = p;
  const dash = STATUS_DASHES[event.status];
  const parts: string[] = [];
  if (item.kind === 'range') {
    const [x0, x1] = [toX(p.u0), toX(p.u1)];
    const barH = laneHeight * 0.62;
    const bar = { x: Math.min(x0, x1), y: y - barH / 2, width: Math.max(1, Math.abs(x1 - x0)), height: barH, rx: 3 };
    const span =
      el('rect', {
        ...bar,
        fill: TYPE_FILLS[event.type],
        stroke: TYPE_COLOURS[event.type],
        'stroke-width': 1.5,
        'stroke-dasharray': dash,
      }) + (item.uncertain ? el('rect', { ...bar, fill: `url(#${HATCH_ID})` }) : '');
    parts.push(item.uncertain ? el('g', { opacity: UNCERTAIN_OPACITY }, span) : span);
  }
  const marker = typeMarker(event.type, toX(p.u0), y, fontSize * 0.45);
  parts.push(
    el(marker.name, {
      ...marker.attrs,
      fill: TYPE_COLOURS[event.type],
      stroke: '#FFFFFF',
      'stroke-width': 1,
    }),
  );
  if (p.label) {
    const x = toX(p.labelU);
    const attrs = { x, y: y + fontSize * 0.35, 'font-size': fontSize, fill: '#111111', ...textAttrs(lang, 'start') };
    parts.push(textEl('text', attrs, p.label));
    if (event.status === 'denied') {
      const x2 = toX(p.labelU + textWidth(p.label, fontSize));
      parts.push(el('line', { x1: x, x2, y1: y, y2: y, stroke: '#111111', 'stroke-width': 1 }));
    }
  }
  return el('g', { class: `item ${item.className}` }, ...parts);
}

/** An item that did not fit, as a tick in its type's colour at its start. */
export function overflowTick(p: PlacedItem, event: Pick<ResolvedEvent, 'type'>, g: ItemGeometry): string {
  const x = g.toX(p.u0);
  const half = g.fontSize * 0.35;
  return el('line', {
    x1: x,
    x2: x,
    y1: g.y - half,
    y2: g.y + half,
    stroke: TYPE_COLOURS[event.type],
    'stroke-width': 1.5,
  });
}
