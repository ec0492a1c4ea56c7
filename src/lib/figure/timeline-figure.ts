/**
 * The timeline figure's body, drawn from the data rather than from vis-timeline's page: an axis of dates,
 * one band per row with its name in a gutter at the reading start, and the items of each row in lanes.
 * Arabic figures run right to left, time included, as the interactive timeline does. A large set is
 * counted into aggregates and its rows capped, as on the interactive timeline (see `aggregateTimeline`).
 */
import { aggregateTimeline, aggregationWindow } from '../model/timeline-aggregate.ts';
import type { Lang } from '../model/view-state.ts';
import type { Block, BodyBox } from './block.ts';
import { FIGURE_STRINGS } from './figure-strings.ts';
import { textWidth, truncate } from './measure.ts';
import type { TypeScale } from './sizes.ts';
import { along, textAttrs } from './text-style.ts';
import { timeAxis, timeScale } from './time-axis.ts';
import type { TimelineData } from './timeline-data.ts';
import { aggregateMark } from './timeline-aggregate.ts';
import { overflowTick, timelineItem } from './timeline-item.ts';
import { eventCount, layoutRows } from './timeline-rows.ts';
import { el, textEl } from './xml.ts';

/** The timeline body: axis, rows and items, filling `box`. */
export function timelineBody(data: TimelineData, box: BodyBox, type: TypeScale, lang: Lang): Block {
  const f = FIGURE_STRINGS[lang];
  const font = type.label;
  const events = new Map(data.events.map((e) => [e.id, e]));
  const [d0, d1] = data.domain;
  const options = { margin: 0 };
  const view = aggregationWindow({ start: d0.getTime(), end: d1.getTime(), width: box.right - box.left }, options);
  const shown = aggregateTimeline(data, data.grouping, view, data.labels, options);
  const widest = Math.max(0, ...shown.groups.map((g) => textWidth(g.label, font)));
  const gutter = shown.groups.length ? Math.min((box.right - box.left) * 0.2, widest + font) : 0;
  // The plot is the box less the gutter, which sits at the reading start.
  const plotLeft = lang === 'ar' ? box.left : box.left + gutter;
  const plotRight = lang === 'ar' ? box.right - gutter : box.right;
  const width = plotRight - plotLeft;
  const toX = (u: number) => along(lang, plotLeft, plotRight, u);
  const scale = timeScale(d0, d1, width);
  const rowsTop = box.top + type.axis * 1.8;
  const layout = layoutRows(shown.items, shown.groups, scale, {
    width,
    height: box.bottom - rowsTop,
    fontSize: font,
    labelMax: Math.max(font * 8, width * 0.18),
  });
  const rowsBottom = rowsTop + layout.rows.reduce((sum, r) => sum + r.height, 0);
  const text = (x: number, y: number, content: string, align: 'start' | 'end' | 'middle', extra = {}) =>
    textEl('text', { x, y, 'font-size': font, fill: '#333333', ...extra, ...textAttrs(lang, align) }, content);

  const parts = [
    timeAxis(scale, {
      lang,
      toX,
      labelY: box.top + type.axis,
      gridTop: rowsTop - 4,
      gridBottom: rowsBottom,
      fontSize: type.axis,
      width,
    }),
  ];
  layout.rows.forEach((row, k) => {
    const top = rowsTop + row.top;
    if (k % 2 === 1) {
      const band = { x: box.left, y: top, width: box.right - box.left, height: row.height };
      parts.push(el('rect', { ...band, fill: '#000000', 'fill-opacity': 0.035 }));
    }
    if (shown.groups.length) {
      const name = truncate(row.label, gutter - font * 0.5, font);
      const y = top + layout.laneHeight / 2 + font * 0.6;
      parts.push(text(along(lang, box.left, box.right, 0), y, name, 'start', { 'font-weight': 'bold' }));
    }
    const geometry = (y: number) => ({ toX, y, laneHeight: layout.laneHeight, fontSize: font, lang });
    for (const p of row.placed) {
      const { item } = p;
      const y = top + font * 0.25 + (p.lane + 0.5) * layout.laneHeight;
      const event = events.get(item.id);
      if (item.kind === 'aggregate') parts.push(aggregateMark({ ...p, item }, geometry(y)));
      else if (event) parts.push(timelineItem({ ...p, item }, event, geometry(y)));
    }
    if (row.overflow.length) {
      const y = top + row.height - font * 1.1;
      for (const p of row.overflow) {
        // An aggregate's tick takes the colour of its most frequent type.
        const event = p.item.kind === 'aggregate' ? p.item.types[0] : events.get(p.item.id);
        if (event) parts.push(overflowTick(p, event, geometry(y)));
      }
      const hidden = row.overflow.reduce((n, p) => n + eventCount(p.item), 0);
      parts.push(text(toX(width), y + font * 0.35, f.more(hidden), 'end'));
    }
  });
  if (layout.hiddenRows > 0) {
    const note = f.moreRows(layout.hiddenRows, layout.hiddenItems);
    parts.push(text(along(lang, box.left, box.right, 0), rowsBottom + font * 1.1, note, 'start'));
  }
  if (shown.items.length === 0) {
    const middle = { x: (box.left + box.right) / 2, y: (rowsTop + box.bottom) / 2 };
    parts.push(text(middle.x, middle.y, f.noEvents, 'middle', { 'font-size': type.subtitle }));
  }
  return { markup: el('g', { class: 'timeline' }, ...parts), height: box.bottom - box.top };
}
