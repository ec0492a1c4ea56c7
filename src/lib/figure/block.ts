/**
 * A block of a figure: markup already placed, and the height it takes, so that the parts can be stacked
 * without knowing each other's insides.
 */
import type { Lang } from '../model/view-state.ts';
import { wrap } from './measure.ts';
import { along, textAttrs } from './text-style.ts';
import { textEl } from './xml.ts';

export interface Block {
  readonly markup: string;
  readonly height: number;
}

/** The box a figure's body fills, in page pixels. */
export interface BodyBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface ParagraphOptions {
  readonly lang: Lang;
  /** The box the lines fill: its left and right edges and the top of the first line. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly fontSize: number;
  readonly maxLines?: number;
  /** Extra attributes of each line, e.g. fill or font-weight. */
  readonly attrs?: Readonly<Record<string, string>>;
}

/** Text wrapped into lines from the reading start of the box, one `<text>` per line. */
export function paragraph(text: string, options: ParagraphOptions): Block {
  const { lang, left, right, top, fontSize } = options;
  const lineHeight = fontSize * 1.3;
  const lines = wrap(text, right - left, fontSize, options.maxLines);
  const markup = lines
    .map((line, k) =>
      textEl(
        'text',
        {
          x: along(lang, left, right, 0),
          y: top + fontSize + k * lineHeight,
          'font-size': fontSize,
          ...textAttrs(lang, 'start'),
          ...options.attrs,
        },
        line,
      ),
    )
    .join('');
  return { markup, height: lines.length === 0 ? 0 : fontSize * 0.3 + lines.length * lineHeight };
}
