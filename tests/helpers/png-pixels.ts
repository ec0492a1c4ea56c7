/**
 * Comparing pictures without a picture library: PNGs decoded with pngjs, the share of pixels unlike the
 * background, and a coarse grid of mean grey levels, so that two renderers' pictures can be compared where
 * they agree (layout, ink) and not where they may differ (anti-aliasing, hinting).
 */
import { PNG } from 'pngjs';

export interface Picture {
  readonly width: number;
  readonly height: number;
  /** RGBA, row by row. */
  readonly data: Uint8Array;
}

export function decodePng(bytes: Uint8Array): Picture {
  const png = PNG.sync.read(Buffer.from(bytes));
  return { width: png.width, height: png.height, data: png.data };
}

function grey(p: Picture, k: number): number {
  const alpha = (p.data[k + 3] ?? 0) / 255;
  const mix = (c: number | undefined) => (c ?? 0) * alpha + 255 * (1 - alpha);
  return 0.299 * mix(p.data[k]) + 0.587 * mix(p.data[k + 1]) + 0.114 * mix(p.data[k + 2]);
}

/** Share of pixels whose grey level differs from white by more than `tolerance`. */
export function inkShare(p: Picture, tolerance = 24): number {
  let ink = 0;
  for (let k = 0; k < p.data.length; k += 4) if (255 - grey(p, k) > tolerance) ink += 1;
  return ink / (p.width * p.height);
}

/** Mean grey level of each cell of a `columns` × `rows` grid over the picture. */
export function greyGrid(p: Picture, columns: number, rows: number): number[] {
  const sums = new Array<number>(columns * rows).fill(0);
  const counts = new Array<number>(columns * rows).fill(0);
  for (let y = 0; y < p.height; y += 1) {
    for (let x = 0; x < p.width; x += 1) {
      const cell = Math.floor((y * rows) / p.height) * columns + Math.floor((x * columns) / p.width);
      sums[cell] = (sums[cell] ?? 0) + grey(p, (y * p.width + x) * 4);
      counts[cell] = (counts[cell] ?? 0) + 1;
    }
  }
  return sums.map((s, k) => s / Math.max(1, counts[k] ?? 1));
}

/** Mean absolute difference of two grids of grey levels (0–255). */
export function meanDifference(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`grids differ in size: ${a.length} and ${b.length}`);
  return a.reduce((sum, v, k) => sum + Math.abs(v - (b[k] ?? 0)), 0) / a.length;
}
