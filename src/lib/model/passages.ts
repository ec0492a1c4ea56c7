/**
 * An article cut into passages for the source reader: page furniture before and after the body, and within
 * the body, runs of text each tagged with the innermost quote covering it. Overlapping quotes split into the
 * runs they share, so every character is drawn once; `runsByEvent` says which runs each event's quotes cover.
 */
import type { ResolvedDataset } from './resolve.ts';
import { EVENTS_PER_STEP, finishSteps, type Steps } from './steps.ts';

export interface Passage {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Outside the article's body: the page's buttons, prompts and repeated headlines. */
  readonly furniture: boolean;
  /**
   * The event of the innermost quote covering this run — the one starting last, the shorter of two starting
   * together — or undefined when no quote does. A run quoted by thousands of events names one of them, so
   * an article quoted thousands of times is cut in one sweep, not in runs × quotes.
   */
  readonly event: string | undefined;
}

/** A quote's place in its article: the event citing it, and its character offsets. */
export interface EvidenceSpan {
  readonly event: string;
  readonly start: number;
  readonly end: number;
}

/** Every evidence span of every source, by source id, in event order: one pass over the events. */
export function evidenceBySource(dataset: Pick<ResolvedDataset, 'events'>): Map<string, EvidenceSpan[]> {
  return finishSteps(evidenceSteps(dataset));
}

/** `evidenceBySource` in steps (`steps.ts`) of `EVENTS_PER_STEP` events: at 100,000 events, some 80 ms in all. */
export function* evidenceSteps(dataset: Pick<ResolvedDataset, 'events'>): Steps<Map<string, EvidenceSpan[]>> {
  const bySource = new Map<string, EvidenceSpan[]>();
  const events = dataset.events;
  for (let k = 0; k < events.length; k++) {
    if (k > 0 && k % EVENTS_PER_STEP === 0) yield k / events.length;
    const event = events[k];
    if (!event) continue;
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
 * quotes open as it passes their starts, onto a stack whose top is the innermost; a quote that has closed is
 * dropped when it reaches the top. O((cuts + quotes) log quotes) in all.
 */
export function passages(
  text: string,
  body: { start: number; end: number },
  spans: readonly EvidenceSpan[],
): Passage[] {
  const points = cutPoints(text, body, spans);
  // An empty quote covers no run, though its place is still a cut.
  const opening = spans.filter((s) => s.start < s.end).sort((a, b) => a.start - b.start || b.end - a.end);
  const open: EvidenceSpan[] = [];
  let o = 0;
  const result: Passage[] = [];
  for (let k = 0; k + 1 < points.length; k += 1) {
    const start = points[k] ?? 0;
    const end = points[k + 1] ?? 0;
    // Every quote's ends are cuts, so a quote covers this run exactly when it starts at or before `start`
    // and does not end at or before it.
    for (let s = opening[o]; s !== undefined && s.start <= start; s = opening[++o]) open.push(s);
    while (open.length && (open[open.length - 1]?.end ?? 0) <= start) open.pop();
    result.push({
      start,
      end,
      text: text.slice(start, end),
      furniture: start < body.start || start >= body.end,
      event: open[open.length - 1]?.event,
    });
  }
  return result;
}

/** Where the article is cut: its ends, the body's edges and every quote's ends, in order. */
function cutPoints(text: string, body: { start: number; end: number }, spans: readonly EvidenceSpan[]): number[] {
  const cuts = new Set<number>([0, text.length, body.start, body.end]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  return [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
}

/** Which runs of an article each event's quotes cover (see `runsByEvent`). */
export interface RunsByEvent {
  /** The event's runs, as indexes in order; undefined for an event that quotes no run of the article. */
  get(event: string): readonly number[] | undefined;
}

/**
 * For each event, the runs of `parts` (cut by `passages` from the same spans) its quotes cover, as indexes
 * in order. A quote's ends are cuts, so its runs are those from the one starting at its start up to its end.
 * An event's runs are found when first asked for, and kept: the reader asks for the selected event's, and an
 * article quoted by 20,000 events covers a million (event, run) pairs, 0.17 s (in Node) to list them all.
 */
export function runsByEvent(parts: readonly Passage[], spans: readonly EvidenceSpan[]): RunsByEvent {
  const starts = parts.map((p) => p.start);
  const found = new Map<string, readonly number[] | undefined>();
  const runsOf = (event: string): readonly number[] | undefined => {
    const runs = new Set<number>();
    for (const span of spans) {
      if (span.event !== event || span.start >= span.end) continue;
      for (let k = lowerBound(starts, span.start); k < parts.length && (starts[k] ?? Infinity) < span.end; k += 1) {
        runs.add(k);
      }
    }
    return runs.size === 0 ? undefined : [...runs].sort((a, b) => a - b);
  };
  return {
    get(event) {
      if (!found.has(event)) found.set(event, runsOf(event));
      return found.get(event);
    },
  };
}

/** The first index whose value is at least `value`, in a sorted list. */
function lowerBound(sorted: readonly number[], value: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? Infinity) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An article cut into passages, with the runs each event's quotes cover (see `passages` and `runsByEvent`). */
export interface ArticleCut {
  readonly parts: Passage[];
  readonly runs: RunsByEvent;
}

/** Cuts an article for the source reader: its passages, and each quoting event's runs. */
export function cutArticle(
  text: string,
  body: { start: number; end: number },
  spans: readonly EvidenceSpan[],
): ArticleCut {
  const parts = passages(text, body, spans);
  return { parts, runs: runsByEvent(parts, spans) };
}
