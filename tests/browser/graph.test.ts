/**
 * The accusation graph's edges in a real Chromium, on the production build: on the bundled dataset each
 * edge is one element, the keyboard reaches them through one tab stop and moves between them with the
 * arrows, and a pointer near an edge finds it; on a generated dataset whose graph has thousands of edges,
 * the edges are drawn merged, and the keyboard and the pointer still reach each one.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate.ts';
import { COLLECTIONS } from '../../src/lib/model/schema.ts';
import { appSession } from './harness.ts';

const session = appSession();

async function open(query = ''): Promise<Page> {
  const { page } = await session.open(query);
  await page.locator('svg.graph[data-graph-ready="true"] path.edge').first().waitFor();
  return page;
}

/** The focused element's edge, as `from→to→kind`, or undefined if the focus is not on an edge. */
const focusedEdge = (page: Page) =>
  page.evaluate(() => {
    const path = document.activeElement;
    if (!(path instanceof SVGPathElement) || !path.classList.contains('edge')) return undefined;
    return `${path.dataset['from']}→${path.dataset['to']}→${path.dataset['kind']}`;
  });

const edgeKeys = (page: Page) =>
  page
    .locator('svg.graph path.edge')
    .evaluateAll((paths) =>
      paths.map((p) => `${p.getAttribute('data-from')}→${p.getAttribute('data-to')}→${p.getAttribute('data-kind')}`),
    );

describe('the graph’s edges', () => {
  it('draws each edge as one element, named, with one tab stop among them all', async () => {
    const page = await open();
    const edges = page.locator('svg.graph path.edge');
    const count = await edges.count();
    expect(count).toBeGreaterThan(3);
    expect(await page.locator('svg.graph .edges > *').count()).toBe(count);
    expect(await page.locator('svg.graph path.edge[tabindex="0"]').count()).toBe(1);
    expect(await page.locator('svg.graph path.edge[role="button"][aria-label]').count()).toBe(count);
  });

  it('gives every edge one arrowhead at its end, drawn in one path per kind', async () => {
    const page = await open();
    for (const kind of ['accusation', 'denial']) {
      const ends = await page.locator(`svg.graph path.edge.${kind}`).evaluateAll((paths) =>
        paths.map((p) => {
          const length = (p as SVGPathElement).getTotalLength();
          const end = (p as SVGPathElement).getPointAtLength(length);
          return [end.x, end.y];
        }),
      );
      const d = (await page.locator(`svg.graph path.arrowheads.${kind}`).getAttribute('d')) ?? '';
      const triangles = [...d.matchAll(/M[^Z]*Z/g)].map((m) => [...m[0].matchAll(/(-?[\d.]+),(-?[\d.]+)/g)]);
      expect(triangles).toHaveLength(ends.length);
      // Each triangle's base is centred 0.9 of its length behind the edge's end and its tip 0.1 beyond it.
      triangles.forEach((points, k) => {
        const [a, tip, b] = points.map((m) => [Number(m[1]), Number(m[2])]);
        const [x = NaN, y = NaN] = ends[k] ?? [];
        const baseMid = [((a?.[0] ?? 0) + (b?.[0] ?? 0)) / 2, ((a?.[1] ?? 0) + (b?.[1] ?? 0)) / 2];
        expect(0.9 * (tip?.[0] ?? 0) + 0.1 * (baseMid[0] ?? 0)).toBeCloseTo(x, 0);
        expect(0.9 * (tip?.[1] ?? 0) + 0.1 * (baseMid[1] ?? 0)).toBeCloseTo(y, 0);
      });
    }
  });

  it('moves the focus along the edges with the arrow keys, without stepping through time, and opens one with Enter', async () => {
    const page = await open();
    const keys = await edgeKeys(page);
    await page.locator('svg.graph path.edge[tabindex="0"]').focus();
    expect(await focusedEdge(page)).toBe(keys[0]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await focusedEdge(page)).toBe(keys[2]);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedEdge(page)).toBe(keys[1]);
    expect(new URL(page.url()).searchParams.get('event')).toBeNull();
    await page.keyboard.press('End');
    expect(await focusedEdge(page)).toBe(keys.at(-1));
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    // The focused edge now holds the tab stop.
    expect(await page.locator('svg.graph path.edge[tabindex="0"]').evaluate((p) => p === document.activeElement)).toBe(
      true,
    );
    await page.keyboard.press('Enter');
    const [from, to] = (keys[1] ?? '').split('→');
    await expect.poll(() => page.locator('.edge-list li[data-event-id]').count()).toBeGreaterThan(0);
    expect(await page.locator(`path.edge[data-from="${from}"][data-to="${to}"][aria-pressed="true"]`).count()).toBe(1);
  });

  it('shows the edge under the pointer, with its label, and opens it on a click beside its stroke', async () => {
    const page = await open();
    const edge = page.locator('svg.graph path.edge').first();
    // The pointer reaches only what is on screen: the graph sits below the timeline.
    await edge.scrollIntoViewIfNeeded();
    const point = await edge.evaluate((path) => {
      const line = path as SVGPathElement;
      const p = line.getPointAtLength(line.getTotalLength() / 2);
      const m = line.getScreenCTM();
      if (!m) throw new Error('edge not rendered');
      // Two units off the stroke, sideways: still on the edge for a pointer.
      const screen = new DOMPoint(p.x, p.y + 2).matrixTransform(m);
      return { x: screen.x, y: screen.y };
    });
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.locator('svg.graph path.edge-hover').count()).toBe(1);
    expect(await page.locator('svg.graph text.pointed').textContent()).toBe(await edge.getAttribute('aria-label'));
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator('.edge-list li[data-event-id]').count()).toBeGreaterThan(0);
  });
});

