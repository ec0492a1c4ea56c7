/**
 * Every label the interface shows, in English and Arabic. Data-derived text (names, summaries, quotes) comes
 * from the dataset; this file holds only the interface's own words.
 */
import type { ActorRole } from '../model/filters.ts';
import type { Level } from '../model/hierarchy.ts';
import type { Alignment, EventType, FigureKind, Status } from '../model/schema.ts';
import type { Grouping } from '../model/timeline-items.ts';
import type { Lang } from '../model/view-state.ts';

export type { Grouping, Lang };
export const LANGS: readonly Lang[] = ['en', 'ar'];

interface Strings {
  readonly dir: 'ltr' | 'rtl';
  readonly appTitle: string;
  readonly tagline: string;
  readonly language: string;
  readonly otherLanguage: string;
  readonly copyLink: string;
  readonly linkCopied: string;
  readonly linkCopyFailed: string;
  readonly timeline: string;
  /** The timeline's keyboard area, naming its keys. */
  readonly timelineKeys: string;
  readonly graph: string;
  readonly fitAll: string;
  readonly jumpTo: string;
  readonly grouping: string;
  readonly groupings: Record<Grouping, string>;
  readonly level: string;
  readonly levels: Record<Level, string>;
  readonly filters: string;
  readonly clearAll: string;
  readonly search: string;
  readonly searchPlaceholder: string;
  readonly types: string;
  readonly subtypes: string;
  readonly statuses: string;
  readonly actors: string;
  readonly sources: string;
  readonly dateRange: string;
  readonly from: string;
  readonly to: string;
  readonly role: string;
  readonly roles: Record<ActorRole, string>;
  readonly eventTypes: Record<EventType, string>;
  readonly subtypeNames: Record<string, string>;
  readonly statusNames: Record<Status, string>;
  readonly alignments: Record<Alignment, string>;
  readonly roleNames: Record<'agent' | 'target' | 'participant' | 'mentioned', string>;
  readonly relationNames: Record<'denies' | 'responds-to' | 'part-of', string>;
  readonly inverseRelationNames: Record<'denies' | 'responds-to' | 'part-of', string>;
  readonly eventsShown: (shown: number, total: number) => string;
  readonly accusationsInView: (n: number) => string;
  readonly noEvent: string;
  readonly date: string;
  readonly dateBasis: string;
  readonly alternativeDates: string;
  readonly attribution: string;
  readonly status: string;
  readonly figures: string;
  readonly relations: string;
  readonly notes: string;
  readonly evidence: string;
  readonly source: string;
  readonly published: string;
  readonly furniture: string;
  readonly table: string;
  readonly type: string;
  readonly summary: string;
  readonly actor: string;
  readonly sortBy: (column: string) => string;
  readonly edgeAccusations: (from: string, to: string) => string;
  readonly nodeCounts: (made: number, received: number) => string;
  readonly accusation: string;
  readonly denial: string;
  readonly legend: string;
  readonly uncertainDate: string;
  /** Tooltip of a cluster of timeline items; `{count}` is replaced by the number. */
  readonly clusterTitle: string;
  /** A timeline aggregate: events too close together to draw one by one, e.g. "37 events". */
  readonly aggregateLabel: (count: number) => string;
  /** An aggregate's tooltip and accessible name: how many, when, of which types, and what a click does. */
  readonly aggregateTitle: (count: number, period: string, breakdown: string) => string;
  /** An aggregate's types with their counts, most first, e.g. "strike 20, statement 17". */
  readonly aggregateBreakdown: (parts: readonly (readonly [type: string, count: number])[]) => string;
  /** The last timeline row when there are too many, holding the rest, e.g. "other actors (270)". */
  readonly otherRows: (grouping: Grouping, rows: number) => string;
  /** The event table's pages: which rows are shown, and the buttons between pages. */
  readonly tableRows: (first: number, last: number, total: number) => string;
  readonly previousRows: string;
  readonly nextRows: string;
  readonly close: string;
  readonly selectedEvent: string;
  readonly graphDescription: string;
  readonly timelineDescription: string;
  readonly brushHint: string;
  readonly noAccusations: string;
  readonly urlProblems: string;
  readonly dismiss: string;
  readonly made: string;
  readonly received: string;
  readonly qualifiers: Record<string, string>;
  readonly figureKinds: Record<FigureKind, string>;
  readonly places: string;
  readonly export: string;
  readonly exportSize: string;
  readonly exportSizes: Record<'slide' | 'a4-portrait' | 'a4-landscape' | 'square', string>;
  readonly embedFont: string;
  readonly exporting: string;
  readonly exportFailed: (reason: string) => string;
  /** The explore screen's list of stories to present. */
  readonly storyToPresent: string;
  readonly present: string;
  /** The presentation as a whole, for its region label. */
  readonly presentation: string;
  readonly previousStep: string;
  readonly nextStep: string;
  /** The progress counter, e.g. "3 / 5". */
  readonly stepCounter: (at: number, of: number) => string;
  /** The progress bar's accessible name and value, e.g. "Step 3 of 5". */
  readonly stepOf: (at: number, of: number) => string;
  readonly progress: string;
  readonly presenterNotes: string;
  readonly showNotes: string;
  readonly noNotes: string;
  readonly notesWindow: string;
  /** Shown in the notes window until the presentation tells it the current step. */
  readonly notesWaiting: string;
  readonly fullScreen: string;
  readonly exitPresentation: string;
  /** The keys that drive a presentation, for the presenter. */
  readonly presentationKeys: string;
  /** The slide footer's heading, before the articles it cites. */
  readonly slideSources: string;
  readonly noSlideSources: string;
  /** Between an article's outlet and its date in the slide footer. */
  readonly outletDateSeparator: string;
  readonly myStory: string;
  readonly myStorySummary: string;
  readonly addStep: string;
  /** The default caption of an added step when no event is selected. */
  readonly stepNumber: (n: number) => string;
  readonly noSteps: string;
  readonly editStep: string;
  readonly captionEn: string;
  readonly captionAr: string;
  readonly notesEn: string;
  readonly notesAr: string;
  readonly removeStep: (n: number) => string;
  readonly moveStepEarlier: (n: number) => string;
  readonly moveStepLater: (n: number) => string;
  readonly presentMyStory: string;
  /** Says that the story built here is kept only until the page is closed. */
  readonly myStoryKept: string;
  /** The button that opens a story's handout, and the handout's own label. */
  readonly handout: string;
  readonly print: string;
  /** The button that downloads a story as a PowerPoint deck. */
  readonly powerPoint: string;
  /** Shown when a handout link names a story that does not exist. */
  readonly unknownStory: (id: string) => string;
  /** A handout figure's alternative text, e.g. "Timeline, step 2 of 5". */
  readonly figureOfStep: (figure: string, at: number, of: number) => string;
}

