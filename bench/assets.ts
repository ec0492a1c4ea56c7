/**
 * The JavaScript and CSS a page loaded before its first render, as the browser fetched them (resource
 * timing), each file gzip-compressed here with node:zlib at the default level, as a server would send it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface InitialAssets {
  /** Total gzip bytes of the JavaScript, workers included. */
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
  const files: { path: string; gzip: number }[] = [];
  let jsGzip = 0;
  let cssGzip = 0;
  for (const { name, start } of entries) {
    const path = new URL(name).pathname;
    const isJs = path.endsWith('.js');
    if (start > before || (!isJs && !path.endsWith('.css'))) continue;
    const gzip = gzipSync(readFileSync(resolve(siteRoot, `.${path}`))).length;
    files.push({ path, gzip });
    if (isJs) jsGzip += gzip;
    else cssGzip += gzip;
  }
  return { jsGzip, cssGzip, files };
}
