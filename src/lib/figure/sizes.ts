/**
 * The page sizes a figure can be drawn at, in CSS pixels (A4 at 96 dpi), and the type scale for each: the
 * figure is laid out anew at each size rather than scaled, so text stays the same readable size on paper.
 */

export type FigureSize = 'slide' | 'a4-portrait' | 'a4-landscape' | 'square';
export const FIGURE_SIZES: readonly FigureSize[] = ['slide', 'a4-portrait', 'a4-landscape', 'square'];

export interface Page {
  readonly width: number;
  readonly height: number;
  /** Space kept clear on every side. */
  readonly margin: number;
  /** Body text size: subtitle and legend; other sizes derive from it. */
  readonly fontSize: number;
}

const PAGES: Record<FigureSize, Page> = {
  // 16:9, the common slide format.
  slide: { width: 1600, height: 900, margin: 36, fontSize: 17 },
  // 210 × 297 mm at 96 dpi.
  'a4-portrait': { width: 794, height: 1123, margin: 30, fontSize: 12 },
  'a4-landscape': { width: 1123, height: 794, margin: 30, fontSize: 12 },
  square: { width: 1000, height: 1000, margin: 32, fontSize: 14 },
};

/** The page for a size name. */
export function pageFor(size: FigureSize): Page {
  return PAGES[size];
}

/** Text sizes of the parts of a figure, from the page's body size. */
export interface TypeScale {
  readonly title: number;
  readonly subtitle: number;
  readonly legend: number;
  readonly label: number;
  readonly axis: number;
  readonly caption: number;
}

export function typeScale(page: Page): TypeScale {
  const s = page.fontSize;
  return { title: s * 1.6, subtitle: s, legend: s * 0.9, label: s * 0.78, axis: s * 0.78, caption: s * 0.75 };
}
