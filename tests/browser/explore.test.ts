/**
 * The explore screen in a real Chromium, on the production build and the bundled dataset: every part answers
 * the others (table, timeline, graph, event panel, article), the URL holds the view, the keyboard works,
 * Arabic mirrors the layout, and axe finds no accessibility violation in either language.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EventIndex, EMPTY_FILTER } from '../../src/lib/model/filters.ts';
import { buildAccusationGraph } from '../../src/lib/model/graph.ts';
import { resolveDataset, type ResolvedEvent } from '../../src/lib/model/resolve.ts';
import { PAUSE_MS } from '../../src/lib/state/on-pause.ts';
import { validatePaths } from '../../src/node/dataset-files.ts';
import { appSession, axeViolations, saveScreenshot, type OpenedPage } from './harness.ts';

const validated = validatePaths([]).dataset;
if (!validated) throw new Error('the bundled dataset does not validate');
const dataset = resolveDataset(validated);
const byDate = [...dataset.events].sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
/** The first accusation in time with a single agent and target, and evidence in one article. */
const accusation = byDate.find(
  (e) =>
    e.subtype === 'accusation' &&
    e.actors.filter((a) => a.role === 'agent').length === 1 &&
    e.actors.filter((a) => a.role === 'target').length === 1,
) as ResolvedEvent;
const agentOf = (e: ResolvedEvent) => e.actors.find((a) => a.role === 'agent')?.actor ?? '';
const targetOf = (e: ResolvedEvent) => e.actors.find((a) => a.role === 'target')?.actor ?? '';

const session = appSession();
const pages = session.pages;

/** Opens the app at a query string and waits for the table. */
async function open(query = '', options: { viewport?: { width: number; height: number } } = {}): Promise<OpenedPage> {
  const opened = await session.open(query, options);
  await opened.page.locator('.table-area tr[data-event-id]').first().waitFor();
  return opened;
}

const edgeIds = (page: Page) =>
  page
    .locator('path.edge')
    .evaluateAll((paths) => paths.map((p) => `${p.getAttribute('data-from')}→${p.getAttribute('data-to')}`).sort());

const search = (page: Page) => new URL(page.url()).searchParams;

/** Clicks the middle of a graph edge, on its stroke, as a reader would. */
async function clickEdge(page: Page, selector: string): Promise<void> {
  const edge = page.locator(selector);
  await edge.scrollIntoViewIfNeeded();
  const point = await edge.evaluate((path) => {
    const line = path as SVGPathElement;
    const p = line.getPointAtLength(line.getTotalLength() / 2);
    const m = line.getScreenCTM();
    if (!m) throw new Error('edge not rendered');
    const screen = new DOMPoint(p.x, p.y).matrixTransform(m);
    return { x: screen.x, y: screen.y };
  });
  await page.mouse.click(point.x, point.y);
}

