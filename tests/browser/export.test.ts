/**
 * Exporting figures from the browser: the SVG the app downloads is byte for byte the one the renderer gives
 * in Node for the same view (the renderer behind `npm run figure`), and the PNG is drawn from it at the
 * asked scale, with ink on the page in both languages.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderFigure } from '../../src/lib/figure/render.ts';
import { knownIds } from '../../src/lib/model/stories.ts';
import { parseViewState } from '../../src/lib/model/view-state.ts';
import { bundledDataset } from '../helpers/bundled-dataset.ts';
import { decodePng, inkShare } from '../helpers/png-pixels.ts';
import { appSession } from './harness.ts';

const dataset = bundledDataset();
const session = appSession();
const pages = session.pages;

async function open(query: string): Promise<Page> {
  const opened = await session.open(query);
  await opened.page.locator('.timeline[data-ready="true"]').waitFor();
  return opened.page;
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function exported(
  page: Page,
  kind: 'timeline' | 'graph',
  button: string,
): Promise<{ name: string; bytes: Buffer }> {
  const menu = page.locator(`details[data-export="${kind}"]`);
  if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open))) await menu.locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), menu.locator(button).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe('exporting a figure from the browser', () => {
  it('downloads the same SVG bytes as the renderer gives in Node for the same view', async () => {
    const page = await open('?start=2017-05-15&end=2017-06-05&group=actor&level=organization&types=statement');
    const { name, bytes } = await exported(page, 'timeline', '[data-format="svg"]');
    const { view } = parseViewState(new URL(page.url()).search, knownIds(dataset));
    const expected = renderFigure(dataset, view, { kind: 'timeline', size: 'slide', lang: 'en' });
    expect(name).toBe('chronograph-timeline-en-slide-2017-05-15-2017-06-05.svg');
    expect(bytes.toString('utf8')).toBe(expected);
  });

  it('downloads the graph as SVG at the chosen size', async () => {
    const page = await open('?start=2015-11-01&end=2015-11-30&level=state');
    await page.locator('details[data-export="graph"] summary').click();
    await page.locator('details[data-export="graph"] select').selectOption('square');
    const { bytes } = await exported(page, 'graph', '[data-format="svg"]');
    const { view } = parseViewState(new URL(page.url()).search, knownIds(dataset));
    expect(bytes.toString('utf8')).toBe(renderFigure(dataset, view, { kind: 'graph', size: 'square', lang: 'en' }));
  });

  it.each([
    ['en', 2, '', 3200, 1800],
    ['ar', 1, '&lang=ar', 1600, 900],
  ] as const)('draws a %s PNG at %i× from the SVG, with ink on the page', async (_lang, scale, lang, width, height) => {
    const page = await open(`?start=2017-05-15&end=2017-06-05${lang}`);
    const { name, bytes } = await exported(page, 'timeline', `[data-format="png"][data-scale="${scale}"]`);
    expect(name.endsWith('.png')).toBe(true);
    const picture = decodePng(bytes);
    expect([picture.width, picture.height]).toEqual([width, height]);
    expect(inkShare(picture)).toBeGreaterThan(0.02);
  });

  it('logs no error, breaks no CSP directive and requests nothing off this machine while exporting', () => {
    for (const { record } of pages) {
      expect(record).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], offMachineRequests: [] });
    }
  });
});
