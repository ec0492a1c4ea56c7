/**
 * Presentation mode in a real Chromium, on the production build and the bundled stories: a link opens a
 * story at a step, the keys a clicker sends move through it, the timeline and graph follow each step's view,
 * the footer cites the articles behind the slide, the URL keeps the place through reload and back, Arabic
 * mirrors it, and a story built with "Add current view as a step" can be presented like a curated one.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildAccusationGraph } from '../../src/lib/model/graph.ts';
import { overlaps, resolveDataset, type ResolvedEvent } from '../../src/lib/model/resolve.ts';
import type { Story } from '../../src/lib/model/schema.ts';
import { validatePaths } from '../../src/node/dataset-files.ts';
import { appSession, axeViolations, saveScreenshot, type OpenedPage } from './harness.ts';

const validated = validatePaths([]);
if (!validated.dataset || !validated.stories) throw new Error('the bundled dataset or stories do not validate');
const dataset = resolveDataset(validated.dataset);
/** The first curated story: its first step shows a window, the others select an event in one. */
const story = validated.stories[0] as Story;
const steps = story.steps;
const events = new Map(dataset.events.map((e) => [e.id, e]));
const sources = new Map(dataset.sources.map((s) => [s.id, s]));
const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** A step's view, from its query string. */
function viewOf(index: number) {
  const params = new URLSearchParams(steps[index]?.view ?? '');
  const start = params.get('start') ?? undefined;
  const end = params.get('end') ?? undefined;
  return { selected: params.get('event') ?? undefined, start, end, level: params.get('level') ?? 'actor' };
}

/**
 * What a step's footer must cite, worked out here from the data: the selected event's articles (its evidence
 * and any article giving another date), else those of every event in the window; as "outlet, day", oldest first.
 */
function expectedCitations(index: number): string[] {
  const view = viewOf(index);
  const cited: ResolvedEvent[] = view.selected
    ? [events.get(view.selected) as ResolvedEvent]
    : dataset.events.filter((e) => overlaps(e.date, view.start, view.end));
  const ids = new Set(cited.flatMap((e) => [...e.evidence, ...(e.alternativeDates ?? [])].map((x) => x.source)));
  return [...ids]
    .map((id) => sources.get(id))
    .filter((s) => s !== undefined)
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id))
    .map((s) => `${s.outlet.en}, ${DAY.format(new Date(`${s.published}T00:00:00Z`))}`);
}

const session = appSession();
const pages = session.pages;

/** Opens the app at a query string and waits for what it should show: a slide, or the explore screen. */
async function open(query: string, wait: 'slide' | 'explore' = 'slide'): Promise<OpenedPage> {
  const opened = await session.open(query);
  await opened.page
    .locator(wait === 'slide' ? 'main.presentation' : '.table-area tr[data-event-id]')
    .first()
    .waitFor();
  return opened;
}

const search = (page: Page) => new URL(page.url()).searchParams;
const caption = (page: Page) => page.locator('main.presentation .caption').textContent();
const counter = (page: Page) => page.locator('main.presentation .counter').textContent();
const citations = (page: Page) => page.locator('footer.sources li').allTextContents();

/** Waits until the slide shows step `n` (from 1) of the story, in English. */
async function atStep(page: Page, n: number): Promise<void> {
  await expect.poll(() => counter(page)).toBe(`${n} / ${steps.length}`);
  expect(await caption(page)).toBe(steps[n - 1]?.caption.en);
  expect(search(page).get('step')).toBe(String(n));
}

