/**
 * Import of the largest dataset through the app's import UI, when the app has one
 * (`input[type=file][data-testid="import-file"]`): the time from choosing the files to the event count showing
 * the imported total, and the slowest of the clicks made every 250 ms meanwhile, each timed from sending it to
 * the page having taken it. Without the input it says so, and nothing is measured.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { COLLECTIONS } from '../src/lib/model/schema.ts';
import { BENCH_DIST } from './build.ts';
import type { GeneratedDataset } from './generate.ts';
import { openProbedPage, waitForMark } from './page.ts';

export const IMPORT_INPUT = 'input[type=file][data-testid="import-file"]';

export interface ImportRun {
  readonly ms?: number;
  readonly clickMs?: number;
  readonly note?: string;
}

/** Imports `dataset` into the app at `url` (serving the bundled data) once. */
export async function measureImport(browser: Browser, url: string, dataset: GeneratedDataset): Promise<ImportRun> {
  const { page, close } = await openProbedPage(browser, url);
  try {
    if (!(await waitForMark(page, 'appReady', 60_000))) return { note: 'not measured: the app did not start' };
    if ((await page.locator(IMPORT_INPUT).count()) === 0) {
      return { note: `not measured: the app has no import input (${IMPORT_INPUT})` };
    }
    const folder = resolve(BENCH_DIST, 'import');
    mkdirSync(folder, { recursive: true });
    const files = COLLECTIONS.map((name) => {
      const path = resolve(folder, `${name}.json`);
      writeFileSync(path, JSON.stringify(dataset[name]));
      return path;
    });
    const total = String(dataset.events.length);
    const began = Date.now();
    await page.locator(IMPORT_INPUT).setInputFiles(files);
    const clicks: number[] = [];
    const heading = page.locator('h1').first();
    for (;;) {
      const shown = await page
        .locator('.timeline-area .count')
        .first()
        .textContent({ timeout: 1000 })
        .catch(() => '');
      if ((shown ?? '').replace(/\D/g, ' ').split(' ').includes(total)) break;
      if (Date.now() - began > 120_000) return { note: 'not measured: the import did not finish within 120 s' };
      const clicked = Date.now();
      await heading.click({ timeout: 10_000 }).catch(() => undefined);
      clicks.push(Date.now() - clicked);
      await page.waitForTimeout(250);
    }
    return { ms: Date.now() - began, clickMs: Math.max(0, ...clicks) };
  } finally {
    await close();
  }
}
