/**
 * Opening a page for measurement: a fresh browser context (empty cache, as a first visit), the window size
 * and time zone the browser tests use, the probe installed before the page's scripts, and the page's
 * uncaught errors collected so that a broken page is reported rather than measured.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { installProbe, MARKERS, type Mark } from './probe.ts';

export interface ProbedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Uncaught exceptions in the page. */
  readonly errors: string[];
  readonly close: () => Promise<void>;
}

/** Opens `url` with the probe installed; navigation starts before this returns. */
export async function openProbedPage(browser: Browser, url: string): Promise<ProbedPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en',
    timezoneId: 'UTC',
    serviceWorkers: 'block',
  });
  // tsx compiles named functions with esbuild's `__name` helper, which functions serialised into the page
  // bring along but do not define; an identity stand-in keeps them working.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(installProbe, MARKERS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'commit' });
  return { page, context, errors, close: () => context.close() };
}

/** Waits for a marker's painted time; undefined if it does not appear within `timeoutMs`. */
export async function waitForMark(page: Page, name: string, timeoutMs: number): Promise<Mark | undefined> {
  try {
    const handle = await page.waitForFunction((mark) => window.__chronographBench?.marks[mark], name, {
      timeout: timeoutMs,
      polling: 50,
    });
    const mark = await handle.jsonValue();
    return mark ?? undefined;
  } catch {
    return undefined;
  }
}

/** The JS heap in use on the page's main thread after a full garbage collection, in bytes. */
export async function heapUsed(page: Page): Promise<number | undefined> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  } finally {
    await session.detach();
  }
}
