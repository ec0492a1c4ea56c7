/**
 * The benchmark's probe, in a real Chromium: a click's answer is timed from the press's input to the frame
 * painted after the click's handlers — so a handler that holds the page for 150 ms makes an answer at least
 * that long — with one answer per click, and presses made by script not counted; and its frame recorder counts
 * each frame once.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProbedPage } from '../../bench/page.ts';
import { serveStatic, type StaticServer } from '../../bench/serve.ts';
import { launchBrowser } from './harness.ts';

const HOLD_MS = 150;

// The page's script is a file of its own: the server sends the app's CSP, which runs no inline script.
const PAGE = `<!doctype html><meta charset="utf-8"><title>probe</title>
<button id="quick">quick</button> <button id="slow">slow</button> <output id="out">0</output>
<script src="page.js"></script>`;

const SCRIPT = `
const out = document.getElementById('out');
document.getElementById('quick').addEventListener('click', () => { out.textContent = 'quick'; });
document.getElementById('slow').addEventListener('click', () => {
  const until = performance.now() + ${HOLD_MS};
  while (performance.now() < until) {}
  out.textContent = 'slow';
});
`;

let folder: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'chronograph-probe-'));
  writeFileSync(join(folder, 'index.html'), PAGE);
  writeFileSync(join(folder, 'page.js'), SCRIPT);
  server = await serveStatic(folder);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The answers the probe has recorded so far. */
const answers = (page: Page) => page.evaluate(() => [...(window.__chronographBench?.inputAnswers ?? [])]);

describe("the benchmark probe's click answers", () => {
  it('times each click from its press to the frame after its handlers, the handlers included', async () => {
    const { page, close, errors } = await openProbedPage(browser, server.url);
    try {
      await page.locator('#quick').waitFor();
      await page.locator('#quick').click();
      await page.waitForFunction(() => window.__chronographBench?.inputAnswers.length === 1);
      await page.locator('#slow').click();
      await page.waitForFunction(() => window.__chronographBench?.inputAnswers.length === 2);
      const [quick, slow] = await answers(page);
      expect(quick).toBeGreaterThan(0);
      expect(slow).toBeGreaterThanOrEqual(HOLD_MS);
      expect(slow).toBeGreaterThan(quick ?? Infinity);
      await expect(page.locator('#out').textContent()).resolves.toBe('slow');

      // A click made by script is not the reader's, and adds no answer.
      await page.evaluate(() => document.getElementById('quick')?.click());
      await page.waitForTimeout(100);
      expect(await answers(page)).toHaveLength(2);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("the benchmark probe's frame recorder", () => {
  it('records each frame once when a recording starts again just after one stops', async () => {
    const { page, close } = await openProbedPage(browser, server.url);
    try {
      await page.locator('#quick').waitFor();
      // Stopped and started again in one task: the first recording's next frame is still requested.
      const intervals = await page.evaluate(async () => {
        const probe = window.__chronographBench;
        if (!probe) throw new Error('no probe');
        probe.startFrames();
        await new Promise((done) => setTimeout(done, 100));
        probe.stopFrames();
        probe.startFrames();
        await new Promise((done) => setTimeout(done, 300));
        return probe.stopFrames().intervals;
      });
      expect(intervals.length).toBeGreaterThan(5);
      // Frames are at least a few milliseconds apart; two loops would record pairs in the same frame.
      expect(Math.min(...intervals)).toBeGreaterThan(4);
    } finally {
      await close();
    }
  });
});
