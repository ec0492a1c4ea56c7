/**
 * The root of every figure: a self-contained SVG document with its size, a white background, an accessible
 * name and description (`role="img"`, `<title>` and `<desc>` named by `aria-labelledby`), its language, the
 * font stack, and definitions. No scripts, no event handlers and no references outside the document.
 */
import type { Lang } from '../model/view-state.ts';
import { fontFaceStyle, type EmbeddedFont } from './font-face.ts';
import { FONT_STACKS } from './text-style.ts';
import { el, textEl } from './xml.ts';

/** Ids of the title and description; fixed, so that the same figure prints the same bytes. */
const TITLE_ID = 'chronograph-figure-title';
const DESC_ID = 'chronograph-figure-desc';

export interface DocumentParts {
  readonly width: number;
  readonly height: number;
  readonly lang: Lang;
  readonly title: string;
  readonly description: string;
  /** Markup for `<defs>`: patterns and markers. */
  readonly defs: string;
  /** The figure's parts, drawn in order over the background. */
  readonly body: readonly string[];
  readonly font?: EmbeddedFont | undefined;
}

export function svgDocument(parts: DocumentParts): string {
  const { width, height, lang } = parts;
  const root = {
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': `${TITLE_ID} ${DESC_ID}`,
    lang,
    'xml:lang': lang,
    direction: lang === 'ar' ? 'rtl' : 'ltr',
    'font-family': FONT_STACKS[lang],
  };
  const svg = el(
    'svg',
    root,
    textEl('title', { id: TITLE_ID }, parts.title),
    textEl('desc', { id: DESC_ID }, parts.description),
    el('defs', {}, parts.font ? fontFaceStyle(parts.font) : '', parts.defs),
    el('rect', { width, height, fill: '#FFFFFF' }),
    ...parts.body,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
