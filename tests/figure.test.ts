/**
 * The figure renderer's snapshots: each case is a named view rendered at a size and in a language, compared
 * with tests/output/<name>.svg (see tests/helpers/figure-snapshot.ts to update them), and checked to be a
 * well-formed, inert, accessible, self-contained figure.
 */
import { describe, expect, it } from 'vitest';
import { FIGURE_SIZES, renderFigure, type FigureOptions } from '../src/lib/figure/index.ts';
import { EMPTY_FILTER } from '../src/lib/model/filters.ts';
import { DEFAULT_VIEW, type ViewState } from '../src/lib/model/view-state.ts';
import { bundledDataset } from './helpers/bundled-dataset.ts';
import { checkFigure } from './helpers/figure-checks.ts';
import { compareSnapshot } from './helpers/figure-snapshot.ts';

interface Case {
  readonly name: string;
  readonly view: ViewState;
  readonly options: FigureOptions;
}

const MAY_2017 = { start: '2017-05-20', end: '2017-06-05' };

const CASES: readonly Case[] = [
  { name: 'timeline-en-slide', view: DEFAULT_VIEW, options: { kind: 'timeline', size: 'slide', lang: 'en' } },
  {
    name: 'timeline-ar-a4-portrait-window',
    view: { ...DEFAULT_VIEW, window: MAY_2017 },
    options: { kind: 'timeline', size: 'a4-portrait', lang: 'ar' },
  },
  {
    name: 'timeline-en-a4-landscape-filtered-by-actor',
    view: {
      ...DEFAULT_VIEW,
      grouping: 'actor',
      level: 'organization',
      filter: { ...EMPTY_FILTER, types: ['strike', 'statement'], statuses: ['alleged', 'claimed', 'confirmed'] },
    },
    options: { kind: 'timeline', size: 'a4-landscape', lang: 'en' },
  },
  {
    name: 'timeline-ar-square-by-source',
    view: { ...DEFAULT_VIEW, grouping: 'source', filter: { ...EMPTY_FILTER, from: '2015-11-01', to: '2015-11-30' } },
    options: { kind: 'timeline', size: 'square', lang: 'ar' },
  },
  {
    name: 'graph-en-square-state',
    view: { ...DEFAULT_VIEW, level: 'state' },
    options: { kind: 'graph', size: 'square', lang: 'en' },
  },
  { name: 'graph-ar-slide', view: DEFAULT_VIEW, options: { kind: 'graph', size: 'slide', lang: 'ar' } },
  {
    name: 'graph-en-a4-portrait-window',
    view: { ...DEFAULT_VIEW, window: MAY_2017 },
    options: { kind: 'graph', size: 'a4-portrait', lang: 'en' },
  },
  {
    name: 'timeline-en-square-empty',
    view: { ...DEFAULT_VIEW, filter: { ...EMPTY_FILTER, query: 'no event says this' } },
    options: { kind: 'timeline', size: 'square', lang: 'en' },
  },
];

describe('renderFigure(dataset, view, options)', () => {
  for (const { name, view, options } of CASES) {
    it(`draws ${name} as its committed snapshot, a well-formed inert figure`, () => {
      const svg = renderFigure(bundledDataset(), view, options);
      expect(checkFigure(svg).problems).toEqual([]);
      expect(compareSnapshot(name, svg)).toBeUndefined();
    });
  }

  it('gives byte-identical SVG for the same inputs', () => {
    for (const { view, options } of CASES.slice(0, 2)) {
      expect(renderFigure(bundledDataset(), view, options)).toBe(renderFigure(bundledDataset(), view, options));
    }
  });

  it('names the period, filters, level and rows in the subtitle and cites the articles in the caption', () => {
    const filtered = CASES.find((c) => c.name === 'timeline-en-a4-landscape-filtered-by-actor');
    if (!filtered) throw new Error('case missing');
    const svg = renderFigure(bundledDataset(), filtered.view, filtered.options);
    const { text } = checkFigure(svg);
    expect(text).toContain('Filters: Type Strike, Statement; Status alleged, claimed, confirmed');
    expect(text).toContain('Level: Organization');
    expect(text).toContain('Rows: By actor');
    expect(text).toMatch(/Sources: .*Al-Watan \(Syria\), 1 June 2017/);
  });

  it('sets every Arabic text right to left with an explicit anchor and the language', () => {
    const svg = renderFigure(bundledDataset(), DEFAULT_VIEW, { kind: 'timeline', size: 'slide', lang: 'ar' });
    const texts = svg.match(/<text [^>]*>/g) ?? [];
    expect(texts.length).toBeGreaterThan(50);
    for (const tag of texts) {
      expect(tag).toContain('direction="rtl"');
      expect(tag).toMatch(/text-anchor="(start|end|middle)"/);
      expect(tag).toContain('lang="ar"');
    }
    expect(svg).toContain(
      'font-family="&apos;Noto Naskh Arabic&apos;, &apos;Noto Sans Arabic&apos;, &apos;Noto Sans&apos;',
    );
  });

  it('draws each size at its page size', () => {
    const expected = {
      slide: [1600, 900],
      'a4-portrait': [794, 1123],
      'a4-landscape': [1123, 794],
      square: [1000, 1000],
    };
    for (const size of FIGURE_SIZES) {
      const [w, h] = expected[size];
      const svg = renderFigure(bundledDataset(), DEFAULT_VIEW, { kind: 'graph', size, lang: 'en' });
      expect(svg).toContain(`width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"`);
    }
  });

  it('rejects an unknown size, naming the option and the value', () => {
    const options = { kind: 'graph', size: 'poster', lang: 'en' } as const;
    // @ts-expect-error -- an unchecked caller (a URL, a CLI) can pass any string
    expect(() => renderFigure(bundledDataset(), DEFAULT_VIEW, options)).toThrow('invalid size: poster');
  });
});
