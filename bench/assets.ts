/**
 * The JavaScript and CSS a page loaded before its first render, as the browser fetched them (resource
 * timing), each file gzip-compressed here with node:zlib at the default level, as a server would send it.
 * Two totals of JavaScript: the initial code — the entry module and what `index.html` preloads with it, which
 * the browser must have before the app can show anything — and everything fetched before the first render,
 * which adds the chunks and workers the app requests at start-up in parallel (the timeline widget, the data
 * worker).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface InitialAssets {
  /** Gzip bytes of the initial JavaScript: the entry module and its preloaded static imports. */
  readonly entryJsGzip: number;
  /** Gzip bytes of all JavaScript fetched before the first render, lazy chunks and workers included. */
  readonly jsGzip: number;
  readonly cssGzip: number;
  /** Each file counted, with its gzip size. */
  readonly files: readonly { readonly path: string; readonly gzip: number }[];
}

/** The assets the page at `siteRoot` fetched before `before` (ms since navigation). */
export async function initialAssets(page: Page, siteRoot: string, before: number): Promise<InitialAssets> {
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime })),
  );
  const html = readFileSync(resolve(siteRoot, 'index.html'), 'utf8');
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => new URL(m[1] ?? '', 'http://x/').pathname),
  );
  const files: { path: string; gzip: number }[] = [];
  let entryJsGzip = 0;
  let jsGzip = 0;
  let cssGzip = 0;
  for (const { name, start } of entries) {
    const path = new URL(name).pathname;
    const isJs = path.endsWith('.js');
    if (start > before || (!isJs && !path.endsWith('.css'))) continue;
    const gzip = gzipSync(readFileSync(resolve(siteRoot, `.${path}`))).length;
    files.push({ path, gzip });
    if (!isJs) cssGzip += gzip;
    else {
      jsGzip += gzip;
      if (initial.has(path)) entryJsGzip += gzip;
    }
  }
  return { entryJsGzip, jsGzip, cssGzip, files };
}
