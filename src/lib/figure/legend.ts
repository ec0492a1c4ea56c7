/**
 * The key to a figure, laid out as a row of entries that wraps: for the timeline, the types (colour and
 * marker), the statuses (outline) and the faded span of an uncertain date; for the graph, the sides
 * (colour), accusations and denials (line) and what a circle's size means.
 */
import { STRINGS } from '../i18n/strings.ts';
import { ALIGNMENT_COLOURS, TYPE_COLOURS } from '../model/palette.ts';
import { ALIGNMENTS, EVENT_TYPES } from '../model/schema.ts';
import type { Lang } from '../model/view-state.ts';
import type { Block } from './block.ts';
import { FIGURE_STRINGS } from './figure-strings.ts';
import { HATCH_ID, STATUS_DASHES, TYPE_FILLS, UNCERTAIN_OPACITY, typeMarker } from './item-style.ts';
import { textWidth } from './measure.ts';
import { along, textAttrs } from './text-style.ts';
import { el, textEl } from './xml.ts';

/** One entry: a drawing in a swatch box, and its words. */
interface Entry {
  readonly swatch: (x: number, y: number, w: number, h: number) => string;
  readonly label: string;
}

const outlined = (dash: string | undefined) => (x: number, y: number, w: number, h: number) =>
  el('rect', {
    x,
    y,
    width: w,
    height: h,
    rx: 2,
    fill: '#FFFFFF',
    stroke: '#555555',
    'stroke-width': 1.5,
    'stroke-dasharray': dash,
  });

function timelineEntries(lang: Lang): Entry[] {
  const s = STRINGS[lang];
  const types = EVENT_TYPES.map((type): Entry => ({
    label: s.eventTypes[type],
    swatch: (x, y, w, h) => {
      const marker = typeMarker(type, x + w / 2, y + h / 2, h / 2);
      return el(marker.name, {
        ...marker.attrs,
        fill: TYPE_COLOURS[type],
        stroke: TYPE_COLOURS[type],
        'stroke-width': 2,
      });
    },
  }));
  return [
    ...types,
    { label: `${s.statusNames.claimed} / ${s.statusNames.alleged}`, swatch: outlined(STATUS_DASHES.claimed) },
    { label: s.statusNames.planned, swatch: outlined(STATUS_DASHES.planned) },
    {
      label: s.statusNames.denied,
      swatch: (x, y, w, h) =>
        outlined(undefined)(x, y, w, h) +
        el('line', { x1: x + 3, x2: x + w - 3, y1: y + h / 2, y2: y + h / 2, stroke: '#111111' }),
    },
    {
      label: s.uncertainDate,
      swatch: (x, y, w, h) =>
        el(
          'g',
          { opacity: UNCERTAIN_OPACITY },
          el('rect', {
            x,
            y,
            width: w,
            height: h,
            fill: TYPE_FILLS.statement,
            stroke: TYPE_COLOURS.statement,
            'stroke-width': 1.5,
          }),
          el('rect', { x, y, width: w, height: h, fill: `url(#${HATCH_ID})` }),
        ),
    },
  ];
}

function graphEntries(lang: Lang): Entry[] {
  const s = STRINGS[lang];
  const sides = ALIGNMENTS.map((alignment): Entry => ({
    label: s.alignments[alignment],
    swatch: (x, y, w, h) =>
      el('circle', { cx: x + w / 2, cy: y + h / 2, r: h / 2, fill: ALIGNMENT_COLOURS[alignment] }),
  }));
  const line = (colour: string, dash: string | undefined) => (x: number, y: number, w: number, h: number) =>
    el('line', {
      x1: x,
      x2: x + w,
      y1: y + h / 2,
      y2: y + h / 2,
      stroke: colour,
      'stroke-width': 3,
      'stroke-dasharray': dash,
    });
  return [
    ...sides,
    { label: s.accusation, swatch: line('#333333', undefined) },
    { label: s.denial, swatch: line('#7A7A7A', '6 4') },
    {
      label: FIGURE_STRINGS[lang].circleSize,
      swatch: (x, y, w, h) =>
        el('circle', { cx: x + w / 2, cy: y + h / 2, r: 2, fill: '#8C8C8C' }) +
        el('circle', { cx: x + w / 2, cy: y + h / 2, r: h / 2, fill: 'none', stroke: '#8C8C8C' }),
    },
  ];
}

export interface LegendOptions {
  readonly lang: Lang;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly fontSize: number;
}

/** The legend of a timeline or graph figure, wrapping onto as many rows as it needs. */
export function legend(kind: 'timeline' | 'graph', options: LegendOptions): Block {
  const { lang, left, right, top, fontSize } = options;
  const entries = kind === 'timeline' ? timelineEntries(lang) : graphEntries(lang);
  const swatchW = fontSize * 1.6;
  const swatchH = fontSize * 0.9;
  const gap = fontSize * 0.4;
  const spacing = fontSize * 1.3;
  const rowHeight = fontSize * 1.6;
  const parts: string[] = [];
  let offset = 0;
  let row = 0;
  for (const entry of entries) {
    const width = swatchW + gap + textWidth(entry.label, fontSize);
    if (offset > 0 && offset + width > right - left) {
      row += 1;
      offset = 0;
    }
    const y = top + row * rowHeight;
    // The swatch box's left edge: in Arabic the entry runs leftward from the reading start.
    const swatchX = lang === 'ar' ? right - offset - swatchW : left + offset;
    parts.push(entry.swatch(swatchX, y + (rowHeight - swatchH) / 2 - fontSize * 0.15, swatchW, swatchH));
    parts.push(
      textEl(
        'text',
        {
          x: along(lang, left, right, offset + swatchW + gap),
          y: y + rowHeight / 2 + fontSize * 0.2,
          'font-size': fontSize,
          fill: '#222222',
          ...textAttrs(lang, 'start'),
        },
        entry.label,
      ),
    );
    offset += width + spacing;
  }
  return { markup: el('g', { class: 'legend' }, ...parts), height: (row + 1) * rowHeight };
}
