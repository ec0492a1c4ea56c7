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

/** A quote's place in its article: the event citing it, and its character offsets. */
export interface EvidenceSpan {
  readonly event: string;
  readonly start: number;
  readonly end: number;
}

/** Every evidence span of every source, by source id, in event order: one pass over the events. */
export function evidenceBySource(dataset: Pick<ResolvedDataset, 'events'>): Map<string, EvidenceSpan[]> {
  const bySource = new Map<string, EvidenceSpan[]>();
  for (const event of dataset.events) {
    for (const e of event.evidence) {
      const span = { event: event.id, start: e.start, end: e.end };
      const list = bySource.get(e.source);
      if (list) list.push(span);
      else bySource.set(e.source, [span]);
    }
  }
  return bySource;
}

/**
 * Cuts `text` into passages at the body's edges and at every quote boundary. One sweep over the cuts: the
 * quotes open and close as it passes their ends, so an article quoted thousands of times is cut in
 * O((cuts + quotes) log quotes), not cuts × quotes.
 */
export function passages(
  text: string,
  body: { start: number; end: number },
  spans: readonly EvidenceSpan[],
): Passage[] {
  const cuts = new Set<number>([0, text.length, body.start, body.end]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  // An empty quote covers no run, though its place is still a cut.
  const quotes = spans.filter((s) => s.start < s.end);
  const opening = [...quotes].sort((a, b) => a.start - b.start);
  const closing = quotes.sort((a, b) => a.end - b.end);
  /** Quotes covering the sweep's position, counted per event (an event may quote a run twice). */
  const open = new Map<string, number>();
  let o = 0;
  let c = 0;
  const result: Passage[] = [];
  for (let k = 0; k + 1 < points.length; k += 1) {
    const start = points[k] ?? 0;
    const end = points[k + 1] ?? 0;
    // Every quote's ends are cuts, so a quote covers this run exactly when it starts at or before `start`
    // and does not end at or before it.
    for (let s = opening[o]; s !== undefined && s.start <= start; s = opening[++o]) {
      open.set(s.event, (open.get(s.event) ?? 0) + 1);
    }
    for (let s = closing[c]; s !== undefined && s.end <= start; s = closing[++c]) {
      const left = (open.get(s.event) ?? 0) - 1;
      if (left > 0) open.set(s.event, left);
      else open.delete(s.event);
    }
    result.push({
      start,
      end,
      text: text.slice(start, end),
      furniture: start < body.start || start >= body.end,
      events: [...open.keys()].sort(),
    });
  }
  return result;
}
