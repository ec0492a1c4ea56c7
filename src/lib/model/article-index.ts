/**
 * Where quotes occur in an article, found through an index of the article's short runs of characters. A
 * large dataset quotes the same few articles hundreds of thousands of times; scanning the whole article for
 * each quote was the largest single cost of validating one, while the index narrows each search to the few
 * places that start the same way. The answers are exactly those of a scan.
 */
import { occurrences } from './provenance.ts';

/** Characters per indexed run; a quote is a few words, so nearly every one is longer. */
const KEY_LENGTH = 8;

/** Longest text indexed: an index holds an entry per character, and real articles are far shorter. */
const MAX_INDEXED = 1 << 20;

/** An article's text with an index for finding quotes in it. */
export class ArticleIndex {
  readonly text: string;
  /** The offsets at which each run of KEY_LENGTH characters starts, in increasing order; absent for a long text. */
  readonly #starts: Map<string, number[]> | undefined;

  constructor(text: string) {
    this.text = text;
    if (text.length > MAX_INDEXED) return;
    const starts = new Map<string, number[]>();
    for (let at = 0; at + KEY_LENGTH <= text.length; at += 1) {
      const key = text.slice(at, at + KEY_LENGTH);
      const list = starts.get(key);
      if (list) list.push(at);
      else starts.set(key, [at]);
    }
    this.#starts = starts;
  }

  /** Every offset at which `needle` occurs, overlapping occurrences included, as `occurrences` finds them. */
  occurrences(needle: string): number[] {
    if (!this.#starts || needle.length < KEY_LENGTH) return occurrences(this.text, needle);
    const starts = this.#starts.get(needle.slice(0, KEY_LENGTH)) ?? [];
    return starts.filter((at) => this.text.startsWith(needle, at));
  }

  /** Whether `needle` occurs in the text. */
  includes(needle: string): boolean {
    if (!this.#starts || needle.length < KEY_LENGTH) return this.text.includes(needle);
    const starts = this.#starts.get(needle.slice(0, KEY_LENGTH)) ?? [];
    return starts.some((at) => this.text.startsWith(needle, at));
  }
}
