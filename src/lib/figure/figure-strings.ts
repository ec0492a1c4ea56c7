/**
 * The words a figure adds to the interface's own (`i18n/strings.ts`): titles, the parts of the subtitle and
 * caption, and what stands in for items that do not fit.
 */
import type { Lang } from '../model/view-state.ts';

export interface FigureStrings {
  readonly timelineTitle: string;
  readonly graphTitle: string;
  /** Joins the parts of the subtitle. */
  readonly separator: string;
  /** Joins items of a list. */
  readonly comma: string;
  readonly allDates: string;
  readonly noFilters: string;
  readonly filtersLabel: string;
  readonly levelLabel: string;
  readonly rowsLabel: string;
  readonly query: (q: string) => string;
  readonly events: (n: number) => string;
  readonly sourcesLabel: string;
  readonly published: (outlet: string, date: string) => string;
  /** Items in a row that did not fit, drawn as ticks without labels. */
  readonly more: (n: number) => string;
  /** Rows left out for want of room. */
  readonly moreRows: (rows: number, events: number) => string;
  readonly noEvents: string;
  readonly circleSize: string;
  readonly timelineDescription: string;
}

const en: FigureStrings = {
  timelineTitle: 'Timeline of events',
  graphTitle: 'Who accused whom',
  separator: ' · ',
  comma: ', ',
  allDates: 'All dates',
  noFilters: 'no filters',
  filtersLabel: 'Filters: ',
  levelLabel: 'Level: ',
  rowsLabel: 'Rows: ',
  query: (q) => `text “${q}”`,
  events: (n) => `${n} event${n === 1 ? '' : 's'}`,
  sourcesLabel: 'Sources: ',
  published: (outlet, date) => `${outlet}, ${date}`,
  more: (n) => `+${n} more`,
  moreRows: (rows, events) => `+${rows} more row${rows === 1 ? '' : 's'} (${events} event${events === 1 ? '' : 's'})`,
  noEvents: 'No events in this view.',
  circleSize: 'Circle size: accusations and denials made and received',
  timelineDescription:
    'Events on a time axis, coloured and shaped by type; dashed outlines are claimed or alleged, dotted planned, ' +
    'struck-through denied; faded hatched spans are dates known only roughly.',
};

const ar: FigureStrings = {
  timelineTitle: 'الخط الزمني للأحداث',
  graphTitle: 'من اتهم من',
  separator: ' · ',
  comma: '، ',
  allDates: 'كل التواريخ',
  noFilters: 'بلا تصفية',
  filtersLabel: 'التصفية: ',
  levelLabel: 'المستوى: ',
  rowsLabel: 'الصفوف: ',
  query: (q) => `نص «${q}»`,
  events: (n) => `${n} حدثاً`,
  sourcesLabel: 'المصادر: ',
  published: (outlet, date) => `${outlet}، ${date}`,
  more: (n) => `+${n} أخرى`,
  moreRows: (rows, events) => `+${rows} صفوف أخرى (${events} حدثاً)`,
  noEvents: 'لا أحداث في هذا العرض.',
  circleSize: 'حجم الدائرة: الاتهامات وحالات النفي الصادرة والواردة',
  timelineDescription:
    'الأحداث على محور زمني، ملوّنة ومشكّلة حسب النوع؛ الحدود المتقطعة لما هو مُدّعى أو مزعوم، والمنقّطة للمخطط له، ' +
    'والمشطوبة للمنفي؛ المدى الباهت المخطط تاريخ تقريبي.',
};

export const FIGURE_STRINGS: Record<Lang, FigureStrings> = { en, ar };
