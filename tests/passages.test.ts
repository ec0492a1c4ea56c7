import { describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/generate.ts';
import { evidenceSteps, passages, runsByEvent } from '../src/lib/model/passages.ts';
import { resolveDataset } from '../src/lib/model/resolve.ts';
import { EVENTS_PER_STEP } from '../src/lib/model/steps.ts';
import { runSteps } from './helpers/run-steps.ts';

describe('evidenceSteps(dataset)', () => {
  it('yields after every EVENTS_PER_STEP events, and lists every quote once, by source, in event order', () => {
    const large = resolveDataset(generateDataset({ events: 2 * EVENTS_PER_STEP + 300, actors: 60, seed: 2 }));
    const { shares, value: bySource } = runSteps(evidenceSteps(large));
    const n = large.events.length;
    expect(shares).toEqual([EVENTS_PER_STEP / n, (2 * EVENTS_PER_STEP) / n]);
    const quotes = large.events.flatMap((e) =>
      e.evidence.map((q) => ({ source: q.source, event: e.id, start: q.start, end: q.end })),
    );
    expect([...bySource.values()].flat()).toHaveLength(quotes.length);
    for (const [source, spans] of bySource)
      expect(spans).toEqual(
        quotes.filter((q) => q.source === source).map(({ event, start, end }) => ({ event, start, end })),
      );
  });
});

describe('passages(text, body, spans)', () => {
  const text = 'HEAD body one two three FOOT';
  const body = { start: 5, end: 23 };

  it('sets the furniture apart and tags quoted runs with the innermost quote', () => {
    const spans = [
      { event: 'e1', start: 10, end: 17 },
      { event: 'e2', start: 14, end: 23 },
    ];
    const parts = passages(text, body, spans);
    expect(parts.map((p) => [p.text, p.furniture, p.event])).toEqual([
      ['HEAD ', true, undefined],
      ['body ', false, undefined],
      ['one ', false, 'e1'],
      ['two', false, 'e2'],
      [' three', false, 'e2'],
      [' FOOT', true, undefined],
    ]);
    const runs = runsByEvent(parts, spans);
    expect(['e1', 'e2', 'e3'].map((event) => runs.get(event))).toEqual([[2, 3], [3, 4], undefined]);
    // Asked again, the same list.
    expect(runs.get('e1')).toBe(runs.get('e1'));
  });

  it('covers every character exactly once', () => {
    const parts = passages(text, body, [{ event: 'e', start: 0, end: text.length }]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });
});

describe('passages(text, body, spans) against a cut-by-cut reference', () => {
  /** The definition, one run at a time: the events whose quote covers the whole run. */
  function reference(text: string, spans: readonly { event: string; start: number; end: number }[]): string[][] {
    const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])]
      .filter((p) => p >= 0 && p <= text.length)
      .sort((a, b) => a - b);
    return cuts.slice(1).map((end, k) => {
      const start = cuts[k] ?? 0;
      return [...new Set(spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.event))].sort();
    });
  }

  it('tags every run with its innermost quote, and maps every event to its runs, as the definition does', () => {
    const text = 'x'.repeat(60);
    const spans = [
      { event: 'b', start: 0, end: 60 },
      { event: 'a', start: 10, end: 20 },
      { event: 'a', start: 15, end: 30 },
      { event: 'c', start: 20, end: 20 },
      { event: 'd', start: 20, end: 25 },
      { event: 'e', start: 5, end: 50 },
      { event: 'f', start: 25, end: 25 },
      { event: 'g', start: 40, end: 70 },
    ];
    const parts = passages(text, { start: 0, end: 60 }, spans);
    const covering = reference(text, spans);
    // The innermost quote: of those covering the run, the one starting last, then the one ending first.
    const innermost = parts.map(
      (part) =>
        spans
          .filter((s) => s.start < s.end && s.start <= part.start && s.end >= part.end)
          .sort((a, b) => b.start - a.start || a.end - b.end)[0]?.event,
    );
    expect(parts.map((p) => p.event)).toEqual(innermost);
    expect(parts.map((p) => p.event === undefined)).toEqual(covering.map((events) => events.length === 0));
    const runs = runsByEvent(parts, spans);
    for (const event of new Set(spans.map((s) => s.event))) {
      const expected = covering.flatMap((events, k) => (events.includes(event) ? [k] : []));
      expect(runs.get(event) ?? [], event).toEqual(expected);
    }
  });
});
