/**
 * The same figure drawn by Chromium and by librsvg must look the same: both pictures are reduced to a grid
 * of mean grey levels (cells of 25 × 25 page pixels), which keeps layout and ink and drops anti-aliasing
 * and glyph-level differences, and the mean absolute difference between the grids must stay small.
 *
 * Measured on this machine (Debian's Chromium, librsvg 2.54, fonts-noto-core): 0.07–0.18 grey levels for
 * these figures, against 9.2 when the English timeline is compared with the Arabic one (same size, text and
 * rows at the other end). The threshold of 2.5 leaves room for font and renderer drift and still fails when
 * whole blocks of text land elsewhere; the last test keeps that second measurement honest.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFigure, type FigureOptions } from '../../src/lib/figure/index.ts';
import { DEFAULT_VIEW } from '../../src/lib/model/view-state.ts';
import { bundledDataset } from '../helpers/bundled-dataset.ts';
import { decodePng, greyGrid, inkShare, meanDifference } from '../helpers/png-pixels.ts';
import { rsvgPng } from '../helpers/rsvg.ts';
import { launchBrowser } from './harness.ts';

const THRESHOLD = 2.5;
const CELL = 25;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Chromium's picture of an SVG document, at its own size. */
async function chromiumPng(svg: string, width: number, height: number): Promise<Uint8Array> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    // The figure is opened as an SVG document, as a reader opening the file would see it.
    await page.route('https://figure.test/figure.svg', (route) =>
      route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svg }),
    );
    await page.goto('https://figure.test/figure.svg');
    return await page.screenshot({ type: 'png' });
  } finally {
    await context.close();
  }
}

const CASES: readonly FigureOptions[] = [
  { kind: 'timeline', size: 'a4-landscape', lang: 'en' },
  { kind: 'timeline', size: 'a4-landscape', lang: 'ar' },
  { kind: 'graph', size: 'square', lang: 'ar' },
];

describe('figures in Chromium and librsvg', () => {
  for (const options of CASES) {
    it(`draws the ${options.kind} in ${options.lang} alike in both`, async () => {
      const svg = renderFigure(bundledDataset(), DEFAULT_VIEW, options);
      const rsvg = decodePng(rsvgPng(svg));
      const chrome = decodePng(await chromiumPng(svg, rsvg.width, rsvg.height));
      expect([chrome.width, chrome.height]).toEqual([rsvg.width, rsvg.height]);
      expect(inkShare(chrome)).toBeGreaterThan(0.01);
      const [columns, rows] = [Math.round(rsvg.width / CELL), Math.round(rsvg.height / CELL)];
      const difference = meanDifference(greyGrid(rsvg, columns, rows), greyGrid(chrome, columns, rows));
      console.log(
        `${options.kind}-${options.lang}: ink ${inkShare(rsvg).toFixed(3)}, difference ${difference.toFixed(2)}`,
      );
      expect(difference).toBeLessThan(THRESHOLD);
    });
  }

  it('tells different figures apart, so the threshold means something', async () => {
    const en = renderFigure(bundledDataset(), DEFAULT_VIEW, { kind: 'timeline', size: 'a4-landscape', lang: 'en' });
    const ar = renderFigure(bundledDataset(), DEFAULT_VIEW, { kind: 'timeline', size: 'a4-landscape', lang: 'ar' });
    const a = decodePng(rsvgPng(en));
    const b = decodePng(await chromiumPng(ar, a.width, a.height));
    const difference = meanDifference(greyGrid(a, 45, 32), greyGrid(b, 45, 32));
    console.log(`en against ar: difference ${difference.toFixed(2)}`);
    expect(difference).toBeGreaterThan(THRESHOLD);
  });
});