describe('presentation mode', () => {
  it('opens a story from a link at step 1: caption, progress, URL and cited sources', async () => {
    const { page } = await open(`?present=${story.id}`);
    await atStep(page, 1);
    expect(search(page).get('present')).toBe(story.id);
    expect(await page.locator('main.presentation h1').textContent()).toBe(story.title.en);
    const bar = page.locator('main.presentation progress');
    expect(await bar.getAttribute('value')).toBe('1');
    expect(await bar.getAttribute('max')).toBe(String(steps.length));
    expect(await bar.getAttribute('aria-label')).toBe(`Step 1 of ${steps.length}`);
    expect((await citations(page)).map((t) => t.trim())).toEqual(expectedCitations(0));
    // The explore screen is replaced, not hidden underneath.
    expect(await page.locator('.explore').count()).toBe(0);
  });

  it('moves to step 2 with →: caption, progress, URL, timeline, graph and footer follow its view', async () => {
    const { page } = await open(`?present=${story.id}`);
    await page.locator('.timeline[data-ready="true"]').waitFor();
    await page.keyboard.press('ArrowRight');
    await atStep(page, 2);
    const view = viewOf(1);
    expect(search(page).get('event')).toBe(view.selected);
    expect(search(page).get('start')).toBe(view.start);
    expect(search(page).get('level')).toBe(view.level);
    await page.locator('.timeline[data-ready="true"]').waitFor();
    await expect.poll(() => page.locator(`.vis-item.vis-selected [data-event-id="${view.selected}"]`).count()).toBe(1);
    const graph = buildAccusationGraph(dataset, { from: view.start, to: view.end, level: 'state' });
    const nodes = await page
      .locator('svg.graph [data-actor-id]')
      .evaluateAll((all) => all.map((n) => n.getAttribute('data-actor-id')).sort());
    expect(nodes).toEqual(graph.nodes.map((n) => n.id).sort());
    expect((await citations(page)).map((t) => t.trim())).toEqual(expectedCitations(1));
    await saveScreenshot(page, 'present-en');
  });

  it('answers a clicker and the keyboard: Page Down, Space, ←, Page Up, Home and End', async () => {
    const { page } = await open(`?present=${story.id}`);
    await page.keyboard.press('PageDown');
    await atStep(page, 2);
    await page.keyboard.press(' ');
    await atStep(page, 3);
    await page.keyboard.press('ArrowLeft');
    await atStep(page, 2);
    await page.keyboard.press('PageUp');
    await atStep(page, 1);
    await page.keyboard.press('PageUp');
    await atStep(page, 1);
    await page.keyboard.press('End');
    await atStep(page, steps.length);
    await page.keyboard.press('PageDown');
    await atStep(page, steps.length);
    expect((await citations(page)).map((t) => t.trim())).toEqual(expectedCitations(steps.length - 1));
    await page.keyboard.press('Home');
    await atStep(page, 1);
  });

  it('shows and hides the presenter notes with N', async () => {
    const { page } = await open(`?present=${story.id}&step=2`);
    await atStep(page, 2);
    const notes = page.locator('aside.notes');
    expect(await notes.count()).toBe(0);
    await page.keyboard.press('n');
    await expect.poll(() => notes.locator('p').textContent()).toBe(steps[1]?.notes.en);
    expect(await page.locator('[data-action="notes"]').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('N');
    await expect.poll(() => notes.count()).toBe(0);
  });

  it('stays on step 3 across a reload, and goes back to step 2', async () => {
    const { page } = await open(`?present=${story.id}`);
    await page.keyboard.press('ArrowRight');
    await atStep(page, 2);
    await page.keyboard.press('ArrowRight');
    await atStep(page, 3);
    await page.reload();
    await page.locator('main.presentation').waitFor();
    await atStep(page, 3);
    await page.goBack();
    await atStep(page, 2);
    await page.goForward();
    await atStep(page, 3);
  });

  it("exits with Esc to the explore screen, on the step's view", async () => {
    const { page } = await open(`?present=${story.id}&step=2`);
    await atStep(page, 2);
    await page.keyboard.press('Escape');
    await page.locator('.table-area tr[data-event-id]').first().waitFor();
    expect(await page.locator('main.presentation').count()).toBe(0);
    expect(search(page).get('present')).toBe(null);
    expect(search(page).get('step')).toBe(null);
    expect(search(page).get('event')).toBe(viewOf(1).selected);
    expect(await page.locator(`article.panel[data-event-id="${viewOf(1).selected}"]`).count()).toBe(1);
    // Back returns to the slide that was left.
    await page.goBack();
    await page.locator('main.presentation').waitFor();
    await atStep(page, 2);
  });

  it('opens from the Present button on the explore screen, and back returns to the explore screen', async () => {
    const other = validated.stories?.[1] as Story;
    const { page } = await open('?level=organization', 'explore');
    await page.locator('[data-control="story"]').selectOption(other.id);
    await page.locator('[data-action="present"]').click();
    await page.locator('main.presentation').waitFor();
    expect(await caption(page)).toBe(other.steps[0]?.caption.en);
    expect(search(page).get('present')).toBe(other.id);
    await page.goBack();
    await page.locator('.table-area tr[data-event-id]').first().waitFor();
    expect(search(page).get('level')).toBe('organization');
    expect(await page.locator('main.presentation').count()).toBe(0);
  });

  it('mirrors in Arabic: right to left, Arabic caption and sources, ← moves forward', async () => {
    const { page } = await open(`?present=${story.id}&lang=ar`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    expect(await caption(page)).toBe(steps[0]?.caption.ar);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => caption(page)).toBe(steps[1]?.caption.ar);
    expect(search(page).get('step')).toBe('2');
    expect(search(page).get('lang')).toBe('ar');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption(page)).toBe(steps[0]?.caption.ar);
    await page.keyboard.press('PageDown');
    await expect.poll(() => caption(page)).toBe(steps[1]?.caption.ar);
    const cited = (await citations(page)).join(' ');
    expect(cited).toMatch(/[\u0600-\u06FF]/);
    await page.locator('.timeline[data-ready="true"]').waitFor();
    expect(await page.locator('.vis-timeline.vis-rtl').count()).toBe(1);
    await page.keyboard.press('n');
    await page.locator('aside.notes').waitFor();
    await saveScreenshot(page, 'present-ar');
  });

  it('reports a link to a story that does not exist, and stays on the explore screen', async () => {
    const { page } = await open('?present=no-such-story&step=2', 'explore');
    const notice = page.getByRole('alert');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('present=no-such-story');
  });

  it('keeps a notes window on the current step, and lets it move the presentation', async () => {
    const { page, context } = await open(`?present=${story.id}&step=2`);
    const [notes] = await Promise.all([
      context.waitForEvent('page'),
      page.locator('[data-action="notes-window"]').click(),
    ]);
    const errors: string[] = [];
    notes.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    notes.on('pageerror', (error) => errors.push(error.message));
    await expect.poll(() => notes.locator('.notes-window .notes').textContent()).toBe(steps[1]?.notes.en);
    expect(await notes.locator('.notes-window .counter').textContent()).toBe(`2 / ${steps.length}`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => notes.locator('.notes-window .notes').textContent()).toBe(steps[2]?.notes.en);
    await notes.locator('[data-action="previous"]').click();
    await atStep(page, 2);
    await notes.keyboard.press('PageDown');
    await atStep(page, 3);
    expect(errors).toEqual([]);
    await notes.close();
  });

  it.each([
    ['en', ''],
    ['ar', '&lang=ar'],
  ])('has no axe violations in %s, with the notes shown', async (_lang, query) => {
    const { page } = await open(`?present=${story.id}&step=2${query}`);
    await page.keyboard.press('n');
    await page.locator('aside.notes').waitFor();
    await page.locator('.timeline[data-ready="true"]').waitFor();
    expect(await axeViolations(page, { exclude: '.vis-timeline' })).toEqual([]);
  });
});

