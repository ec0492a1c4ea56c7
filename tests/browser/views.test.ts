/**
 * What a large dataset changed in three views, checked on the bundled one in a real Chromium: the table draws
 * the rows near the view first and the rest of its page in idle time (always the selected row, and every row
 * in the end, in order), the article is drawn line by line — each line laid out only when scrolled near, and
 * not a character lost — and the timeline, whose DataSet changes are drawn in one redraw, still follows a
 * filter exactly.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EventIndex, EMPTY_FILTER } from '../../src/lib/model/filters.ts';
import { byDate, overlaps, resolveDataset } from '../../src/lib/model/resolve.ts';
import { PROJECT_ROOT, validatePaths } from '../../src/node/dataset-files.ts';
import { appSession } from './harness.ts';

const validated = validatePaths([]).dataset;
if (!validated) throw new Error('the bundled dataset does not validate');
const dataset = resolveDataset(validated);
// Indexed in time order, as the explore screen does.
const index = new EventIndex({ ...dataset, events: [...dataset.events].sort(byDate) });
/** Table order: the filtered events in date order. */
const inOrder = index.apply(EMPTY_FILTER).map((e) => e.id);

const session = appSession();

describe('the table, the article and the timeline', () => {
  it('draws every row of the page in date order, the rows past the first chunk in idle time', async () => {
    const { page } = await session.open('');
    await page.locator('.table-area table').waitFor();
    // The table says it is still being drawn until the last chunk is in.
    await expect
      .poll(() => page.locator('.table-area table').getAttribute('aria-busy'), { timeout: 10_000 })
      .toBe('false');
    const ids = await page
      .locator('.table-area tr[data-event-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event-id')));
    expect(ids).toEqual(inOrder);
  });

  /**
   * Records, in the page, the rows the table has in the frame that answers the next click, and every state of
   * its aria-busy from now on.
   */
  const watchTable = (page: Page) =>
    page.evaluate(() => {
      const probe = { states: [] as string[], firstFrameRows: [] as string[] };
      (window as unknown as { probe: typeof probe }).probe = probe;
      const element = document.querySelector('.table-area table') as HTMLTableElement;
      new MutationObserver(() => probe.states.push(element.getAttribute('aria-busy') ?? '')).observe(element, {
        attributes: true,
        attributeFilter: ['aria-busy'],
      });
      const rowIds = () => [...(element.tBodies[0]?.rows ?? [])].map((row) => row.dataset['eventId'] ?? '');
      document.addEventListener('click', () => requestAnimationFrame(() => (probe.firstFrameRows = rowIds())), {
        once: true,
        capture: true,
      });
    });
  const tableProbe = (page: Page) =>
    page.evaluate(() => (window as unknown as { probe: { states: string[]; firstFrameRows: string[] } }).probe);
  const tableIds = (page: Page) =>
    page
      .locator('.table-area tr[data-event-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event-id')));
  const statements = index.apply({ ...EMPTY_FILTER, types: ['statement'] }).map((e) => e.id);

  it('after a filter change, on screen, shows the first rows at once and fills the page after', async () => {
    const { page } = await session.open('');
    const table = page.locator('.table-area table');
    await expect.poll(() => table.getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
    // The filter bar stays in reach: the window is tall enough for it and the top of the table.
    await page.setViewportSize({ width: 1280, height: 1400 });
    await table.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expect.poll(() => table.evaluate((element) => element.getBoundingClientRect().top < innerHeight)).toBe(true);
    await page.waitForTimeout(100);
    await watchTable(page);
    await page.locator('.sidebar label.chip.type-statement input').click();
    await expect.poll(() => table.getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
    const probe = await tableProbe(page);
    expect(statements.length).toBeGreaterThan(40);
    // The first frame already shows the filter's first rows, and not the whole page.
    expect(probe.firstFrameRows.length).toBeGreaterThanOrEqual(40);
    expect(probe.firstFrameRows.length).toBeLessThan(statements.length);
    expect(probe.firstFrameRows).toEqual(statements.slice(0, probe.firstFrameRows.length));
    expect(probe.states).toEqual(['true', 'false']);
    expect(await tableIds(page)).toEqual(statements);
  });

  it('after a filter change, off screen, brings the table up to date in idle time', async () => {
    const { page } = await session.open('');
    const table = page.locator('.table-area table');
    await expect.poll(() => table.getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
    // A short window: the table is below the fold.
    await page.setViewportSize({ width: 1280, height: 500 });
    await expect.poll(() => table.evaluate((element) => element.getBoundingClientRect().top > innerHeight)).toBe(true);
    await page.waitForTimeout(100);
    await watchTable(page);
    await page.locator('.sidebar label.chip.type-statement input').click();
    await expect.poll(() => table.getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
    const probe = await tableProbe(page);
    // The frame that answers the click still has every row of before; then the table is busy until it holds
    // exactly the filter's rows.
    expect(probe.firstFrameRows).toEqual(inOrder);
    expect(probe.states[0]).toBe('true');
    expect(probe.states.at(-1)).toBe('false');
    expect(await tableIds(page)).toEqual(statements);
    expect(await table.locator('caption').textContent()).toContain(String(statements.length));
  });

  it('draws the selected row with the first chunk, wherever it is on the page', async () => {
    const middle = inOrder[80] as string;
    const { page } = await session.open('');
    // Watch the table from the page's first script on: what the first rows drawn are.
    await page.context().addInitScript(() => {
      const seen = { drawn: -1, selected: false };
      (window as unknown as { firstRows: typeof seen }).firstRows = seen;
      new MutationObserver((_, observer) => {
        const body = document.querySelector('.table-area tbody');
        if (!body || body.children.length === 0) return;
        seen.drawn = body.children.length;
        seen.selected = body.querySelector('tr.selected') !== null;
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(new URL(`?event=${middle}`, page.url()).href);
    await page.locator(`.table-area tr.selected[data-event-id="${middle}"]`).waitFor();
    const first = await page.evaluate(
      () => (window as unknown as { firstRows: { drawn: number; selected: boolean } }).firstRows,
    );
    expect(first.selected).toBe(true);
    expect(first.drawn).toBeGreaterThanOrEqual(81);
    expect(first.drawn).toBeLessThan(inOrder.length);
    await expect
      .poll(() => page.locator('.table-area tr[data-event-id]').count(), { timeout: 10_000 })
      .toBe(inOrder.length);
  });

  it('draws the article line by line, every character once, lines out of view left to the browser', async () => {
    const event = dataset.events.find(
      (e) => e.evidence.length > 0 && e.evidence[0]?.source === 'russian-french-cooperation-raqqa',
    );
    if (!event) throw new Error('no event quotes the longest article');
    const source = dataset.sources.find((s) => s.id === event.evidence[0]?.source);
    const article = readFileSync(resolve(PROJECT_ROOT, source?.file ?? ''), 'utf8');
    const { page } = await session.open(`?event=${event.id}`);
    await page.locator(`mark.current[data-event-id="${event.id}"]`).first().waitFor();
    const drawn = await page.locator('.reader .text').evaluate((text) => ({
      text: text.textContent,
      children: [...text.children].map((c) => [c.tagName, c.className, getComputedStyle(c).contentVisibility]),
      lines: [...text.children].map((c) => c.textContent ?? ''),
    }));
    expect(drawn.text).toBe(article);
    const lines = article.split(/(?<=\n)/);
    expect(drawn.lines).toEqual(lines);
    expect(new Set(drawn.children.map((c) => c.join(' ')))).toEqual(new Set(['DIV line auto']));
    // The selected quote is scrolled into the reader's view.
    const inView = await page
      .locator(`mark.current[data-event-id="${event.id}"]`)
      .first()
      .evaluate((mark) => {
        const box = mark.getBoundingClientRect();
        const reader = (mark.closest('.text') as HTMLElement).getBoundingClientRect();
        return box.top >= reader.top && box.top < reader.bottom;
      });
    expect(inView).toBe(true);
  });

  it('follows a type filter on the timeline: its items go, the others stay, and they come back', async () => {
    // Six weeks around the first strike dated to the day: items drawn one by one, no clusters.
    const strike = dataset.events.find((e) => e.type === 'strike' && e.date.precision === 'day');
    if (!strike) throw new Error('no strike dated to the day');
    const shift = (day: string, days: number) =>
      new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const [start, end] = [shift(strike.date.start, -21), shift(strike.date.start, 21)];
    const within = dataset.events.filter((e) => overlaps(e.date, start, end));
    expect(within.some((e) => e.type === 'statement')).toBe(true);
    const { page } = await session.open(`?start=${start}&end=${end}`);
    await page.locator('.timeline[data-ready="true"]').waitFor();
    const count = (type: string) => page.locator(`.timeline .vis-item.type-${type}`).count();
    await expect.poll(() => count('statement')).toBeGreaterThan(0);
    const [statements, strikes] = [await count('statement'), await count('strike')];
    expect(strikes).toBeGreaterThan(0);
    await page.locator('.sidebar label.chip.type-statement input').click();
    await expect.poll(() => count('strike')).toBe(0);
    expect(await count('statement')).toBe(statements);
    await page.locator('.sidebar label.chip.type-statement input').click();
    await expect.poll(() => count('strike')).toBe(strikes);
    expect(await count('statement')).toBe(statements);
  });
});