const en: Strings = {
  dir: 'ltr',
  appTitle: 'Chronograph',
  tagline: 'Who did what, who said what about whom, and when — from five Arabic news articles on Raqqa, 2015–2017.',
  language: 'Language',
  otherLanguage: 'العربية',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  linkCopyFailed: 'Could not copy; the link is in the address bar',
  timeline: 'Timeline',
  timelineKeys: 'Timeline: + and − zoom, Page Up and Page Down pan, Home fits all',
  graph: 'Who accused whom',
  fitAll: 'Fit all',
  jumpTo: 'Jump to date',
  grouping: 'Rows',
  groupings: { none: 'None', type: 'By type', actor: 'By actor', source: 'By article' },
  level: 'Level',
  levels: { actor: 'Actor', organization: 'Organization', state: 'State' },
  filters: 'Filters',
  clearAll: 'Clear all',
  search: 'Search',
  searchPlaceholder: 'Names, summaries, quotes…',
  types: 'Type',
  subtypes: 'Subtype',
  statuses: 'Status',
  actors: 'Actor',
  sources: 'Article',
  dateRange: 'Dates',
  from: 'From',
  to: 'To',
  role: 'Role',
  roles: { any: 'Any role', made: 'Made (agent)', received: 'Received (target)' },
  eventTypes: {
    statement: 'Statement',
    meeting: 'Meeting',
    strike: 'Strike',
    convoy: 'Convoy',
    attack: 'Attack',
    milestone: 'Milestone',
  },
  subtypeNames: {
    accusation: 'accusation',
    denial: 'denial',
    claim: 'claim',
    warning: 'warning',
    announcement: 'announcement',
    position: 'position',
    report: 'report',
    talks: 'talks',
    visit: 'visit',
    'press-conference': 'press conference',
    call: 'call',
    summit: 'summit',
    agreement: 'agreement',
    airstrike: 'airstrike',
    missile: 'missile strike',
    shelling: 'shelling',
    withdrawal: 'withdrawal',
    evacuation: 'evacuation',
    flight: 'flight',
    supply: 'supply',
    bombing: 'bombing',
    assault: 'assault',
    'operation-start': 'operation starts',
    capture: 'capture',
    decision: 'decision',
    death: 'death',
  },
  statusNames: { confirmed: 'confirmed', claimed: 'claimed', alleged: 'alleged', denied: 'denied', planned: 'planned' },
  alignments: {
    'russia-allies': 'Russia and allies',
    'us-coalition': 'US-led coalition',
    'sdf-kurdish': 'SDF / Kurdish forces',
    isis: 'ISIS',
    other: 'Others',
  },
  roleNames: { agent: 'agent', target: 'target', participant: 'participant', mentioned: 'mentioned' },
  relationNames: { denies: 'denies', 'responds-to': 'responds to', 'part-of': 'part of' },
  inverseRelationNames: { denies: 'denied by', 'responds-to': 'answered by', 'part-of': 'includes' },
  eventsShown: (shown, total) => `${shown} of ${total} events`,
  accusationsInView: (n) => `${n} accusation${n === 1 ? '' : 's'} and denials in view`,
  noEvent: 'Select an event on the timeline, in the graph or in the table.',
  date: 'Date',
  dateBasis: 'How the date was established',
  alternativeDates: 'Other dates given',
  attribution: 'According to',
  status: 'Status',
  figures: 'Figures',
  relations: 'Related events',
  notes: 'Curator’s note',
  evidence: 'In the article',
  source: 'Article',
  published: 'published',
  furniture: 'Page furniture (not part of the article)',
  table: 'Events',
  type: 'Type',
  summary: 'Summary',
  actor: 'Actors',
  sortBy: (column) => `Sort by ${column}`,
  edgeAccusations: (from, to) => `${from} → ${to}`,
  nodeCounts: (made, received) => `${made} made, ${received} received`,
  accusation: 'Accusation',
  denial: 'Denial',
  legend: 'Legend',
  uncertainDate: 'Uncertain or approximate date (faded span)',
  clusterTitle: '{count} events — zoom in or double-click to see them',
  aggregateLabel: (count) => `${count} events`,
  aggregateTitle: (count, period, breakdown) => `${count} events, ${period}: ${breakdown}. Click to zoom in.`,
  aggregateBreakdown: (parts) => parts.map(([type, count]) => `${type.toLowerCase()} ${count}`).join(', '),
  otherRows: (grouping, rows) =>
    `${{ actor: 'other actors', source: 'other sources', type: 'other types', none: 'others' }[grouping]} (${rows})`,
  tableRows: (first, last, total) => `Rows ${first}–${last} of ${total}`,
  previousRows: 'Previous rows',
  nextRows: 'Next rows',
  close: 'Close',
  selectedEvent: 'Selected event',
  graphDescription:
    'Actors as circles sized by accusations made and received; arrows from accuser to accused; dashed arrows are denials.',
  timelineDescription: 'Events on a time axis; use the table below for a text alternative.',
  brushHint: 'The graph shows the accusations in the timeline’s visible window.',
  noAccusations: 'No accusations in this window.',
  urlProblems: 'Some parts of the link were not understood and were ignored:',
  dismiss: 'Dismiss',
  made: 'made',
  received: 'received',
  qualifiers: {
    exact: '',
    about: 'about',
    'at-least': 'at least',
    'more-than': 'more than',
    'up-to': 'up to',
    dozens: 'dozens',
    hundreds: 'hundreds',
    thousands: 'thousands',
  },
  figureKinds: {
    killed: 'killed',
    'civilian-victims': 'civilian victims',
    families: 'families',
    'sites-targeted': 'sites targeted',
    'exit-attempts-foiled': 'exit attempts foiled',
    'residential-areas-liberated': 'residential areas taken',
    'sorties-planned': 'sorties planned',
    'sorties-flown': 'sorties flown',
    'vehicles-destroyed': 'vehicles destroyed',
    'tankers-destroyed': 'tankers destroyed',
    'armed-pickups-destroyed': 'armed pick-ups destroyed',
    'command-centres-destroyed': 'command centres destroyed',
    'ammunition-depots-destroyed': 'ammunition depots destroyed',
    'training-camps-destroyed': 'training camps destroyed',
    'missiles-fired': 'missiles fired',
  },
  places: 'Places',
  export: 'Export',
  exportSize: 'Size',
  exportSizes: { slide: 'Slide 16:9', 'a4-portrait': 'A4 portrait', 'a4-landscape': 'A4 landscape', square: 'Square' },
  embedFont: 'Embed the Arabic font',
  exporting: 'Exporting…',
  exportFailed: (reason) => `Export failed: ${reason}`,
  storyToPresent: 'Story to present',
  present: 'Present',
  presentation: 'Presentation',
  previousStep: 'Previous step',
  nextStep: 'Next step',
  stepCounter: (at, of) => `${at} / ${of}`,
  stepOf: (at, of) => `Step ${at} of ${of}`,
  progress: 'Progress',
  presenterNotes: 'Presenter notes',
  showNotes: 'Notes (N)',
  noNotes: 'No notes for this step.',
  notesWindow: 'Notes window',
  notesWaiting: 'Waiting for the presentation: present a story in the window that opened this one.',
  fullScreen: 'Full screen',
  exitPresentation: 'Exit (Esc)',
  presentationKeys:
    '→, Space or Page Down: next · ← or Page Up: previous · Home, End: first, last · N: notes · Esc: exit',
  slideSources: 'Sources',
  noSlideSources: 'no article in view',
  outletDateSeparator: ', ',
  myStory: 'My story',
  myStorySummary: 'Views saved from the explore screen in this session.',
  addStep: 'Add current view as a step',
  stepNumber: (n) => `Step ${n}`,
  noSteps: 'No steps yet: set up a view, then add it.',
  editStep: 'Caption and notes',
  captionEn: 'Caption (English)',
  captionAr: 'Caption (Arabic)',
  notesEn: 'Notes (English)',
  notesAr: 'Notes (Arabic)',
  removeStep: (n) => `Remove step ${n}`,
  moveStepEarlier: (n) => `Move step ${n} earlier`,
  moveStepLater: (n) => `Move step ${n} later`,
  presentMyStory: 'Present my story',
  myStoryKept: 'Saved on this device as you go; “Data → Download backup” keeps a copy.',
  handout: 'Handout',
  print: 'Print',
  powerPoint: 'PowerPoint',
  unknownStory: (id) => `There is no story "${id}" to print.`,
  figureOfStep: (figure, at, of) => `${figure}, step ${at} of ${of}`,
};

