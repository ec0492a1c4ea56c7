/**
 * Evidence for synthetic events, cut from the real articles: a run of whole words on one line of an
 * article's content, at its true offsets, with a `prefix` when the same words occur elsewhere in the article.
 * Every quote is therefore verbatim, so the validator does for synthetic data the same work it does for
 * real data.
 */
import { occurrences } from '../src/lib/model/provenance.ts';
import type { Evidence, Source } from '../src/lib/model/schema.ts';
import { CONTROL } from '../src/lib/model/text.ts';
import type { Random } from './prng.ts';

/** An article ready to quote from: its source, text, and the offsets of its words. */
interface Quotable {
  readonly source: Source;
  readonly text: string;
  /** Offsets at which a word starts and just past where it ends, in order, within the article's content. */
  readonly words: readonly (readonly [number, number])[];
}

/** Context given before a repeated quote, in UTF-16 code units. */
const PREFIX_LENGTH = 32;

function wordsOf(text: string, body: { start: number; end: number }): [number, number][] {
  const words: [number, number][] = [];
  const pattern = /\S+/g;
  pattern.lastIndex = body.start;
  for (let match = pattern.exec(text); match && match.index < body.end; match = pattern.exec(text)) {
    const end = Math.min(body.end, match.index + match[0].length);
    words.push([match.index, end]);
  }
  return words;
}

/** Picks quotes from the given articles. */
export class QuotePicker {
  readonly #articles: readonly Quotable[];

  /** `articles` reads a source's text by its `file`, as the validator's reader does. */
  constructor(sources: readonly Source[], articles: (file: string) => string | undefined) {
    this.#articles = sources.map((source) => {
      const text = articles(source.file);
      if (text === undefined) throw new Error(`article not found: ${source.file} (source ${source.id})`);
      return { source, text, words: wordsOf(text, source.body) };
    });
  }

  /** The article of a source id, for checks such as whether it holds some words. */
  textOf(sourceId: string): string {
    const article = this.#articles.find((a) => a.source.id === sourceId);
    if (!article) throw new Error(`source not found: ${sourceId}`);
    return article.text;
  }

  /** A quote of 3 to 25 words from a random article. */
  pick(random: Random): Evidence {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const { source, text, words } = random.pick(this.#articles);
      const first = random.int(0, words.length - 1);
      const wanted = random.int(3, 25);
      const [start] = words[first] ?? [0, 0];
      let end = start;
      for (let k = first; k < first + wanted && k < words.length; k++) {
        const word = words[k];
        if (!word || (k > first && text.slice(end, word[0]).includes('\n'))) break;
        end = word[1];
      }
      const quote = text.slice(start, end);
      if (quote.length < 12 || CONTROL.test(quote)) continue;
      const evidence: Evidence = { source: source.id, quote, start, end };
      const found = occurrences(text, quote);
      if (found.length === 1) return evidence;
      const prefix = text.slice(Math.max(0, start - PREFIX_LENGTH), start);
      const others = found.filter((at) => text.slice(Math.max(0, at - prefix.length), at) === prefix);
      if (prefix.length > 0 && others.length === 1) return { ...evidence, prefix };
    }
    throw new Error('no quotable passage found in 1000 attempts: are the articles empty?');
  }
}
