/**
 * Figures from hostile labels: the bundled dataset with actor names, event summaries and outlets rewritten
 * in memory to hold markup, entity tricks, control characters, a right-to-left override and a lone
 * surrogate. Every figure must stay well-formed and inert, and show the text as text.
 */
import { describe, expect, it } from 'vitest';
import { renderFigure } from '../src/lib/figure/index.ts';
import type { ResolvedDataset } from '../src/lib/model/resolve.ts';
import { DEFAULT_VIEW } from '../src/lib/model/view-state.ts';
import { bundledDataset } from './helpers/bundled-dataset.ts';
import { checkFigure } from './helpers/figure-checks.ts';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onload='alert(1)",
  'R&amp;D &#x202E; &lt;b&gt;',
  'bell\u0007 vtab\u000B nul\u0000 esc\u001B',
  'abc\u202Eevil.exe',
  'isolate\u2067 rtl',
  'lone \uD800 surrogate \uDFFF end',
  ']]><![CDATA[x',
];

/** The real dataset, each label replaced by one of the hostile strings in turn. */
function hostileDataset(): ResolvedDataset {
  const real = bundledDataset();
  const pick = (k: number) => HOSTILE[k % HOSTILE.length] ?? '';
  return {
    ...real,
    actors: real.actors.map((a, k) => ({
      ...a,
      name: { en: pick(k), ar: `${pick(k)} عربي` },
      aliases: { en: [], ar: [] },
    })),
    events: real.events.map((e, k) => ({ ...e, summary: { en: pick(k + 1), ar: pick(k + 2) } })),
    sources: real.sources.map((s, k) => ({ ...s, outlet: { en: pick(k + 3), ar: pick(k + 4) } })),
  };
}

describe('renderFigure with hostile labels', () => {
  const dataset = hostileDataset();
  for (const kind of ['timeline', 'graph'] as const) {
    for (const lang of ['en', 'ar'] as const) {
      it(`keeps the ${kind} in ${lang} well-formed and inert`, () => {
        const view = { ...DEFAULT_VIEW, grouping: 'actor' as const, filter: { ...DEFAULT_VIEW.filter, actors: [] } };
        const svg = renderFigure(dataset, view, { kind, size: 'square', lang });
        const figure = checkFigure(svg);
        expect(figure.problems).toEqual([]);
        expect(svg).not.toMatch(/<script|<img|<!\[CDATA\[/i);
        expect(figure.attributes.filter((a) => /@on/i.test(a))).toEqual([]);
        // Nothing that reorders text or breaks XML reaches the figure.
        expect(svg).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
        expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
        expect(svg).not.toMatch(/[\uD800-\uDFFF]/);
      });
    }
  }

  it('shows markup in a name as text, escaped once, with the removed characters marked', () => {
    const svg = renderFigure(
      dataset,
      { ...DEFAULT_VIEW, grouping: 'actor' },
      { kind: 'graph', size: 'slide', lang: 'en' },
    );
    const { text } = checkFigure(svg);
    expect(text).toContain('<script>alert(1)</script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // An entity in the data is text, not an entity: it is escaped, so the reader sees "&amp;".
    expect(text).toContain('R&amp;D');
    expect(text).toContain('abc\uFFFDevil.exe');
  });
});
