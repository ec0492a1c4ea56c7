/**
 * The time axis of the timeline figure: a UTC time scale (d3) from the period to the plot's width, ticks
 * labelled in the figure's language at a unit that suits their spacing, and grid lines across the rows.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { Lang } from '../model/view-state.ts';
import { textAttrs } from './text-style.ts';
import { el, textEl } from './xml.ts';

const DAY_MS = 86_400_000;
const LOCALES: Record<Lang, string> = { en: 'en-GB', ar: 'ar' };

/** A scale from instants to pixels from the reading start of the plot. */
export function timeScale(start: Date, end: Date, width: number): ScaleTime<number, number> {
  return scaleUtc().domain([start, end]).range([0, width]);
}

/** How tick labels are written, by the time between ticks. */
function tickFormat(step: number, lang: Lang): (date: Date, previous: Date | undefined) => string {
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', ...options });
  if (step >= 300 * DAY_MS) {
    const year = format({ year: 'numeric' });
    return (date) => year.format(date);
  }
  if (step >= 27 * DAY_MS) {
    const month = format({ month: 'short', year: 'numeric' });
    return (date) => month.format(date);
  }
  // Day ticks name the year only at the first tick and where it changes.
  const day = format({ day: 'numeric', month: 'short' });
  const dayYear = format({ day: 'numeric', month: 'short', year: 'numeric' });
  return (date, previous) =>
    previous && previous.getUTCFullYear() === date.getUTCFullYear() ? day.format(date) : dayYear.format(date);
}

export interface AxisOptions {
  readonly lang: Lang;
  /** Maps a distance from the reading start to a page x. */
  readonly toX: (u: number) => number;
  /** Where labels sit and where the grid lines begin and end. */
  readonly labelY: number;
  readonly gridTop: number;
  readonly gridBottom: number;
  readonly fontSize: number;
  /** Plot width, to choose how many ticks. */
  readonly width: number;
}

/** Tick labels and grid lines; one tick per ~110 pixels, at the whole units d3 picks. */
export function timeAxis(scale: ScaleTime<number, number>, options: AxisOptions): string {
  const { lang, toX, labelY, gridTop, gridBottom, fontSize } = options;
  const ticks = scale.ticks(Math.max(2, Math.floor(options.width / (fontSize * 9))));
  const first = ticks[0];
  const second = ticks[1];
  const step = first && second ? second.getTime() - first.getTime() : DAY_MS;
  const label = tickFormat(step, lang);
  const parts = ticks.map((tick, k) => {
    const x = toX(scale(tick));
    return (
      el('line', { x1: x, x2: x, y1: gridTop, y2: gridBottom, stroke: '#E2E2E2', 'stroke-width': 1 }) +
      textEl(
        'text',
        { x, y: labelY, 'font-size': fontSize, fill: '#555555', ...textAttrs(lang, 'middle') },
        label(tick, ticks[k - 1]),
      )
    );
  });
  return el('g', { class: 'axis' }, ...parts);
}
