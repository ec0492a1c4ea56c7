/**
 * An aggregate on the timeline figure, as on the interactive timeline: a neutral cell over its bin with its
 * count ("37 events"), and along its foot a bar of its types in their colours, in proportion.
 */
import { TYPE_COLOURS } from '../model/palette.ts';
import type { TimelineAggregate } from '../model/timeline-aggregate.ts';
import { textAttrs } from './text-style.ts';
import type { ItemGeometry } from './timeline-item.ts';
import type { PlacedItem } from './timeline-rows.ts';
import { el, textEl } from './xml.ts';

export function aggregateMark(p: PlacedItem<TimelineAggregate>, g: ItemGeometry): string {
  const { toX, y, laneHeight, fontSize, lang } = g;
  const [x0, x1] = [toX(p.u0), toX(p.u1)];
  const height = laneHeight * 0.8;
  const cell = { x: Math.min(x0, x1), y: y - height / 2, width: Math.max(1, Math.abs(x1 - x0)), height };
  const parts = [el('rect', { ...cell, rx: 2, fill: '#FFFFFF', stroke: '#444444', 'stroke-width': 1.5 })];
  // The types' bar runs in reading order, from the cell's reading start.
  const barHeight = Math.max(2, height * 0.14);
  let u = Math.min(p.u0, p.u1);
  const length = Math.abs(p.u1 - p.u0);
  for (const { type, count } of p.item.types) {
    const [a, b] = [toX(u), toX(u + (length * count) / p.item.count)];
    const bar = { x: Math.min(a, b), y: cell.y + height - barHeight, width: Math.abs(b - a), height: barHeight };
    parts.push(el('rect', { ...bar, fill: TYPE_COLOURS[type] }));
    u += (length * count) / p.item.count;
  }
  if (p.label) {
    const attrs = { x: toX(p.labelU), y: y + fontSize * 0.25, 'font-size': fontSize, 'font-weight': 'bold' };
    parts.push(textEl('text', { ...attrs, fill: '#111111', ...textAttrs(lang, 'start') }, p.label));
  }
  return el('g', { class: 'aggregate' }, ...parts);
}
