/**
 * How text is set in a figure: the fonts, named with fallbacks, and the direction and anchoring for each
 * language. Arabic text carries `direction="rtl"` and an explicit `text-anchor` on every element: per SVG,
 * `start` in a right-to-left element is its right end, which Chromium and librsvg honour; never leaving the
 * anchor to a default keeps the intent visible in the markup.
 */
import type { Lang } from '../model/view-state.ts';

/** The Arabic face a figure may embed; the same family is named first, so an embedded copy takes over. */
export const ARABIC_FAMILY = 'Noto Naskh Arabic';

/** Font stacks: the named faces first, system faces as fallbacks, a generic family last. */
export const FONT_STACKS: Record<Lang, string> = {
  en: "'Noto Sans', 'DejaVu Sans', Arial, 'Noto Naskh Arabic', sans-serif",
  ar: "'Noto Naskh Arabic', 'Noto Sans Arabic', 'Noto Sans', 'DejaVu Sans', sans-serif",
};

/** Where a line of text sits against its x: at the reading start, the reading end, or centred. */
export type Align = 'start' | 'end' | 'middle';

/** The attributes that set a `<text>` in a language, anchored as asked. */
export function textAttrs(lang: Lang, align: Align): Record<string, string> {
  return lang === 'ar'
    ? { lang, direction: 'rtl', 'text-anchor': align }
    : { lang, direction: 'ltr', 'text-anchor': align };
}

/** The page side where reading starts: left for English, right for Arabic. */
export function startX(lang: Lang, left: number, right: number): number {
  return lang === 'ar' ? right : left;
}

/**
 * A point `offset` pixels from the reading start of a box [left, right], towards its end; lets one layout
 * serve both directions.
 */
export function along(lang: Lang, left: number, right: number, offset: number): number {
  return lang === 'ar' ? right - offset : left + offset;
}
