/**
 * Made-up names in English and Arabic for synthetic actors. Each name is built from syllables that have a
 * Latin and an Arabic spelling, so the two languages name the same actor and label widths vary as real names
 * do. The names are invented so that no benchmark figure can be mistaken for a claim about a real actor.
 */
import type { Random } from './prng.ts';

/** Syllables as `[English, Arabic]`. */
const SYLLABLES: readonly (readonly [string, string])[] = [
  ['ka', 'كا'],
  ['ra', 'را'],
  ['mi', 'مي'],
  ['lo', 'لو'],
  ['tan', 'تان'],
  ['sha', 'شا'],
  ['dor', 'دور'],
  ['vel', 'فيل'],
  ['zin', 'زين'],
  ['ba', 'با'],
  ['ru', 'رو'],
  ['nor', 'نور'],
  ['sa', 'سا'],
  ['hil', 'هيل'],
  ['qa', 'قا'],
  ['di', 'دي'],
];

/** A name in both languages. */
export interface Name {
  readonly en: string;
  readonly ar: string;
}

/** A proper name of two or three syllables, capitalised in English. */
export function properName(random: Random): Name {
  const count = random.int(2, 3);
  let en = '';
  let ar = '';
  for (let k = 0; k < count; k++) {
    const [latin, arabic] = random.pick(SYLLABLES);
    en += latin;
    ar += arabic;
  }
  return { en: en.charAt(0).toUpperCase() + en.slice(1), ar };
}

/** The lower-case ASCII slug of an English name, for ids. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
