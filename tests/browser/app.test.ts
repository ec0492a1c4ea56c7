/**
 * The production build in a real Chromium: the app a user opens must show the whole bundled dataset, and
 * must do it without an error, a blocked script or style, or a request that leaves this machine.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openPage,
  saveScreenshot,
  startPreview,
  type OpenedPage,
  type PreviewServer,
} from './harness.ts';

/** The ids of the bundled events, read from the file itself rather than through the app's own loader. */
function bundledEventIds(): string[] {
  const text = readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8');
  const events = v.parse(v.array(v.object({ id: v.string() })), JSON.parse(text));
  return events.map((event) => event.id);
}

let browser: Browser | undefined;
let server: PreviewServer | undefined;
let opened: OpenedPage | undefined;

beforeAll(async () => {
  server = await startPreview();
  browser = await launchBrowser();
  opened = await openPage(browser, server.url);
});

afterAll(async () => {
  await opened?.close();
  await browser?.close();
  await server?.close();
});

/** The page under test; the hooks above guarantee it before any test runs. */
function app(): OpenedPage {
  if (!opened) throw new Error('the page did not open: see the error from beforeAll');
  return opened;
}

describe('the production build, opened in Chromium', () => {
  it('lists every event of data/events.json exactly once, by its id', async () => {
    const { page } = app();
    const items = page.locator('.table-area tr[data-event-id]');
    await items.first().waitFor();
    // The table draws its first rows at once and the rest of its page in idle time, then says it is done.
    await page.locator('.table-area table[aria-busy="false"]').waitFor();
    await saveScreenshot(page, 'explore-en');

    const shown = await items.evaluateAll((elements) => elements.map((row) => row.getAttribute('data-event-id')));
    const expected = bundledEventIds();
    expect(shown).toHaveLength(expected.length);
    expect([...shown].sort()).toEqual([...expected].sort());
  });

  it('is titled "Chronograph"', async () => {
    expect(await app().page.title()).toBe('Chronograph');
  });

  it('is served cross-origin isolated, with the full-resolution clock that brings', async () => {
    const { page } = app();
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
    // Without isolation Chromium rounds performance.now() to 100 µs, so 10 ms of reading it shows at most
    // about 100 values, each at least 0.1 ms from the last; isolated, it is rounded to 5 µs. How many values
    // show also depends on how much of the 10 ms the page's thread gets (the data worker and the page start
    // reading the dataset alongside), so the count is only bounded from below by the rounding's own limit, and
    // the smallest step between two readings tells the rounding itself.
    const { distinct, step } = await page.evaluate(() => {
      const seen: number[] = [];
      const end = performance.now() + 10;
      for (let now = performance.now(); now < end; now = performance.now()) {
        if (seen[seen.length - 1] !== now) seen.push(now);
      }
      const steps = seen.slice(1).map((now, k) => now - (seen[k] ?? now));
      return { distinct: seen.length, step: Math.min(...steps) };
    });
    expect(distinct).toBeGreaterThan(150);
    expect(step).toBeLessThan(0.05);
  });

  it('asks for the Arabic face at start-up, before the dataset, not when the first layout finds Arabic text', async () => {
    const { page } = app();
    await page.locator('html[data-app="ready"]').waitFor();
    const started = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, at: entry.startTime })),
    );
    const at = (pattern: RegExp) => started.find((entry) => pattern.test(entry.name))?.at ?? NaN;
    const face = at(/noto-naskh-arabic-arabic-400-normal[^/]*\.woff2$/);
    const events = at(/\/data\/events\.json$/);
    expect(face).toBeLessThan(events);
  });

  // Last, so that it also covers whatever the tests above made the page do.
  it('logs no error, throws nothing, breaks no CSP directive and requests nothing off this machine', () => {
    expect(app().record).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], offMachineRequests: [] });
  });
});
