/**
 * A slide's footer cites the articles behind what it shows: the selected event's articles, or, with no
 * selection, those of every event shown in the visible window. Computed from the events, never typed.
 */
import { overlaps, type ResolvedEvent } from './resolve.ts';
import type { Source } from './schema.ts';

/** What a slide shows, as far as its sources go. */
export interface SlideContent {
  /** The selected event, if any; it alone is cited. */
  readonly selected: ResolvedEvent | undefined;
  /** The events that pass the filters, cited when none is selected and they fall in the window. */
  readonly events: readonly ResolvedEvent[];
  /** The visible window, `YYYY-MM-DD` days; absent means every event is in view. */
  readonly window?: { readonly start: string; readonly end: string } | undefined;
}

/** The ids of the articles an event cites: its evidence, and any article giving it another date. */
export function citedSourceIds(event: ResolvedEvent): string[] {
  return [...event.evidence.map((e) => e.source), ...(event.alternativeDates ?? []).map((a) => a.source)];
}

/** The articles a slide cites, each once, oldest first (then by id, so that the order is stable). */
export function slideSources(content: SlideContent, sources: readonly Source[]): Source[] {
  const shown = content.selected
    ? [content.selected]
    : content.events.filter((e) => overlaps(e.date, content.window?.start, content.window?.end));
  const ids = new Set(shown.flatMap(citedSourceIds));
  return sources
    .filter((s) => ids.has(s.id))
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
}
