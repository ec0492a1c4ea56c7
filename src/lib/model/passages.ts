/**
 * An article cut into passages for the source reader: page furniture before and after the body, and within
 * the body, runs of text each tagged with the events whose evidence covers it. Overlapping quotes split
 * into the runs they share, so every character is drawn once.
 */
import type { ResolvedDataset } from './resolve.ts';

export interface Passage {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Outside the article's body: the page's buttons, prompts and repeated headlines. */
  readonly furniture: boolean;
  /** Events quoting this run, sorted by id. */
  readonly events: readonly string[];
}

/** Every evidence span in one source, as (event, start, end). */
export function evidenceSpans(
  dataset: ResolvedDataset,
  sourceId: string,
): { event: string; start: number; end: number }[] {
  return dataset.events.flatMap((event) =>
    event.evidence.filter((e) => e.source === sourceId).map((e) => ({ event: event.id, start: e.start, end: e.end })),
  );
}

/** Cuts `text` into passages at the body's edges and at every quote boundary. */
export function passages(
  text: string,
  body: { start: number; end: number },
  spans: readonly { event: string; start: number; end: number }[],
): Passage[] {
  const cuts = new Set<number>([0, text.length, body.start, body.end]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const result: Passage[] = [];
  for (let k = 0; k + 1 < points.length; k += 1) {
    const start = points[k] ?? 0;
    const end = points[k + 1] ?? 0;
    if (end <= start) continue;
    const events = [...new Set(spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.event))].sort();
    result.push({
      start,
      end,
      text: text.slice(start, end),
      furniture: start < body.start || start >= body.end,
      events,
    });
  }
  return result;
}
