/**
 * Opening a dataset too large to prepare at once (30,000 events), in a real Chromium on the production build:
 * a waiting screen with a named progress bar, then the graph alone while the rest is prepared (the filters, the
 * timeline, the reader and the table each showing the same progress in their place), then everything, with no
 * error.
 * The order is recorded in the page as the DOM changes, so the test does not depend on when it looks.
 */
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate.ts';
import { COLLECTIONS } from '../../src/lib/model/schema.ts';
import { appSession } from './harness.ts';

const session = appSession();
const EVENTS = 30_000;

/** When each stage first showed, in ms of the page's clock, recorded by an observer set up before the app runs. */
function recordStages(): void {
  const seen: Record<string, number> = {};
  const marks: Record<string, string> = {
    waiting: 'main.loading[data-stage="preparing"] progress[aria-label]',
    graphAlone: '.explore svg.graph[data-graph-ready="true"]',
    preparingParts: '.explore .preparing progress[aria-label]',
    count: '.explore p.count',
    timeline: '.explore .vis-timeline',
  };
  const check = () => {
    for (const [name, selector] of Object.entries(marks)) {
      if (seen[name] === undefined && document.querySelector(selector)) seen[name] = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  Object.assign(window, { __stages: seen });
}

describe('a dataset too large to prepare at once', () => {
  it('shows a waiting screen, then its graph while the rest is prepared, then the whole explore screen', async () => {
    const dataset = generateDataset({ events: EVENTS, actors: 300, seed: 4 });
    const files: Record<string, string> = { stories: '[]' };
    for (const name of COLLECTIONS) files[name] = JSON.stringify(dataset[name]);
    const { page, record } = await session.open('', {
      beforeNavigation: async (fresh) => {
        await fresh.addInitScript(recordStages);
        await fresh.route(/\/data\/(\w+)\.json$/, (route) => {
          const name = /\/data\/(\w+)\.json$/.exec(route.request().url())?.[1] ?? '';
          const body = files[name];
          return body === undefined ? route.continue() : route.fulfill({ contentType: 'application/json', body });
        });
      },
    });
    await page.locator('.explore p.count').waitFor({ timeout: 60_000 });
    await page.locator('.explore .vis-timeline').waitFor({ timeout: 30_000 });
    expect(await page.locator('.explore p.count').textContent()).toContain(`of ${EVENTS} events`);
    // Nothing is left waiting once the count shows.
    expect(await page.locator('.preparing, main.loading').count()).toBe(0);
    expect(await page.locator('.explore form.filters').count()).toBe(1);
    const stages = await page.evaluate(() => (window as unknown as { __stages: Record<string, number> }).__stages);
    expect(Object.keys(stages).sort()).toEqual(['count', 'graphAlone', 'preparingParts', 'timeline', 'waiting']);
    const at = (name: string) => stages[name] ?? Number.NaN;
    expect(at('waiting')).toBeLessThan(at('preparingParts'));
    expect(at('graphAlone')).toBeLessThanOrEqual(at('count'));
    expect(at('preparingParts')).toBeLessThan(at('count'));
    expect(at('count')).toBeLessThanOrEqual(at('timeline'));
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
