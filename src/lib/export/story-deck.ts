/**
 * A story as a PowerPoint deck, built in the browser: one slide per step with the step's timeline as a PNG
 * (drawn by the same renderer as the export, at 2×), its caption, the articles it cites as a footer, and the
 * presenter's notes as the slide's notes. This module, and pptxgenjs with it, is loaded on first use, so the
 * app's first load never pays for it.
 */
import PptxGenJS from 'pptxgenjs';
import { renderFigure } from '../figure/render.ts';
import { pageFor } from '../figure/sizes.ts';
import { formatDay } from '../i18n/format-date.ts';
import { STRINGS } from '../i18n/strings.ts';
import type { ResolvedDataset } from '../model/resolve.ts';
import type { Source, Story } from '../model/schema.ts';
import type { Lang, ViewState } from '../model/view-state.ts';
import { arabicFont } from './arabic-font.ts';
import { download } from './download.ts';
import { svgToPng } from './svg-to-png.ts';

/** What a deck is drawn from: the explore state's dataset, its reading of a step's view and its citations. */
export interface DeckData {
  readonly dataset: ResolvedDataset;
  viewOfStep(step: { readonly view: string }, lang: Lang): ViewState;
  sourcesOf(view: ViewState): Source[];
}

/** The slide, 16:9, in inches: pptxgenjs's `LAYOUT_16x9`. */
const SLIDE = { width: 10, height: 5.625, margin: 0.4 };
const FIGURE_SIZE = 'slide';
const PNG_SCALE = 2;

/** The file name of a story's deck. */
export function deckFileName(story: Story, lang: Lang): string {
  return `chronograph-${story.id}-${lang}.pptx`;
}

/** A Blob as a `data:` URL, the form pptxgenjs takes images in. */
function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') resolve(reader.result);
      else reject(new Error('the figure could not be read as a data URL'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the figure could not be read'));
    reader.readAsDataURL(blob);
  });
}

/** Builds the deck of `story` in `lang`. */
export async function buildStoryDeck(data: DeckData, story: Story, lang: Lang): Promise<Blob> {
  const s = STRINGS[lang];
  const rtl = lang === 'ar';
  const align = rtl ? 'right' : 'left';
  // The PNG is drawn from an SVG image, which cannot see the page's fonts, so the Arabic font travels with it.
  const font = await arabicFont();
  const page = pageFor(FIGURE_SIZE);
  const figureHeight = 3.75;
  const figureWidth = (figureHeight * page.width) / page.height;

  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.rtlMode = rtl;
  pptx.title = story.title[lang];

  for (const [index, step] of story.steps.entries()) {
    const view = data.viewOfStep(step, lang);
    const sources = data.sourcesOf(view);
    const svg = renderFigure(data.dataset, view, { kind: 'timeline', size: FIGURE_SIZE, lang, font });
    const png = await dataUrl(await svgToPng(svg, page.width, page.height, PNG_SCALE));
    const cited = sources.length
      ? sources.map((source) => `${source.outlet[lang]}${s.outletDateSeparator}${formatDay(source.published, lang)}`)
      : [s.noSlideSources];
    const inner = SLIDE.width - 2 * SLIDE.margin;

    const slide = pptx.addSlide();
    slide.addText(step.caption[lang], {
      x: SLIDE.margin,
      y: 0.2,
      w: inner,
      h: 0.9,
      fontSize: 18,
      bold: true,
      align,
      valign: 'top',
      rtlMode: rtl,
      fit: 'shrink',
    });
    slide.addImage({
      data: png,
      x: (SLIDE.width - figureWidth) / 2,
      y: 1.15,
      w: figureWidth,
      h: figureHeight,
      altText: s.figureOfStep(s.timeline, index + 1, story.steps.length),
    });
    slide.addText(`${s.slideSources}: ${cited.join(' · ')}`, {
      x: SLIDE.margin,
      y: 5.0,
      w: inner,
      h: 0.45,
      fontSize: 9,
      color: '555555',
      align,
      valign: 'top',
      rtlMode: rtl,
    });
    if (step.notes[lang]) slide.addNotes(step.notes[lang]);
  }

  const written = await pptx.write({ outputType: 'blob' });
  if (!(written instanceof Blob)) throw new Error('the deck could not be written');
  return written;
}

/** Builds and downloads the deck of `story` in `lang`. */
export async function exportStoryDeck(data: DeckData, story: Story, lang: Lang): Promise<void> {
  download(deckFileName(story, lang), await buildStoryDeck(data, story, lang));
}
