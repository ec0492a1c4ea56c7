/**
 * Provenance: does a piece of evidence say exactly what its article says, where it says it? The rules
 * follow the W3C Web Annotation selectors: the quote must be the text between `start` and `end` (exact
 * code points, not a normalised match), and when the quote occurs more than once the `prefix` or `suffix`
 * must pick out this occurrence.
 */
import type { ArticleIndex } from './article-index.ts';
import type { Code } from './codes.ts';

/** What a piece of evidence claims: a quote at offsets, with optional context. */
export interface QuoteSelector {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
}

/** A failed provenance check, with the field it concerns. */
export interface QuoteProblem {
  readonly code: Code;
  readonly field: 'quote' | 'start' | 'end' | 'prefix' | 'suffix';
  readonly message: string;
}

/** Every offset at which `needle` occurs in `haystack`, overlapping occurrences included. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsCharacter(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/** Shortens long text for a message. */
function excerpt(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/**
 * Checks one selector against the article (its text, or its text indexed for many quotes) and the span of
 * the article's content. Returns every problem found; an empty list means the quote is verbatim, at its
 * offsets, unambiguous and in the body.
 */
export function checkQuote(
  article: string | ArticleIndex,
  body: { start: number; end: number },
  selector: QuoteSelector,
): QuoteProblem[] {
  const text = typeof article === 'string' ? article : article.text;
  const { quote, start, end, prefix, suffix } = selector;
  const problems: QuoteProblem[] = [];
  if (start > text.length) {
    problems.push({
      code: 'offset-out-of-range',
      field: 'start',
      message: `start ${start} is past the end of the text (${text.length})`,
    });
  }
  if (end > text.length) {
    problems.push({
      code: 'offset-out-of-range',
      field: 'end',
      message: `end ${end} is past the end of the text (${text.length})`,
    });
  }
  if (end < start) {
    problems.push({ code: 'offset-out-of-range', field: 'end', message: `end ${end} is before start ${start}` });
  }
  for (const field of ['start', 'end'] as const) {
    if (splitsCharacter(text, selector[field])) {
      problems.push({
        code: 'offset-splits-character',
        field,
        message: `${field} ${selector[field]} splits a surrogate pair`,
      });
    }
  }
  const found = typeof article === 'string' ? occurrences(text, quote) : article.occurrences(quote);
  if (found.length === 0) {
    problems.push({
      code: 'quote-not-found',
      field: 'quote',
      message: `"${excerpt(quote)}" does not occur in the article`,
    });
    return problems;
  }
  if (problems.length > 0) return problems;

  if (text.slice(start, end) !== quote) {
    const where =
      found.length === 1
        ? `it occurs at ${found[0]}–${(found[0] ?? 0) + quote.length}`
        : `it occurs at ${found.join(', ')}`;
    problems.push({
      code: 'quote-mismatch',
      field: 'start',
      message: `the text at ${start}–${end} is not the quote; ${where}`,
    });
    return problems;
  }
  if (prefix !== undefined && text.slice(Math.max(0, start - prefix.length), start) !== prefix) {
    problems.push({
      code: 'quote-context-mismatch',
      field: 'prefix',
      message: `"${excerpt(prefix)}" is not the text before the quote`,
    });
  }
  if (suffix !== undefined && text.slice(end, end + suffix.length) !== suffix) {
    problems.push({
      code: 'quote-context-mismatch',
      field: 'suffix',
      message: `"${excerpt(suffix)}" is not the text after the quote`,
    });
  }
  if (found.length > 1) {
    // The context must single out this occurrence among all of them.
    const matching = found.filter(
      (at) =>
        (prefix === undefined || text.slice(Math.max(0, at - prefix.length), at) === prefix) &&
        (suffix === undefined || text.slice(at + quote.length, at + quote.length + suffix.length) === suffix),
    );
    if ((prefix === undefined && suffix === undefined) || matching.length > 1) {
      problems.push({
        code: 'quote-ambiguous',
        field: prefix === undefined && suffix === undefined ? 'quote' : prefix === undefined ? 'suffix' : 'prefix',
        message: `"${excerpt(quote)}" occurs ${found.length} times (at ${found.join(', ')}) and the context does not single out one`,
      });
    }
  }
  if (start < body.start || end > body.end) {
    problems.push({
      code: 'quote-outside-body',
      field: 'start',
      message: `${start}–${end} lies outside the article's content (${body.start}–${body.end})`,
    });
  }
  return problems;
}