describe('"Add current view as a step"', () => {
  it('builds a two-step story on the explore screen that presents like a curated one', async () => {
    const [first, second, third] = [viewOf(1), viewOf(2), viewOf(3)];
    const { page } = await open(
      `?event=${first.selected}&start=${first.start}&end=${first.end}&level=state`,
      'explore',
    );
    const add = page.locator('[data-action="add-step"]');
    const list = page.locator('.story-builder li');
    await add.click();
    await expect.poll(() => list.count()).toBe(1);
    const firstEvent = events.get(first.selected ?? '') as ResolvedEvent;
    expect(await list.first().locator('.caption').textContent()).toBe(firstEvent.summary.en);
    // Two more views, then the middle one is removed and the last moved first.
    await page.goto(`${new URL(page.url()).origin}/?event=${second.selected}&group=actor`);
    await page.locator('.table-area tr[data-event-id]').first().waitFor();
    // A reload loses the story: it is kept in memory only.
    expect(await list.count()).toBe(0);
    await add.click();
    await page.locator(`.table-area tr[data-event-id="${second.selected}"]`).click();
    await add.click();
    await page.locator(`.table-area tr[data-event-id="${third.selected}"]`).click();
    await add.click();
    await expect.poll(() => list.count()).toBe(3);
    await page.locator('[aria-label="Remove step 2"]').click();
    await expect.poll(() => list.count()).toBe(2);
    await page.locator('[aria-label="Move step 2 earlier"]').click();
    const thirdEvent = events.get(third.selected ?? '') as ResolvedEvent;
    expect(await list.first().locator('.caption').textContent()).toBe(thirdEvent.summary.en);
    // The caption and notes can be edited.
    await list.nth(1).locator('summary').click();
    await list.nth(1).locator('[data-field="caption-en"]').fill('The point of step two.');
    await list.nth(1).locator('[data-field="notes-en"]').fill('Say it slowly.');
    expect(await list.nth(1).locator('.caption').textContent()).toBe('The point of step two.');

    // It is listed with the curated stories, and presented from its own button.
    expect(await page.locator('[data-control="story"] option[value="my-story"]').count()).toBe(1);
    await page.locator('[data-action="present-my-story"]').click();
    await page.locator('main.presentation').waitFor();
    expect(await caption(page)).toBe(thirdEvent.summary.en);
    expect(await counter(page)).toBe('1 / 2');
    expect(search(page).get('event')).toBe(third.selected);
    expect(search(page).get('group')).toBe('actor');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter(page)).toBe('2 / 2');
    expect(await caption(page)).toBe('The point of step two.');
    expect(search(page).get('event')).toBe(second.selected);
    await page.keyboard.press('n');
    expect(await page.locator('aside.notes p').textContent()).toBe('Say it slowly.');
    await page.keyboard.press('Escape');
    await page.locator('.table-area tr[data-event-id]').first().waitFor();
    expect(await list.count()).toBe(2);
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
