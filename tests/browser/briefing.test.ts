/**
 * Briefing material from a story, in a real Chromium on the production build: the handout (`?handout=<id>`)
 * prints one A4 page per step with the step's figures as SVG images, its caption and the articles it cites,
 * in English and in right-to-left Arabic; and presentation mode's PowerPoint button downloads a deck with one
 * slide per step, each with its figure, caption and speaker notes.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EventIndex } from '../../src/lib/model/filters.ts';
import { resolveDataset } from '../../src/lib/model/resolve.ts';
import type { Story } from '../../src/lib/model/schema.ts';
import { slideSources } from '../../src/lib/model/slide-sources.ts';
import { knownIds } from '../../src/lib/model/stories.ts';
import { parseViewState } from '../../src/lib/model/view-state.ts';
import { validatePaths } from '../../src/node/dataset-files.ts';
import { appSession, axeViolations, saveScreenshot } from './harness.ts';

const validated = validatePaths([]);
if (!validated.dataset || !validated.stories) throw new Error('the bundled dataset or stories do not validate');
const dataset = resolveDataset(validated.dataset);
const story = validated.stories[0] as Story;
const steps = story.steps;
const known = knownIds(validated.dataset);
const index = new EventIndex(dataset);
const events = new Map(dataset.events.map((e) => [e.id, e]));
const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** What step `n` (from 0) cites, as "outlet, day", oldest first: the articles behind its view. */
function expectedCitations(n: number): string[] {
  const { view } = parseViewState(steps[n]?.view ?? '', known);
  const selected = view.selected === undefined ? undefined : events.get(view.selected);
  return slideSources({ selected, events: index.apply(view.filter), window: view.window }, dataset.sources).map(
    (s) => `${s.outlet.en}, ${DAY.format(new Date(`${s.published}T00:00:00Z`))}`,
  );
}

/** Text as pptxgenjs writes it into a slide's XML. */
function xmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const session = appSession();
const pages = session.pages;

/** Opens the app at a query string and waits for `ready` to show. */
async function open(query: string, ready: string): Promise<Page> {
  const opened = await session.open(query);
  await opened.page.locator(ready).first().waitFor();
  return opened.page;
}

/** Opens a story's handout and waits until every page shows its figures. */
async function openHandout(lang: 'en' | 'ar'): Promise<Page> {
  const page = await open(`?handout=${story.id}${lang === 'ar' ? '&lang=ar' : ''}`, 'main.handout');
  await expect.poll(() => page.locator('.handout-page img').count()).toBe(steps.length * 2);
  return page;
}

describe('the handout of a story', () => {
  it('prints one page per step, each with SVG figures, the caption and the cited articles', async () => {
    const page = await openHandout('en');
    const printed = page.locator('.handout-page');
    expect(await printed.count()).toBe(steps.length);
    expect(await page.locator('main.handout h1').textContent()).toBe(story.title.en);
    for (const [n, step] of steps.entries()) {
      const sheet = printed.nth(n);
      const sources = await sheet.locator('img').evaluateAll((images) => images.map((i) => i.getAttribute('src')));
      expect(sources.length).toBeGreaterThan(0);
      for (const src of sources) expect(src?.startsWith('data:image/svg+xml')).toBe(true);
      // Each image decodes to a picture, not a broken-image icon.
      const widths = await sheet
        .locator('img')
        .evaluateAll((images) => images.map((i) => (i instanceof HTMLImageElement ? i.naturalWidth : 0)));
      for (const width of widths) expect(width).toBeGreaterThan(0);
      expect(await sheet.locator('.caption').textContent()).toBe(step.caption.en);
      const cited = (await sheet.locator('.sources li').allTextContents()).map((t) => t.trim());
      expect(cited).toEqual(expectedCitations(n));
      expect(cited.length).toBeGreaterThan(0);
    }
    await saveScreenshot(page, 'handout-en');
  });

  it('breaks the page after every step when printed, and hides the Print button', async () => {
    const page = await openHandout('en');
    await page.emulateMedia({ media: 'print' });
    const breaks = await page
      .locator('.handout-page')
      .evaluateAll((sheets) => sheets.map((sheet) => getComputedStyle(sheet).breakAfter));
    expect(breaks).toEqual(steps.map(() => 'page'));
    expect(await page.locator('[data-action="print"]').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('[data-action="print"]').isVisible()).toBe(true);
  });

  it('reads right to left in Arabic, with the Arabic captions', async () => {
    const page = await openHandout('ar');
    expect(await page.locator('main.handout').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('.handout-page .caption').allTextContents()).toEqual(steps.map((s) => s.caption.ar));
    expect(await page.locator('[data-action="print"]').textContent()).toBe('طباعة');
    await saveScreenshot(page, 'handout-ar');
  });

  it.each(['en', 'ar'] as const)('has no axe violations in %s', async (lang) => {
    const page = await openHandout(lang);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reports a link to a story that does not exist', async () => {
    const page = await open('?handout=no-such-story', 'main.handout');
    expect(await page.locator('[role="alert"]').textContent()).toContain('no-such-story');
    expect(await page.locator('.handout-page').count()).toBe(0);
  });

  it('is opened in a new tab by the Handout button of presentation mode', async () => {
    const page = await open(`?present=${story.id}`, 'main.presentation');
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      page.locator('[data-action="handout"]').click(),
    ]);
    await tab.locator('.handout-page').first().waitFor();
    const query = new URL(tab.url()).searchParams;
    expect(query.get('handout')).toBe(story.id);
    expect(await tab.locator('.handout-page').count()).toBe(steps.length);
    await tab.close();
  });
});

describe('the PowerPoint deck of a story', () => {
  it('downloads one slide per step with its figure, caption and speaker notes', async () => {
    const page = await open(`?present=${story.id}`, 'main.presentation');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="pptx"]').click()]);
    expect(download.suggestedFilename()).toBe(`chronograph-${story.id}-en.pptx`);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const names = Object.keys(zip.files);

    const slides = names.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).sort();
    expect(slides).toEqual(steps.map((_, n) => `ppt/slides/slide${n + 1}.xml`).sort());
    const read = async (name: string) => {
      const file = zip.file(name);
      if (!file) throw new Error(`the deck has no ${name}`);
      return file.async('string');
    };
    expect(await read('ppt/slides/slide1.xml')).toContain(xmlText(steps[0]?.caption.en ?? '—'));

    for (const [n, step] of steps.entries()) {
      const rels = await read(`ppt/slides/_rels/slide${n + 1}.xml.rels`);
      const image = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1];
      expect(image, `slide ${n + 1} refers to a PNG`).toBeDefined();
      expect(names).toContain(`ppt/media/${image}`);
      expect(await read(`ppt/slides/slide${n + 1}.xml`)).toContain(xmlText(step.caption.en));
      expect(await read(`ppt/notesSlides/notesSlide${n + 1}.xml`)).toContain(xmlText(step.notes.en));
    }
    // The footer cites the step's articles.
    const firstCited = expectedCitations(0)[0] ?? '—';
    expect(await read('ppt/slides/slide1.xml')).toContain(xmlText(firstCited));
  });
});

describe('the briefing pages', () => {
  it('log no error, break no CSP directive and request nothing off this machine', () => {
    for (const { record } of pages) {
      expect(record).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], offMachineRequests: [] });
    }
  });
});
