/**
 * Text search over events in English and Arabic. Both the query and the text are folded the same way:
 * case, Latin accents, Arabic short vowels (tashkeel), tatweel and the hamza seats removed, alef forms
 * (أ إ آ ٱ) read as ا, ta marbuta (ة) as ه and alif maqsura (ى) as ي — so «الرقه» finds «الرقة» and
 * "Garcia" finds "García".
 */
import type { Actor, Place } from './schema.ts';
import type { ResolvedEvent } from './resolve.ts';
import { BIDI_CONTROL, INVISIBLE } from './text.ts';

const STRIP = new RegExp(`${BIDI_CONTROL.source}|${INVISIBLE.source}|\\u0640|\\p{Mn}`, 'gu');

/** Folds text for matching; idempotent: folding folded text changes nothing. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(STRIP, '')
    .replace(/\u0671/g, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064A')
    .toLowerCase()
    .normalize('NFC');
}

/** The words of a query, folded; empty when the query is blank. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/u).filter(Boolean);
}

/** Everything an event can be found by, folded once: summaries, quotes, names and aliases of actors and places. */
export function searchText(
  event: ResolvedEvent,
  actors: ReadonlyMap<string, Actor>,
  places: ReadonlyMap<string, Place>,
): string {
  const parts: string[] = [event.id, event.summary.en, event.summary.ar, ...event.evidence.map((e) => e.quote)];
  for (const { actor } of event.actors) {
    const a = actors.get(actor);
    if (a) parts.push(a.name.en, a.name.ar, ...a.aliases.en, ...a.aliases.ar);
  }
  for (const id of event.places) {
    const p = places.get(id);
    if (p) parts.push(p.name.en, p.name.ar);
  }
  return foldForSearch(parts.join('\n'));
}

/** True when every term occurs in the folded text. */
export function matchesTerms(folded: string, terms: readonly string[]): boolean {
  return terms.every((term) => folded.includes(term));
}
