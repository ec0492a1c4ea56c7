/**
 * The accusation graph's edges in a real Chromium, on the production build and the bundled dataset: each
 * edge is one element, the keyboard reaches them through one tab stop and moves between them with the
 * arrows, and a pointer near an edge finds it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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
