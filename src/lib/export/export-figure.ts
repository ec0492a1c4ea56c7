/**
 * Exporting the current view as a figure, in the browser: the same pure renderer as `npm run figure`, so the
 * same view gives the same SVG bytes, then a PNG drawn from that SVG. This module is loaded on first use.
 */
import { renderFigure, type FigureOptions } from '../figure/render.ts';
import { pageFor } from '../figure/sizes.ts';
import type { ResolvedDataset } from '../model/resolve.ts';
import type { ViewState } from '../model/view-state.ts';
import { arabicFont } from './arabic-font.ts';
import { download } from './download.ts';
import { svgToPng } from './svg-to-png.ts';

export type ExportFormat = 'svg' | 'png';

export interface ExportRequest extends Omit<FigureOptions, 'font'> {
  readonly format: ExportFormat;
  /** PNG scale: 1, 2 or 3. */
  readonly scale: 1 | 2 | 3;
  /** Embed the Arabic font (always done for PNG, whose SVG image cannot see the page's fonts). */
  readonly embedFont: boolean;
}

/** The file name for an export: kind, language, size and the view's window. */
export function fileName(view: ViewState, request: ExportRequest): string {
  const period = view.window ? `-${view.window.start}-${view.window.end}` : '';
  const scale = request.format === 'png' && request.scale > 1 ? `@${request.scale}x` : '';
  return `chronograph-${request.kind}-${request.lang}-${request.size}${period}${scale}.${request.format}`;
}

/** Renders and downloads one figure. */
export async function exportFigure(dataset: ResolvedDataset, view: ViewState, request: ExportRequest): Promise<void> {
  const font = request.embedFont || request.format === 'png' ? await arabicFont() : undefined;
  const svg = renderFigure(dataset, view, { kind: request.kind, size: request.size, lang: request.lang, font });
  if (request.format === 'svg') {
    download(fileName(view, request), new Blob([svg], { type: 'image/svg+xml' }));
    return;
  }
  const page = pageFor(request.size);
  download(fileName(view, request), await svgToPng(svg, page.width, page.height, request.scale));
}
