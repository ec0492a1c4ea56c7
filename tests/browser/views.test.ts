/**
 * What a large dataset changed in three views, checked on the bundled one in a real Chromium: the table draws
 * the rows near the view first and the rest of its page in idle time (always the selected row, and every row
 * in the end, in order), the article is drawn line by line — each line laid out only when scrolled near, and
 * not a character lost — and the timeline, whose DataSet changes are drawn in one redraw, still follows a
 * filter exactly.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

  it('after a filter change, shows the first rows at once and fills the page after', async () => {
    const { page } = await session.open('');
    const table = page.locator('.table-area table');
    await expect.poll(() => table.getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
    // Record the rows drawn in the frame that answers the click, and every state of aria-busy after it.
    await page.evaluate(() => {
      const probe = { states: [] as string[], firstFrameRows: -1 };
      (window as unknown as { probe: typeof probe }).probe = probe;
      const element = document.querySelector('.table-area table') as HTMLTableElement;
      new MutationObserver(() => probe.states.push(element.getAttribute('aria-busy') ?? '')).observe(element, {
        attributes: true,
        attributeFilter: ['aria-busy'],
      });
      document.addEventListener(
        'click',
        () => requestAnimationFrame(() => (probe.firstFrameRows = element.tBodies[0]?.rows.length ?? -1)),
        { once: true, capture: true },
      );
    });
    await page.locator('.sidebar label.chip.type-statement input').click();
    const expected = index.apply({ ...EMPTY_FILTER, types: ['statement'] }).map((e) => e.id);
    await expect.poll(() => table.getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
    const probe = await page.evaluate(
      () => (window as unknown as { probe: { states: string[]; firstFrameRows: number } }).probe,
    );
    expect(expected.length).toBeGreaterThan(40);
    expect(probe.firstFrameRows).toBeGreaterThanOrEqual(40);
    expect(probe.firstFrameRows).toBeLessThan(expected.length);
    expect(probe.states).toEqual(['true', 'false']);
    const ids = await page
      .locator('.table-area tr[data-event-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event-id')));
    expect(ids).toEqual(expected);
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
