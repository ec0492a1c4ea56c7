/**
 * The words on timeline items in one language — the same for the explore screen, a slide and an exported
 * figure, so that a figure reads like the view it was made from.
 */
import type { ResolvedDataset } from '../model/resolve.ts';
import type { ItemLabels } from '../model/timeline-items.ts';
import type { Lang } from '../model/view-state.ts';
import { formatEventDate } from './format-date.ts';
import { STRINGS } from './strings.ts';

export function itemLabels(dataset: ResolvedDataset, lang: Lang): ItemLabels {
  const s = STRINGS[lang];
  const sources = new Map(dataset.sources.map((src) => [src.id, src]));
  return {
    lang,
    subtype: (subtype) => s.subtypeNames[subtype] ?? subtype,
    type: (type) => s.eventTypes[type],
    date: (date) => formatEventDate(date, lang),
    sourceTitle: (id) => {
      const src = sources.get(id);
      return src ? `${src.outlet[lang]}, ${src.published}` : id;
    },
    none: '—',
  };
}
