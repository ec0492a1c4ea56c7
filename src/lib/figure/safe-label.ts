/**
 * Text from the dataset, made fit to print on one line of a figure. The validator rejects these characters
 * at the boundary; the figure checks again because it is also handed data built in memory, and a label that
 * reorders its neighbours or breaks the XML would misreport the evidence silently.
 */

/** Bidi controls: embeddings, overrides, isolates and the directional marks. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** C0 and C1 controls, and lone surrogates. Line breaks and tabs are handled before this. */
const INVISIBLE_OR_BROKEN =
  /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The character shown in place of what was removed, so that the reader sees that something was there. */
export const REPLACEMENT = '\uFFFD';

/**
 * One line of label text: whitespace runs (line breaks and tabs included) become one space; bidi controls,
 * control characters and lone surrogates become U+FFFD, visible and inert.
 */
export function safeLabel(text: string): string {
  return text
    .replace(/[\t\n\r\u2028\u2029]+/g, ' ')
    .replace(BIDI_CONTROLS, REPLACEMENT)
    .replace(INVISIBLE_OR_BROKEN, REPLACEMENT)
    .replace(/ {2,}/g, ' ')
    .trim();
}
