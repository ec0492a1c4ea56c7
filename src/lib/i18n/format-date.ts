/**
 * Dates for people, in either language: an EDTF value read aloud keeping its precision and qualifiers
 * visible ("May 2017", "29 May 2017 – 30 May 2017", "c. 21 May 2017", "25 May 2017?"). All formatting is
 * in UTC, so a reader in any time zone sees the day the source gave.
 */
import type { EdtfValue } from '../model/edtf.ts';
import type { Lang } from './strings.ts';

// Arabic uses Arabic-Indic digits everywhere, as the timeline's axis (moment's `ar` locale) does.
const LOCALES: Record<Lang, string> = { en: 'en-GB', ar: 'ar-u-nu-arab' };
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, parts: 'day' | 'month' | 'year'): Intl.DateTimeFormat {
  const key = `${lang}:${parts}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (parts !== 'year') options.month = 'long';
    if (parts === 'day') options.day = 'numeric';
    f = new Intl.DateTimeFormat(LOCALES[lang], options);
    cache.set(key, f);
  }
  return f;
}

/** One calendar day, `YYYY-MM-DD`, in the language's words. */
export function formatDay(iso: string, lang: Lang): string {
  return formatter(lang, 'day').format(new Date(`${iso}T00:00:00Z`));
}

/** A resolved EDTF value in the language's words. */
export function formatEventDate(date: EdtfValue, lang: Lang = 'en'): string {
  const unit = date.precision === 'day' ? 'day' : date.precision === 'year' ? 'year' : 'month';
  const f = formatter(lang, unit);
  const start = f.format(new Date(`${date.start}T00:00:00Z`));
  const end = f.format(new Date(`${date.end}T00:00:00Z`));
  let text = start === end ? start : `${start} – ${end}`;
  if (date.approximate) text = lang === 'ar' ? `نحو ${text}` : `c. ${text}`;
  if (date.uncertain) text = lang === 'ar' ? `${text} (غير مؤكد)` : `${text}?`;
  return text;
}
