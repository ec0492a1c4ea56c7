/**
 * The figure's words about itself: its title, and a subtitle naming the period, the filters, the level and
 * (for the timeline) the rows, so that a figure cut out of a report still says what it shows.
 */
import { formatDay } from '../i18n/format-date.ts';
import { STRINGS } from '../i18n/strings.ts';
import type { ResolvedDataset } from '../model/resolve.ts';
import type { Lang, ViewState } from '../model/view-state.ts';
import { FIGURE_STRINGS } from './figure-strings.ts';
import { safeLabel } from './safe-label.ts';
import type { Period } from './view-events.ts';

export type FigureKind = 'timeline' | 'graph';

/** The filters in words, one phrase per facet in use, or "no filters". */
export function describeFilter(dataset: ResolvedDataset, view: ViewState, lang: Lang): string {
  const s = STRINGS[lang];
  const f = FIGURE_STRINGS[lang];
  const { filter } = view;
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const sources = new Map(dataset.sources.map((src) => [src.id, src]));
  const list = (values: readonly string[]) => values.join(f.comma);
  const parts: string[] = [];
  if (filter.types.length) parts.push(`${s.types} ${list(filter.types.map((t) => s.eventTypes[t]))}`);
  if (filter.subtypes.length) parts.push(`${s.subtypes} ${list(filter.subtypes.map((t) => s.subtypeNames[t] ?? t))}`);
  if (filter.statuses.length) parts.push(`${s.statuses} ${list(filter.statuses.map((t) => s.statusNames[t]))}`);
  if (filter.actors.length) {
    const names = list(filter.actors.map((id) => safeLabel(actors.get(id)?.name[lang] ?? id)));
    parts.push(`${s.actors} ${names}${filter.role === 'any' ? '' : ` (${s.roles[filter.role]})`}`);
  }
  if (filter.sources.length)
    parts.push(`${s.sources} ${list(filter.sources.map((id) => safeLabel(sources.get(id)?.outlet[lang] ?? id)))}`);
  if (filter.from !== undefined) parts.push(`${s.from} ${formatDay(filter.from, lang)}`);
  if (filter.to !== undefined) parts.push(`${s.to} ${formatDay(filter.to, lang)}`);
  if (filter.query.trim()) parts.push(f.query(safeLabel(filter.query.trim())));
  return parts.length ? f.filtersLabel + parts.join('; ') : f.noFilters;
}

/** The period in words. */
export function describePeriod(period: Period | undefined, lang: Lang): string {
  if (!period) return FIGURE_STRINGS[lang].allDates;
  const start = formatDay(period.start, lang);
  const end = formatDay(period.end, lang);
  return start === end ? start : `${start} – ${end}`;
}

export interface Titles {
  readonly title: string;
  readonly subtitle: string;
}

/** Title and subtitle for a figure showing `count` events (timeline) or accusations and denials (graph). */
export function figureTitles(
  dataset: ResolvedDataset,
  view: ViewState,
  kind: FigureKind,
  lang: Lang,
  period: Period | undefined,
  count: string,
): Titles {
  const s = STRINGS[lang];
  const f = FIGURE_STRINGS[lang];
  const parts = [describePeriod(period, lang), describeFilter(dataset, view, lang)];
  parts.push(f.levelLabel + s.levels[view.level]);
  if (kind === 'timeline') parts.push(f.rowsLabel + s.groupings[view.grouping]);
  parts.push(count);
  return { title: kind === 'timeline' ? f.timelineTitle : f.graphTitle, subtitle: parts.join(f.separator) };
}
