/**
 * An embedded font, as a CSS `@font-face` rule with the font in a `data:` URI. Chromium uses it; librsvg
 * and resvg ignore `@font-face` and use the installed font of the same family, which is why the embedded face
 * keeps the family name of the stack.
 */
import { escapeXml } from './xml.ts';

export interface EmbeddedFont {
  /** The family name the rule declares; `Noto Naskh Arabic` for the app's Arabic font. */
  readonly family: string;
  /** The font file, WOFF2, base64-encoded. */
  readonly woff2Base64: string;
}

/** A `<style>` element declaring the font. Base64 and a quoted family name need no further escaping in CSS. */
export function fontFaceStyle(font: EmbeddedFont): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(font.woff2Base64)) throw new Error('embedded font: invalid base64');
  if (!/^[A-Za-z0-9 -]+$/.test(font.family)) throw new Error(`embedded font: invalid family: ${font.family}`);
  const rule =
    `@font-face{font-family:'${font.family}';font-style:normal;font-weight:400;` +
    `src:url(data:font/woff2;base64,${font.woff2Base64}) format('woff2')}`;
  return `<style>${escapeXml(rule)}</style>`;
}
