/**
 * Embedding the Arabic font in a figure, cut down to the characters the figure uses: renders once to learn
 * its text, subsets the font with HarfBuzz (`subset-font`, which keeps the joining forms and ligatures the
 * text needs), then renders again with the subset declared in an `@font-face` rule. A figure with no Arabic
 * text gets no font. The caller supplies the font file, so this module reads nothing itself.
 */
import subsetFont from 'subset-font';
import type { ResolvedDataset } from '../model/resolve.ts';
import type { ViewState } from '../model/view-state.ts';
import { renderFigure, type FigureOptions } from './render.ts';
import { ARABIC_FAMILY } from './text-style.ts';

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;

/** Base64 without Node's Buffer, so that the browser can use this module too. */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let k = 0; k < bytes.length; k += 0x8000) binary += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(binary);
}

/** The distinct characters of a text, sorted, so that the subset depends only on the set. */
export function characterSet(text: string): string {
  return [...new Set(Array.from(text))].sort().join('');
}

/** The figure with a subset of `arabicWoff2` (Noto Naskh Arabic, WOFF2) embedded. */
export async function renderFigureWithFont(
  dataset: ResolvedDataset,
  view: ViewState,
  options: Omit<FigureOptions, 'font'>,
  arabicWoff2: Uint8Array,
): Promise<string> {
  const plain = renderFigure(dataset, view, options);
  const chars = characterSet(plain);
  if (!ARABIC.test(chars)) return plain;
  const subset = await subsetFont(arabicWoff2, chars, { targetFormat: 'woff2' });
  return renderFigure(dataset, view, { ...options, font: { family: ARABIC_FAMILY, woff2Base64: base64(subset) } });
}
