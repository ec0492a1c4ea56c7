/**
 * Text width without a browser. A figure is written as a string, so there is nothing to measure text with;
 * these are estimates from average glyph widths of Noto Sans and Noto Naskh Arabic, rounded up so that a
 * label judged to fit does fit. They decide where to truncate and wrap, never where text is anchored.
 */

/** Average advance of a character, in ems. */
function advance(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (char === ' ') return 0.28;
  if (code >= 0x0600 && code <= 0x06ff) return 0.44;
  if (code >= 0x0750 && code <= 0x08ff) return 0.44;
  if (code >= 0xfb50 && code <= 0xfeff) return 0.44;
  if (/[A-Z]/.test(char)) return 0.66;
  if (/[mwMW]/.test(char)) return 0.85;
  if (/[ilj.,:;'!|()[\]]/.test(char)) return 0.3;
  if (code >= 0x2e80) return 1;
  return 0.56;
}

/** Estimated width of `text` at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += advance(char);
  return ems * fontSize;
}

const ELLIPSIS = '…';

/** `text`, cut at a whole character and ended with an ellipsis if it is wider than `maxWidth`. */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = Array.from(text);
  let width = textWidth(ELLIPSIS, fontSize);
  let kept = 0;
  for (const char of chars) {
    const next = width + advance(char) * fontSize;
    if (next > maxWidth) break;
    width = next;
    kept += 1;
  }
  return kept === 0 ? '' : `${chars.slice(0, kept).join('').trimEnd()}${ELLIPSIS}`;
}

/**
 * `text` broken into lines at spaces, each at most `maxWidth` wide; a word wider than a line is truncated.
 * At most `maxLines` lines; the last one ends with an ellipsis when text is left over.
 */
export function wrap(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(' ').filter(Boolean);
  for (const [k, word] of words.entries()) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth || !line) {
      line = candidate;
      continue;
    }
    lines.push(truncate(line, maxWidth, fontSize));
    line = word;
    if (lines.length === maxLines) {
      const rest = [lines.pop() ?? '', ...words.slice(k)].join(' ');
      lines.push(truncate(rest, maxWidth, fontSize));
      return lines;
    }
  }
  if (line) lines.push(truncate(line, maxWidth, fontSize));
  return lines;
}