/** A count of events in Arabic, the noun agreeing with the number: حدثان، ٣ أحداث، ٣٧ حدثاً. */
function arabicEvents(count: number): string {
  const n = count.toLocaleString('ar-u-nu-arab');
  if (count === 1) return 'حدث واحد';
  if (count === 2) return 'حدثان';
  return count <= 10 ? `${n} أحداث` : `${n} حدثاً`;
}

const ar: Strings = {
  dir: 'rtl',
  appTitle: 'كرونوغراف',
  tagline: 'من فعل ماذا، ومن قال ماذا عن من، ومتى — من خمس مقالات إخبارية عربية عن الرقة، 2015–2017.',
  language: 'اللغة',
  otherLanguage: 'English',
  copyLink: 'نسخ الرابط',
  linkCopied: 'نُسخ الرابط',
  linkCopyFailed: 'تعذّر النسخ؛ الرابط في شريط العنوان',
  timeline: 'الخط الزمني',
  timelineKeys: 'الخط الزمني: + و − للتكبير والتصغير، Page Up وPage Down للتحريك، Home لعرض الكل',
  graph: 'من اتهم من',
  fitAll: 'عرض الكل',
  jumpTo: 'انتقال إلى تاريخ',
  grouping: 'الصفوف',
  groupings: { none: 'بلا تجميع', type: 'حسب النوع', actor: 'حسب الفاعل', source: 'حسب المقالة' },
  level: 'المستوى',
  levels: { actor: 'الفاعل', organization: 'المؤسسة', state: 'الدولة' },
  filters: 'التصفية',
  clearAll: 'مسح الكل',
  search: 'بحث',
  searchPlaceholder: 'أسماء، ملخصات، اقتباسات…',
  types: 'النوع',
  subtypes: 'النوع الفرعي',
  statuses: 'الحالة',
  actors: 'الفاعل',
  sources: 'المقالة',
  dateRange: 'التواريخ',
  from: 'من',
  to: 'إلى',
  role: 'الدور',
  roles: { any: 'أي دور', made: 'صادر عنه', received: 'موجّه إليه' },
  eventTypes: {
    statement: 'تصريح',
    meeting: 'لقاء',
    strike: 'ضربة',
    convoy: 'قافلة',
    attack: 'هجوم',
    milestone: 'محطة',
  },
  subtypeNames: {
    accusation: 'اتهام',
    denial: 'نفي',
    claim: 'ادعاء',
    warning: 'تحذير',
    announcement: 'إعلان',
    position: 'موقف',
    report: 'تقرير',
    talks: 'محادثات',
    visit: 'زيارة',
    'press-conference': 'مؤتمر صحفي',
    call: 'اتصال',
    summit: 'قمة',
    agreement: 'اتفاق',
    airstrike: 'غارة جوية',
    missile: 'ضربة صاروخية',
    shelling: 'قصف مدفعي',
    withdrawal: 'انسحاب',
    evacuation: 'إجلاء',
    flight: 'فرار',
    supply: 'إمداد',
    bombing: 'تفجير',
    assault: 'اعتداء',
    'operation-start': 'بدء عملية',
    capture: 'سيطرة',
    decision: 'قرار',
    death: 'مقتل',
  },
  statusNames: { confirmed: 'مؤكد', claimed: 'مُدّعى', alleged: 'مزعوم', denied: 'منفي', planned: 'مخطط له' },
  alignments: {
    'russia-allies': 'روسيا وحلفاؤها',
    'us-coalition': 'التحالف بقيادة الولايات المتحدة',
    'sdf-kurdish': 'قسد / القوات الكردية',
    isis: 'داعش',
    other: 'آخرون',
  },
  roleNames: { agent: 'فاعل', target: 'مستهدف', participant: 'مشارك', mentioned: 'مذكور' },
  relationNames: { denies: 'ينفي', 'responds-to': 'يرد على', 'part-of': 'جزء من' },
  inverseRelationNames: { denies: 'نفاه', 'responds-to': 'ردّ عليه', 'part-of': 'يتضمن' },
  eventsShown: (shown, total) => `${shown} من ${total} حدثاً`,
  accusationsInView: (n) => `${n} من الاتهامات وحالات النفي في النافذة`,
  noEvent: 'اختر حدثاً من الخط الزمني أو الشبكة أو الجدول.',
  date: 'التاريخ',
  dateBasis: 'كيف حُدّد التاريخ',
  alternativeDates: 'تواريخ أخرى واردة',
  attribution: 'بحسب',
  status: 'الحالة',
  figures: 'الأرقام',
  relations: 'أحداث مرتبطة',
  notes: 'ملاحظة المحرر',
  evidence: 'في المقالة',
  source: 'المقالة',
  published: 'نُشرت',
  furniture: 'عناصر الصفحة (ليست من المقالة)',
  table: 'الأحداث',
  type: 'النوع',
  summary: 'الملخص',
  actor: 'الفاعلون',
  sortBy: (column) => `ترتيب حسب ${column}`,
  edgeAccusations: (from, to) => `${from} ← ${to}`,
  nodeCounts: (made, received) => `صدر عنه ${made}، ووُجّه إليه ${received}`,
  accusation: 'اتهام',
  denial: 'نفي',
  legend: 'مفتاح الرموز',
  uncertainDate: 'تاريخ غير مؤكد أو تقريبي (مدى باهت)',
  clusterTitle: '{count} أحداث — كبّر العرض أو انقر مرتين لرؤيتها',
  aggregateLabel: (count) => arabicEvents(count),
  aggregateTitle: (count, period, breakdown) => `${arabicEvents(count)}، ${period}: ${breakdown}. انقر للتكبير.`,
  aggregateBreakdown: (parts) =>
    parts.map(([type, count]) => `${type} ${count.toLocaleString('ar-u-nu-arab')}`).join('، '),
  otherRows: (grouping, rows) =>
    `${{ actor: 'جهات أخرى', source: 'مصادر أخرى', type: 'أنواع أخرى', none: 'أخرى' }[grouping]} (${rows.toLocaleString('ar-u-nu-arab')})`,
  tableRows: (first, last, total) =>
    `الصفوف ${first.toLocaleString('ar-u-nu-arab')}–${last.toLocaleString('ar-u-nu-arab')} من ${total.toLocaleString('ar-u-nu-arab')}`,
  previousRows: 'الصفوف السابقة',
  nextRows: 'الصفوف التالية',
  close: 'إغلاق',
  selectedEvent: 'الحدث المختار',
  graphDescription:
    'الفاعلون دوائر يتناسب حجمها مع الاتهامات الصادرة والواردة؛ الأسهم من المتهِم إلى المتهَم؛ الأسهم المتقطعة حالات نفي.',
  timelineDescription: 'الأحداث على محور زمني؛ الجدول أدناه بديل نصي.',
  brushHint: 'تعرض الشبكة الاتهامات الواقعة في النافذة الظاهرة من الخط الزمني.',
  noAccusations: 'لا اتهامات في هذه النافذة.',
  urlProblems: 'تعذّر فهم بعض أجزاء الرابط فتم تجاهلها:',
  dismiss: 'إخفاء',
  made: 'صادر',
  received: 'وارد',
  qualifiers: {
    exact: '',
    about: 'نحو',
    'at-least': 'على الأقل',
    'more-than': 'أكثر من',
    'up-to': 'حتى',
    dozens: 'عشرات',
    hundreds: 'مئات',
    thousands: 'آلاف',
  },
  figureKinds: {
    killed: 'قتلى',
    'civilian-victims': 'ضحايا مدنيون',
    families: 'عائلات',
    'sites-targeted': 'مواقع مستهدفة',
    'exit-attempts-foiled': 'محاولات خروج أُحبطت',
    'residential-areas-liberated': 'مناطق سكنية استُعيدت',
    'sorties-planned': 'طلعات مخطط لها',
    'sorties-flown': 'طلعات منفذة',
    'vehicles-destroyed': 'آليات مدمرة',
    'tankers-destroyed': 'صهاريج مدمرة',
    'armed-pickups-destroyed': 'سيارات بيك آب مسلحة مدمرة',
    'command-centres-destroyed': 'مراكز قيادة مدمرة',
    'ammunition-depots-destroyed': 'مستودعات ذخيرة مدمرة',
    'training-camps-destroyed': 'معسكرات تدريب مدمرة',
    'missiles-fired': 'صواريخ أُطلقت',
  },
  places: 'الأماكن',
  export: 'تصدير',
  exportSize: 'المقاس',
  exportSizes: { slide: 'شريحة 16:9', 'a4-portrait': 'A4 عمودي', 'a4-landscape': 'A4 أفقي', square: 'مربع' },
  embedFont: 'تضمين الخط العربي',
  exporting: 'جارٍ التصدير…',
  exportFailed: (reason) => `تعذّر التصدير: ${reason}`,
  storyToPresent: 'القصة المراد عرضها',
  present: 'عرض',
  presentation: 'العرض التقديمي',
  previousStep: 'الخطوة السابقة',
  nextStep: 'الخطوة التالية',
  stepCounter: (at, of) => `${at.toLocaleString('ar-u-nu-arab')} / ${of.toLocaleString('ar-u-nu-arab')}`,
  stepOf: (at, of) => `الخطوة ${at.toLocaleString('ar-u-nu-arab')} من ${of.toLocaleString('ar-u-nu-arab')}`,
  progress: 'التقدم',
  presenterNotes: 'ملاحظات المقدّم',
  showNotes: 'الملاحظات (N)',
  noNotes: 'لا ملاحظات لهذه الخطوة.',
  notesWindow: 'نافذة الملاحظات',
  notesWaiting: 'في انتظار العرض: اعرض قصة في النافذة التي فتحت هذه النافذة.',
  fullScreen: 'ملء الشاشة',
  exitPresentation: 'خروج (Esc)',
  presentationKeys:
    '← أو المسافة أو Page Down: التالي · → أو Page Up: السابق · Home وEnd: الأولى والأخيرة · N: الملاحظات · Esc: خروج',
  slideSources: 'المصادر',
  noSlideSources: 'لا مقالة في النافذة',
  outletDateSeparator: '، ',
  myStory: 'قصتي',
  myStorySummary: 'مشاهد محفوظة من شاشة الاستكشاف في هذه الجلسة.',
  addStep: 'إضافة المشهد الحالي خطوةً',
  stepNumber: (n) => `الخطوة ${n.toLocaleString('ar-u-nu-arab')}`,
  noSteps: 'لا خطوات بعد: اضبط المشهد ثم أضفه.',
  editStep: 'التعليق والملاحظات',
  captionEn: 'التعليق (بالإنجليزية)',
  captionAr: 'التعليق (بالعربية)',
  notesEn: 'الملاحظات (بالإنجليزية)',
  notesAr: 'الملاحظات (بالعربية)',
  removeStep: (n) => `حذف الخطوة ${n.toLocaleString('ar-u-nu-arab')}`,
  moveStepEarlier: (n) => `تقديم الخطوة ${n.toLocaleString('ar-u-nu-arab')}`,
  moveStepLater: (n) => `تأخير الخطوة ${n.toLocaleString('ar-u-nu-arab')}`,
  presentMyStory: 'عرض قصتي',
  myStoryKept: 'تُحفظ على هذا الجهاز أولًا بأول؛ و«البيانات ← تنزيل نسخة احتياطية» تحفظ نسخة منها.',
  handout: 'نشرة مطبوعة',
  print: 'طباعة',
  powerPoint: 'باوربوينت',
  unknownStory: (id) => `لا توجد قصة «${id}» لطباعتها.`,
  figureOfStep: (figure, at, of) =>
    `${figure}، الخطوة ${at.toLocaleString('ar-u-nu-arab')} من ${of.toLocaleString('ar-u-nu-arab')}`,
};

export const STRINGS: Record<Lang, Strings> = { en, ar };