describe('the explore screen', () => {
  it('opens the timeline on every event, visible and drawn, at the moment it says it is ready', async () => {
    const { page, context } = await open();
    // What the timeline shows when it sets data-ready, recorded by the page itself at that moment.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const timeline = document.querySelector('.timeline[data-ready="true"]');
        if (!timeline) return;
        observer.disconnect();
        const labels = [...timeline.querySelectorAll('.vis-time-axis .vis-text')].map((e) => e.textContent ?? '');
        Object.assign(window, {
          atReady: {
            visibility: timeline.querySelector<HTMLElement>('.vis-timeline')?.style.visibility,
            items: timeline.querySelectorAll('.vis-item').length,
            years: labels.filter((text) => /^\d{4}$/.test(text)).map(Number),
          },
        });
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.reload();
    await page.waitForFunction(() => 'atReady' in window);
    const atReady = await page.evaluate(
      () => (window as unknown as { atReady: { visibility?: string; items: number; years: number[] } }).atReady,
    );
    expect(atReady.visibility).toBe('visible');
    expect(atReady.items).toBeGreaterThan(0);
    // The axis spans the events' years, with some room, not a week around today.
    const first = Number(byDate[0]?.date.start.slice(0, 4));
    const last = Math.max(...dataset.events.map((e) => Number(e.date.end.slice(0, 4))));
    expect(Math.min(...atReady.years)).toBeLessThanOrEqual(first);
    expect(Math.max(...atReady.years)).toBeGreaterThanOrEqual(last);
    expect(atReady.years.every((year) => year >= first - 5 && year <= last + 5)).toBe(true);
  });

  it('shows an event picked in the table in the panel, the article and the graph', async () => {
    const { page, record } = await open();
    await page.locator(`.table-area tr[data-event-id="${accusation.id}"]`).click();
    await expect.poll(() => page.locator(`article.panel[data-event-id="${accusation.id}"]`).count()).toBe(1);
    const quote = page.locator(`mark.current[data-event-id="${accusation.id}"]`);
    expect(await quote.count()).toBeGreaterThan(0);
    expect(accusation.evidence[0]?.quote.startsWith((await quote.first().textContent()) ?? '∅')).toBe(true);
    const edge = page.locator(
      `path.edge.highlight[data-from="${agentOf(accusation)}"][data-to="${targetOf(accusation)}"]`,
    );
    expect(await edge.count()).toBe(1);
    expect(await page.locator(`[data-actor-id="${agentOf(accusation)}"].highlight`).count()).toBe(1);
    expect(search(page).get('event')).toBe(accusation.id);
    await saveScreenshot(page, 'explore-selected-en');
    expect(record).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], offMachineRequests: [] });
  });

  it('selects an event clicked on the timeline', async () => {
    const day = accusation.date.start;
    const { page } = await open(`?start=${day.slice(0, 8)}01&end=${day.slice(0, 8)}28&group=none`);
    await page.locator('.timeline[data-ready="true"]').waitFor();
    const item = page.locator(`.vis-timeline [data-event-id="${accusation.id}"]`);
    await item.waitFor();
    await item.click();
    await expect.poll(() => search(page).get('event')).toBe(accusation.id);
    expect(await page.locator(`tr.selected[data-event-id="${accusation.id}"]`).count()).toBe(1);
  });

  it('lists the accusations behind an edge, with their quotes', async () => {
    const { page } = await open();
    const graph = buildAccusationGraph(dataset);
    const heaviest = [...graph.edges].sort((a, b) => b.weight - a.weight || a.from.localeCompare(b.from))[0];
    if (!heaviest) throw new Error('the dataset has no edge');
    await clickEdge(
      page,
      `path.edge[data-from="${heaviest.from}"][data-to="${heaviest.to}"][data-kind="${heaviest.kind}"]`,
    );
    const list = page.locator('.edge-list li[data-event-id]');
    await expect.poll(() => list.count()).toBe(heaviest.weight);
    const shown = await list.evaluateAll((items) => items.map((li) => li.getAttribute('data-event-id')).sort());
    expect(shown).toEqual([...heaviest.events].sort());
    expect(await page.locator('.edge-list blockquote').count()).toBeGreaterThanOrEqual(heaviest.weight);
  });

  it('ties a denial edge to the accusation it denies', async () => {
    const denial = dataset.events.find((e) => e.subtype === 'denial' && e.relations.some((r) => r.type === 'denies'));
    if (!denial) throw new Error('the dataset has no linked denial');
    const { page } = await open();
    const edge = buildAccusationGraph(dataset).edges.find((e) => e.kind === 'denial' && e.events.includes(denial.id));
    if (!edge) throw new Error('the denial draws no edge');
    await clickEdge(page, `path.edge[data-from="${edge.from}"][data-to="${edge.to}"][data-kind="denial"]`);
    const denied = denial.relations.find((r) => r.type === 'denies')?.event ?? '';
    const link = page.locator(`.edge-list li[data-event-id="${denial.id}"] [data-denies="${denied}"]`);
    await link.click();
    await expect.poll(() => search(page).get('event')).toBe(denied);
  });

  it('records the window the timeline opens on, every event in it, before any gesture', async () => {
    const { page } = await open();
    await page.locator('.timeline[data-ready="true"]').waitFor();
    await expect.poll(() => search(page).get('start')).not.toBeNull();
    const [start, end] = [search(page).get('start') ?? '', search(page).get('end') ?? ''];
    expect(start <= (byDate[0]?.date.start ?? '')).toBe(true);
    expect(dataset.events.every((e) => e.date.end <= end)).toBe(true);
  });

  it('redraws the graph for the window the timeline is panned to', async () => {
    const { page } = await open('?start=2015-10-01&end=2015-12-31');
    await page.locator('.timeline[data-ready="true"]').waitFor();
    const before = await edgeIds(page);
    const expected = buildAccusationGraph(dataset, { from: '2015-10-01', to: '2015-12-31' }).edges.map(
      (e) => `${e.from}→${e.to}`,
    );
    expect(before).toEqual([...expected].sort());
    // When the address takes the new window, and when the graph's edges change, by the page's clock.
    await page.evaluate(() => {
      const times: { address?: number; graph?: number } = {};
      (window as unknown as { times: typeof times }).times = times;
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        replace(...args);
        times.address ??= performance.now();
      };
      const edges = () => [...document.querySelectorAll('path.edge')].map((p) => p.getAttribute('data-from')).join();
      const first = edges();
      new MutationObserver(() => {
        if (times.graph === undefined && edges() !== first) times.graph = performance.now();
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    // Drag the timeline's centre panel by most of its width, low down where there are no items: the window
    // moves back in time.
    const box = await page.locator('.vis-panel.vis-center').boundingBox();
    if (!box) throw new Error('no timeline panel');
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height - 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.95, box.y + box.height - 10, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => search(page).get('start')).not.toBe('2015-10-01');
    const start = search(page).get('start') ?? '';
    expect(start < '2015-10-01').toBe(true);
    await expect.poll(() => edgeIds(page)).not.toEqual(before);
    expect(await edgeIds(page)).toEqual(
      buildAccusationGraph(dataset, { from: start, to: search(page).get('end') ?? '' })
        .edges.map((e) => `${e.from}→${e.to}`)
        .sort(),
    );
    // The address follows the window as the drag ends; the graph, slower to redraw, once the reader pauses.
    const times = await page.evaluate(
      () => (window as unknown as { times: { address?: number; graph?: number } }).times,
    );
    expect(times.address).toBeDefined();
    expect(times.graph).toBeDefined();
    expect((times.graph ?? 0) - (times.address ?? 0)).toBeGreaterThanOrEqual(PAUSE_MS - 50);
  });

  it('filters to an actor picked in the filter bar, and to a node clicked in the graph', async () => {
    const { page } = await open();
    const index = new EventIndex(dataset);
    const lavrov = index.apply({ ...EMPTY_FILTER, actors: ['sergey-lavrov'] });
    await page.locator('.filters select').first().selectOption('sergey-lavrov');
    await expect.poll(() => page.locator('.table-area tr[data-event-id]').count()).toBe(lavrov.length);
    expect(search(page).get('actors')).toBe('sergey-lavrov');

    await page.getByRole('button', { name: /clear all/i }).click();
    await expect.poll(() => page.locator('.table-area tr[data-event-id]').count()).toBe(dataset.events.length);
    const actor = agentOf(accusation);
    await page.locator(`[data-actor-id="${actor}"]`).click();
    const involved = index.apply({ ...EMPTY_FILTER, actors: [actor] });
    await expect.poll(() => page.locator('.table-area tr[data-event-id]').count()).toBe(involved.length);
    // The table tells made from received for the actor the events are filtered by.
    const sides = await page.locator('.table-area tbody tr td:nth-child(4)').allTextContents();
    expect(sides.some((text) => text.includes('made'))).toBe(true);
  });

  it('offers in the actor list only the actors a filter leaves events for, keeping the others hidden', async () => {
    const { page } = await open();
    const index = new EventIndex(dataset);
    const strikes = { ...EMPTY_FILTER, types: ['strike' as const] };
    const counts = index.countAll(strikes).actors;
    const options = page.locator('.filters select').first().locator('option:not([value=""])');
    const offered = () =>
      options.evaluateAll((list) =>
        (list as HTMLOptionElement[]).filter((o) => !o.hidden && !o.disabled).map((o) => o.value),
      );
    const all = await options.count();
    expect(all).toBe(dataset.actors.length);
    const unfiltered = index.countAll(EMPTY_FILTER).actors;
    const withEvents = dataset.actors.filter((a) => (unfiltered.get(a.id) ?? 0) > 0).map((a) => a.id);
    expect((await offered()).sort()).toEqual([...withEvents].sort());

    await page.locator('.sidebar label.chip.type-strike input').click();
    const expected = dataset.actors.filter((a) => (counts.get(a.id) ?? 0) > 0).map((a) => a.id);
    expect(expected.length).toBeLessThan(withEvents.length);
    await expect.poll(async () => (await offered()).sort()).toEqual([...expected].sort());
    // None is taken out: the others are hidden and disabled, and the offered ones show the filter's counts.
    expect(await options.count()).toBe(all);
    const first = expected[0] ?? '';
    expect(await page.locator(`.filters select option[value="${first}"]`).textContent()).toContain(
      `(${counts.get(first)})`,
    );

    await page.locator('.sidebar label.chip.type-strike input').click();
    await expect.poll(async () => (await offered()).length).toBe(withEvents.length);
  });

  it('switches to Arabic: right-to-left, Arabic labels and axis, remembered on reload', async () => {
    const { page } = await open();
    await page.locator('[data-action="language"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    expect(await page.locator('#timeline-heading').textContent()).toBe('الخط الزمني');
    expect(await page.locator('.vis-timeline.vis-rtl').count()).toBe(1);
    const axis = (await page.locator('.vis-time-axis .vis-text').allTextContents()).join(' ');
    expect(axis).toMatch(/[\u0600-\u06FF\u0660-\u0669]/);
    await page.locator(`.table-area tr[data-event-id="${accusation.id}"]`).click();
    expect(await page.locator('article.panel h3').textContent()).toBe(accusation.summary.ar);
    await saveScreenshot(page, 'explore-ar');
    await page.goto(page.url().replace(/lang=ar&?/, ''));
    await page.locator('.table-area tr[data-event-id]').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  });

  it('restores the whole view from the URL, on reload and with back and forward', async () => {
    const second = byDate.find((e) => e.id !== accusation.id && e.type === 'statement') as ResolvedEvent;
    const query = `?event=${accusation.id}&group=actor&level=state&types=statement&q=${encodeURIComponent('لافروف')}`;
    const { page } = await open(query);
    const check = async () => {
      expect(await page.locator(`article.panel[data-event-id="${accusation.id}"]`).count()).toBe(1);
      expect(await page.locator('[data-control="level"]').inputValue()).toBe('state');
      expect(await page.locator('[data-control="grouping"]').inputValue()).toBe('actor');
      expect(await page.locator('.filters input[type="search"]').inputValue()).toBe('لافروف');
      expect(await page.locator('.filters .chip.type-statement input').isChecked()).toBe(true);
    };
    await check();
    await page.reload();
    await page.locator('.table-area tr[data-event-id]').first().waitFor();
    await check();
    await page.locator('.filters input[type="search"]').fill('');
    await page.locator(`.table-area tr[data-event-id="${second.id}"]`).click();
    await expect.poll(() => search(page).get('event')).toBe(second.id);
    await page.goBack();
    await expect.poll(() => search(page).get('q')).toBe(null);
    await page.goBack();
    await expect.poll(() => search(page).get('event')).toBe(accusation.id);
    await check();
    await page.goForward();
    await page.goForward();
    await expect.poll(() => page.locator(`article.panel[data-event-id="${second.id}"]`).count()).toBe(1);
  });

  it('reports the parts of a link it cannot read instead of guessing', async () => {
    const { page } = await open('?event=no-such-event&level=planet&start=2017-02-30');
    const notice = page.getByRole('alert');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('event=no-such-event');
    expect(text).toContain('level=planet');
    expect(text).toContain('start=2017-02-30');
  });

  it('can be used from the keyboard: Enter selects, arrows step in time, Esc clears', async () => {
    const { page } = await open();
    const firstRow = page.locator('.table-area tbody tr').first();
    await firstRow.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page).get('event')).toBe(byDate[0]?.id);
    await page.locator('h1').click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => search(page).get('event')).toBe(byDate[1]?.id);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => search(page).get('event')).toBe(byDate[1]?.id);
    await page.keyboard.press('Escape');
    await expect.poll(() => search(page).get('event')).toBe(null);
    expect(await page.locator('article.panel').count()).toBe(0);
    // Focus is visible: the focused row has an outline.
    await firstRow.focus();
    const outline = await firstRow.evaluate((row) => getComputedStyle(row).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it.each([
    ['en', ''],
    ['ar', '?lang=ar'],
  ])('has no axe violations in %s, with an event selected', async (_lang, query) => {
    const { page } = await open(`${query}${query ? '&' : '?'}event=${accusation.id}`);
    expect(await axeViolations(page, { exclude: '.vis-timeline' })).toEqual([]);
  });

  it('fits a 768-pixel tablet without sideways scrolling', async () => {
    const { page } = await open('', { viewport: { width: 768, height: 1024 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'explore-tablet');
  });
});

describe('the explore screen, in detail', () => {
  it('sorts the table by date, type and actor', async () => {
    const { page } = await open();
    const firstId = () => page.locator('.table-area tbody tr').first().getAttribute('data-event-id');
    expect(await firstId()).toBe(byDate[0]?.id);
    await page.getByRole('button', { name: 'Date' }).click();
    expect(await firstId()).toBe(byDate[byDate.length - 1]?.id);
    await page.getByRole('button', { name: 'Type' }).click();
    const rows = await page
      .locator('.table-area tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event-id')));
    const types = rows.map((id) => dataset.events.find((e) => e.id === id)?.type ?? '');
    expect(types).toEqual([...types].sort());
    await page.getByRole('button', { name: 'Actors' }).click();
    expect(await page.locator('.table-area th[aria-sort="ascending"]').textContent()).toBe('Actors');
  });

  it('selects the event of a passage clicked in the article', async () => {
    const { page } = await open(`?event=${accusation.id}`);
    const other = page.locator('.reader span.mark.other').first();
    const id = await other.getAttribute('data-event-id');
    expect(id).not.toBe(accusation.id);
    await other.click();
    await expect.poll(() => search(page).get('event')).toBe(id);
    expect(await page.locator(`mark.current[data-event-id="${id}"]`).count()).toBeGreaterThan(0);
    // Only the runs of the two events changed: the first event's quote is now a link back to it.
    const back = page.locator(`.reader span.mark.other[data-event-id="${accusation.id}"]`).first();
    await back.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page).get('event')).toBe(accusation.id);
    expect(await page.locator(`mark.current[data-event-id="${accusation.id}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator(`mark.current[data-event-id="${id}"]`).count()).toBe(0);
  });

  it('copies the link of the current view', async () => {
    const opened = await open(`?event=${accusation.id}&level=state`);
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await opened.page.locator('[data-action="copy-link"]').click();
    await expect.poll(() => opened.page.getByRole('status').textContent()).toBe('Link copied');
    const copied = new URL(await opened.page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.origin).toBe(new URL(opened.page.url()).origin);
    expect(copied.searchParams.get('event')).toBe(accusation.id);
    expect(copied.searchParams.get('level')).toBe('state');
  });

  it('zooms and pans the timeline from the keyboard, and fits all with Home', async () => {
    const { page } = await open('?start=2015-10-01&end=2015-12-31');
    await page.locator('.timeline[data-ready="true"]').waitFor();
    const width = () => {
      const p = search(page);
      return Date.parse(p.get('end') ?? '') - Date.parse(p.get('start') ?? '');
    };
    const before = width();
    await page.locator('.timeline-keys').focus();
    await page.keyboard.press('+');
    await expect.poll(width).toBeLessThan(before * 0.75);
    const start = search(page).get('start') ?? '';
    await page.keyboard.press('PageDown');
    await expect.poll(() => search(page).get('start')).not.toBe(start);
    expect((search(page).get('start') ?? '') > start).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => (search(page).get('start') ?? '') < '2013-01-01').toBe(true);
  });

  it("switches the timeline's rows and the graph's level", async () => {
    const { page } = await open();
    await page.locator('[data-control="grouping"]').selectOption('source');
    await expect.poll(() => page.locator('.vis-label [data-group-id]').count()).toBe(dataset.sources.length);
    await page.locator('[data-control="level"]').selectOption('state');
    const expected = buildAccusationGraph(dataset, { level: 'state' }).nodes.map((n) => n.id);
    const window = search(page);
    const shown = await page
      .locator('svg.graph [data-actor-id]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-actor-id')));
    expect(window.get('level')).toBe('state');
    for (const id of shown) expect(expected).toContain(id);
  });

  it('lets a node be dragged to a new place', async () => {
    const { page } = await open();
    const node = page.locator('svg.graph [data-actor-id="russia"]');
    await node.scrollIntoViewIfNeeded();
    const before = await node.getAttribute('transform');
    const box = await node.locator('circle').boundingBox();
    if (!box) throw new Error('no node');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 30, { steps: 6 });
    await page.mouse.up();
    expect(await node.getAttribute('transform')).not.toBe(before);
    // A drag is not a click: no actor filter was applied.
    expect(search(page).get('actors')).toBe(null);
  });
});

describe('every page opened above', () => {
  // Last, so that it covers everything the tests above made the pages do.
  it('logged no error, threw nothing, broke no CSP directive and requested nothing off this machine', () => {
    expect(pages.length).toBeGreaterThan(5);
    for (const { record } of pages) {
      expect(record).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], offMachineRequests: [] });
    }
  });
});
