/**
 * The figure renderer: dataset and view state in, SVG markup out, with no DOM, no clock and no randomness,
 * so the browser's export and the command line give byte-identical figures for the same inputs. The steps:
 *   1. check the options;
 *   2. compute what the view shows (events in the timeline, or the accusation graph);
 *   3. write the words: title, subtitle, description and the caption citing the articles;
 *   4. lay the page out from the top (title block, legend) and the bottom (caption), the body between;
 *   5. draw the body and wrap everything in a self-contained SVG document.
 */
import { STRINGS } from '../i18n/strings.ts';
import type { ResolvedDataset, ResolvedEvent } from '../model/resolve.ts';
import type { Lang, ViewState } from '../model/view-state.ts';
import type { Block } from './block.ts';
import { caption, captionText, citedSources } from './caption.ts';
import { figureTitles, type FigureKind } from './describe-view.ts';
import { FIGURE_STRINGS } from './figure-strings.ts';
import type { EmbeddedFont } from './font-face.ts';
import { arrowMarkers, graphBody, viewGraph } from './graph-figure.ts';
import { hatchPattern } from './item-style.ts';
import { legend } from './legend.ts';
import { FIGURE_SIZES, pageFor, typeScale, type FigureSize } from './sizes.ts';
import { svgDocument } from './svg-document.ts';
import { timelineData } from './timeline-data.ts';
import { timelineBody } from './timeline-figure.ts';
import { titleBlock } from './title-block.ts';
import { viewPeriod } from './view-events.ts';

export type { FigureKind };
export const FIGURE_KINDS: readonly FigureKind[] = ['timeline', 'graph'];
const LANGS: readonly Lang[] = ['en', 'ar'];

export interface FigureOptions {
  readonly kind: FigureKind;
  readonly size: FigureSize;
  /** The figure's language; it replaces the view's. */
  readonly lang: Lang;
  /** A font to embed (see `embed-font.ts`); without one, fonts are named and the reader's are used. */
  readonly font?: EmbeddedFont | undefined;
}

/** Throws `invalid <name>: <value>` unless `value` is one of `allowed`. */
function keyword<T extends string>(name: string, value: string, allowed: readonly T[]): void {
  if (!allowed.some((a) => a === value)) throw new Error(`invalid ${name}: ${value} (expected ${allowed.join(', ')})`);
}

/** What the body shows, and the events behind it. */
function content(dataset: ResolvedDataset, view: ViewState, kind: FigureKind, lang: Lang) {
  if (kind === 'timeline') {
    const data = timelineData(dataset, view, lang);
    const draw = (box: Parameters<typeof timelineBody>[1], type: Parameters<typeof timelineBody>[2]) =>
      timelineBody(data, box, type, lang);
    return { events: data.events, count: FIGURE_STRINGS[lang].events(data.events.length), draw, defs: hatchPattern() };
  }
  const graph = viewGraph(dataset, view);
  const ids = new Set(graph.edges.flatMap((e) => e.events));
  const events: ResolvedEvent[] = dataset.events.filter((e) => ids.has(e.id));
  const draw = (box: Parameters<typeof graphBody>[1], type: Parameters<typeof graphBody>[2]) =>
    graphBody(graph, box, type, lang);
  return { events, count: STRINGS[lang].accusationsInView(ids.size), draw, defs: arrowMarkers() };
}

export function renderFigure(dataset: ResolvedDataset, view: ViewState, options: FigureOptions): string {
  keyword('kind', options.kind, FIGURE_KINDS);
  keyword('size', options.size, FIGURE_SIZES);
  keyword('lang', options.lang, LANGS);
  const { kind, lang } = options;

  const body = content(dataset, view, kind, lang);

  const titles = figureTitles(dataset, view, kind, lang, viewPeriod(view, body.events), body.count);
  const cite = captionText(citedSources(dataset, body.events), lang);
  const about = kind === 'timeline' ? FIGURE_STRINGS[lang].timelineDescription : STRINGS[lang].graphDescription;

  const page = pageFor(options.size);
  const type = typeScale(page);
  const [left, right] = [page.margin, page.width - page.margin];
  const head: Block = titleBlock(titles, { lang, left, right, top: page.margin, type });
  const key = legend(kind, {
    lang,
    left,
    right,
    top: page.margin + head.height + type.legend * 0.5,
    fontSize: type.legend,
  });
  const foot = caption(cite, { lang, left, right, bottom: page.height - page.margin, fontSize: type.caption });
  const bodyTop = page.margin + head.height + key.height + type.legend * 1.2;
  const bodyBottom = page.height - page.margin - foot.height - type.caption;

  const drawn = body.draw({ left, right, top: bodyTop, bottom: bodyBottom }, type);
  return svgDocument({
    width: page.width,
    height: page.height,
    lang,
    title: titles.title,
    description: `${titles.subtitle}. ${about} ${cite}`,
    defs: body.defs,
    body: [head.markup, key.markup, drawn.markup, foot.markup],
    font: options.font,
  });
}