/** A generated dataset (10,000 events, 300 actors: some 1,700 edges), as the files the app loads; made once. */
let largeFiles: Record<string, string> | undefined;
function large(): Record<string, string> {
  if (largeFiles) return largeFiles;
  const dataset = generateDataset({ events: 10_000, actors: 300, seed: 6 });
  const files: Record<string, string> = { stories: '[]' };
  for (const name of COLLECTIONS) files[name] = JSON.stringify(dataset[name]);
  return (largeFiles = files);
}

/** Opens the app on the generated dataset, served in place of the bundled one from the first request on. */
async function openLarge(): Promise<Page> {
  const files = large();
  const { page } = await session.open('', {
    beforeNavigation: async (fresh) => {
      await fresh.route(/\/data\/(\w+)\.json$/, (route) => {
        const name = /\/data\/(\w+)\.json$/.exec(route.request().url())?.[1] ?? '';
        const body = files[name];
        return body === undefined ? route.continue() : route.fulfill({ contentType: 'application/json', body });
      });
    },
  });
  await page.locator('svg.graph[data-graph-ready="true"] path.strokes').first().waitFor({ timeout: 30_000 });
  return page;
}

/** How many subpaths (one per edge) and how many triangles (one per arrowhead) the drawing holds. */
const drawnCounts = (page: Page) =>
  page.evaluate(() => {
    const count = (selector: string, mark: string) =>
      [...document.querySelectorAll(selector)].reduce(
        (sum, p) => sum + (p.getAttribute('d') ?? '').split(mark).length - 1,
        0,
      );
    return { edges: count('svg.graph path.strokes', 'M'), heads: count('svg.graph path.arrowheads', 'Z') };
  });

describe('the edges of a graph of thousands of edges', () => {
  it('are drawn merged into a few paths, each edge with its arrowhead, with one tab stop among them', async () => {
    const page = await openLarge();
    const { edges, heads } = await drawnCounts(page);
    expect(edges).toBeGreaterThan(1000);
    expect(heads).toBe(edges);
    expect(await page.locator('svg.graph .edges > *').count()).toBeLessThan(30);
    expect(await page.locator('svg.graph .edges [tabindex]').count()).toBe(1);
    expect(await page.locator('svg.graph path.edge[tabindex="0"][role="button"][aria-label]').count()).toBe(1);
  });

  it('moves the focus from edge to edge with the arrow keys, each named, and opens one with Enter', async () => {
    const page = await openLarge();
    await page.locator('svg.graph path.edge[tabindex="0"]').focus();
    const first = await focusedEdge(page);
    await page.keyboard.press('ArrowRight');
    const second = await focusedEdge(page);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBeTruthy();
    await page.keyboard.press('ArrowLeft');
    expect(await focusedEdge(page)).toBe(first);
    expect(new URL(page.url()).searchParams.get('event')).toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.edge-list li[data-event-id]').count()).toBeGreaterThan(0);
    const [from, to, kind] = (first ?? '').split('→');
    const pressed = `svg.graph path.edge[data-from="${from}"][data-to="${to}"][data-kind="${kind}"][aria-pressed="true"]`;
    expect(await page.locator(pressed).count()).toBe(1);
  });

  it('finds the edge under the pointer on a merged stroke, names it, and opens it on a click', async () => {
    const page = await openLarge();
    // The middle of a long straight edge that no node covers.
    const point = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('svg.graph');
      const m = svg?.getScreenCTM();
      if (!svg || !m) return undefined;
      for (const path of document.querySelectorAll('svg.graph path.strokes.accusation')) {
        for (const sub of (path.getAttribute('d') ?? '').split(/(?=M)/)) {
          const [x1, y1, x2, y2] = (/^M([\d.-]+),([\d.-]+)L([\d.-]+),([\d.-]+)$/.exec(sub)?.slice(1) ?? []).map(Number);
          if (x1 === undefined || y1 === undefined || x2 === undefined || y2 === undefined) continue;
          if (Math.hypot(x2 - x1, y2 - y1) < 60) continue;
          const p = new DOMPoint((x1 + x2) / 2, (y1 + y2) / 2).matrixTransform(m);
          const hit = document.elementFromPoint(p.x, p.y);
          if (hit && svg.contains(hit) && !hit.closest('.node')) return { x: p.x, y: p.y };
        }
      }
      return undefined;
    });
    if (!point) throw new Error('no edge clear of the nodes');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.locator('svg.graph path.edge-hover').count()).toBe(1);
    expect(await page.locator('svg.graph text.pointed').textContent()).toMatch(/\S/);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator('.edge-list li[data-event-id]').count()).toBeGreaterThan(0);
  });
});
