/** The figure renderer's public face; every name is defined in the module it comes from. */
export { renderFigure, FIGURE_KINDS, type FigureKind, type FigureOptions } from './render.ts';
export { renderFigureWithFont } from './embed-font.ts';
export { FIGURE_SIZES, pageFor, type FigureSize } from './sizes.ts';
export type { EmbeddedFont } from './font-face.ts';
