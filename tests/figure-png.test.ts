/**
 * Figures drawn by librsvg (rsvg-convert), as `npm run figure -- … --format png` draws them: the picture
 * has the page's size and is not blank — a real share of its pixels carry ink. The blank background alone
 * gives 0; the bundled timeline and graph measure 3–6 % (checked against 1 %, well clear of both).
 */
import { describe, expect, it } from 'vitest';
import { renderFigure } from '../src/lib/figure/index.ts';
import { DEFAULT_VIEW } from '../src/lib/model/view-state.ts';
import { bundledDataset } from './helpers/bundled-dataset.ts';
import { decodePng, inkShare } from './helpers/png-pixels.ts';
import { rsvgPng } from './helpers/rsvg.ts';

describe('figures drawn by rsvg-convert', () => {
  for (const [kind, lang] of [
    ['timeline', 'en'],
    ['graph', 'ar'],
    ['timeline', 'ar'],
  ] as const) {
    it(`draws the ${kind} in ${lang} at its size with ink on it`, () => {
      const svg = renderFigure(bundledDataset(), DEFAULT_VIEW, { kind, size: 'a4-landscape', lang });
      const picture = decodePng(rsvgPng(svg));
      expect([picture.width, picture.height]).toEqual([1123, 794]);
      expect(inkShare(picture)).toBeGreaterThan(0.01);
    });
  }

  it('draws a blank page as blank, so the ink measure means something', () => {
    const blank =
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="100" height="50" fill="#fff"/></svg>';
    expect(inkShare(decodePng(rsvgPng(blank)))).toBe(0);
  });
});
