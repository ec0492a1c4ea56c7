/**
 * A figure as a reader says it: "more than 80", "about 500", "dozens" — the qualifier is part of the number,
 * and "dozens", "hundreds" and "thousands" stand alone because their value is only a lower bound.
 */
import type { Figure } from '../model/schema.ts';
import { STRINGS, type Lang } from './strings.ts';

export function formatFigure(figure: Figure, lang: Lang): string {
  const s = STRINGS[lang];
  const number = new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-arab' : 'en-GB').format(figure.value);
  const kind = s.figureKinds[figure.what];
  const q = figure.qualifier;
  if (q === 'dozens' || q === 'hundreds' || q === 'thousands') return `${kind}: ${s.qualifiers[q]}`;
  if (q === 'exact') return `${kind}: ${number}`;
  if (q === 'at-least') return `${kind}: ${number} ${s.qualifiers[q]}`;
  return `${kind}: ${s.qualifiers[q]} ${number}`;
}
