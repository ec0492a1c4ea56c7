/**
 * The head of a figure: the title in bold, and under it the subtitle that says what is shown (period,
 * filters, level, rows, count). The same words are the figure's `<title>` and the start of its `<desc>`.
 */
import type { Lang } from '../model/view-state.ts';
import { paragraph, type Block } from './block.ts';
import type { Titles } from './describe-view.ts';
import type { TypeScale } from './sizes.ts';

export interface TitleBlockOptions {
  readonly lang: Lang;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly type: TypeScale;
}

export function titleBlock(titles: Titles, options: TitleBlockOptions): Block {
  const { lang, left, right, top, type } = options;
  const title = paragraph(titles.title, {
    lang,
    left,
    right,
    top,
    fontSize: type.title,
    maxLines: 1,
    attrs: { 'font-weight': 'bold', fill: '#111111' },
  });
  const subtitle = paragraph(titles.subtitle, {
    lang,
    left,
    right,
    top: top + title.height,
    fontSize: type.subtitle,
    maxLines: 3,
    attrs: { fill: '#444444' },
  });
  return { markup: title.markup + subtitle.markup, height: title.height + subtitle.height };
}
