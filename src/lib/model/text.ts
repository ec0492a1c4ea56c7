/**
 * Rules for the free text a dataset holds: what makes a string blank, what counts as an invisible or
 * direction-changing character, and how long each kind of text may be. The schema and the validator both
 * read these, so a rule is stated once.
 */

/** Characters that reorder the text around them (embeddings, overrides, isolates, marks). */
export const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Characters that take no space: zero-width spaces and joiners, the word joiner, soft hyphen, BOM. */
export const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/u;

/** C0 and C1 control characters other than tab and line breaks. */
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/**
 * Whether a string holds a UTF-16 surrogate that is not half of a pair, which no encoder can write as UTF-8.
 * The engine's own test: every text of a dataset passes here, and it is several times faster than a pattern.
 */
export function hasLoneSurrogate(text: string): boolean {
  return !text.isWellFormed();
}

/** The longest text each field may hold, in UTF-16 code units. */
export const MAX_LENGTH = {
  id: 80,
  name: 200,
  summary: 1000,
  note: 2000,
  quote: 2000,
} as const;

/** One character that is not white space, invisible or a bidi control: the classes above, negated together. */
const VISIBLE = new RegExp(`[^\\s${INVISIBLE.source.slice(1, -1)}${BIDI_CONTROL.source.slice(1, -1)}]`, 'u');

/** True when a string has nothing visible: only white space, invisible and bidi characters, or nothing. */
export function isBlank(text: string): boolean {
  // Every text field of every record passes here, so this is one test that allocates nothing.
  return !VISIBLE.test(text);
}

/** Code points of the form U+XXXX, as a reader can look them up. */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character of `text` that `pattern` matches, named by its code point, or undefined. */
export function firstMatch(text: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(text);
  return match ? codePoint(match[0]) : undefined;
}
