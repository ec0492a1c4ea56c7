/**
 * The foot of a figure: the articles its events come from, each as outlet and publication date, so that a
 * figure shown without the app still cites its sources.
 */
import { formatDay } from '../i18n/format-date.ts';
import type { ResolvedDataset, ResolvedEvent } from '../model/resolve.ts';
import type { Lang } from '../model/view-state.ts';
import { paragraph, type Block } from './block.ts';
import { FIGURE_STRINGS } from './figure-strings.ts';
import { safeLabel } from './safe-label.ts';

/** The sources the events cite, oldest first; every source when no event is shown. */
export function citedSources(dataset: ResolvedDataset, events: readonly ResolvedEvent[]): ResolvedDataset['sources'] {
  const cited = new Set(events.flatMap((e) => e.evidence.map((ev) => ev.source)));
  const chosen = cited.size ? dataset.sources.filter((s) => cited.has(s.id)) : [...dataset.sources];
  return [...chosen].sort((a, b) =>
    a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : 1,
  );
}

/** The caption text, e.g. "Sources: Al-Watan (Syria), 1 June 2017; …". */
export function captionText(sources: ResolvedDataset['sources'], lang: Lang): string {
  const f = FIGURE_STRINGS[lang];
  const cited = sources.map((s) => f.published(safeLabel(s.outlet[lang]), formatDay(s.published, lang)));
  return f.sourcesLabel + cited.join(lang === 'ar' ? '؛ ' : '; ') + (lang === 'ar' ? '.' : '.');
}

export interface CaptionOptions {
  readonly lang: Lang;
  readonly left: number;
  readonly right: number;
  /** The bottom edge the caption sits on. */
  readonly bottom: number;
  readonly fontSize: number;
}

/** The caption, placed so that its last line ends at `bottom`. */
export function caption(text: string, options: CaptionOptions): Block {
  const measured = paragraph(text, { ...options, top: 0, maxLines: 6 });
  return paragraph(text, {
    ...options,
    top: options.bottom - measured.height,
    maxLines: 6,
    attrs: { fill: '#555555' },
  });
}
