/**
 * The words of the data screens — loading, importing, storage and backups — in English and Arabic. Kept apart
 * from `strings.ts` (the explore screen's words) so that each file stays about one screen.
 */
import type { ImportField } from '../import/acled-mapping.ts';
import type { ProgressStep } from '../model/progress.ts';
import type { Lang } from '../model/view-state.ts';
import type { StorageErrorCode } from '../persist/storage-error.ts';

export interface DataStrings {
  readonly loadingData: string;
  /** Shown while a large dataset's index, timeline items and graph are built, before the explore screen. */
  readonly preparingData: (events: number) => string;
  readonly bundledInvalid: string;
  /** Shown instead when Chronograph itself failed while checking the data (`check-failed`), not the data. */
  readonly dataCheckFailed: string;
  readonly data: string;
  readonly importData: string;
  readonly downloadBackup: string;
  readonly downloadJson: string;
  readonly downloadCsv: string;
  readonly restoreBundled: string;
  readonly showing: (label: string) => string;
  readonly bundledLabel: string;
  readonly savedVersion: (version: number) => string;
  readonly notSaved: string;
  readonly importTitle: string;
  readonly importIntro: string;
  readonly dropHere: string;
  readonly chooseFiles: string;
  readonly mappingTitle: string;
  readonly mappingIntro: string;
  readonly field: string;
  readonly column: string;
  readonly required: string;
  readonly notMapped: string;
  readonly delimiter: string;
  readonly comma: string;
  readonly semicolon: string;
  readonly mixedLineEndings: string;
  readonly mixedRefuse: string;
  readonly mixedAccept: string;
  readonly eventsChoice: string;
  readonly eventsReplace: string;
  readonly eventsAdd: string;
  readonly validRowsOnly: string;
  readonly check: string;
  readonly back: string;
  readonly cancel: string;
  readonly close: string;
  readonly apply: string;
  readonly checking: string;
  readonly phases: Record<ProgressStep['phase'], string>;
  readonly clean: (events: number, actors: number) => string;
  readonly rowsImported: (imported: number, rejected: number) => string;
  readonly problems: (count: number) => string;
  readonly nothingChanged: string;
  readonly moreProblems: (count: number) => string;
  readonly downloadRejected: string;
  readonly downloadProblems: string;
  readonly applied: (label: string) => string;
  readonly storageErrors: Record<StorageErrorCode, string>;
  readonly unreadableStored: string;
  readonly downloadUnreadable: string;
  readonly otherTab: (version: number) => string;
  readonly reload: string;
  readonly fields: Record<ImportField, string>;
}

const en: DataStrings = {
  loadingData: 'Loading and checking the dataset…',
  preparingData: (events) => `Preparing ${events.toLocaleString('en-GB')} events for display…`,
  bundledInvalid: 'The bundled dataset did not validate',
  dataCheckFailed: 'Chronograph failed while checking the data',
  data: 'Data',
  importData: 'Import…',
  downloadBackup: 'Download backup',
  downloadJson: 'Download data (JSON)',
  downloadCsv: 'Download events (CSV)',
  restoreBundled: 'Restore the bundled dataset',
  showing: (label) => `Showing: ${label}`,
  bundledLabel: 'the bundled dataset',
  savedVersion: (version) => `Saved on this device (version ${version})`,
  notSaved: 'Not saved on this device',
  importTitle: 'Import data',
  importIntro:
    'A Chronograph dataset (.json), a backup, or an ACLED-style table (.csv) — with the articles (.txt) it quotes if they are not already loaded. Nothing you see changes unless the import is clean.',
  dropHere: 'Drop files here, or',
  chooseFiles: 'choose files',
  mappingTitle: 'Map the columns',
  mappingIntro: 'Say which column holds each field. Nothing is guessed; your choices are remembered for the next file.',
  field: 'Field',
  column: 'Column',
  required: 'required',
  notMapped: '— not in this file —',
  delimiter: 'Delimiter',
  comma: 'comma (,)',
  semicolon: 'semicolon (;)',
  mixedLineEndings: 'Mixed line endings',
  mixedRefuse: 'are an error',
  mixedAccept: 'are accepted',
  eventsChoice: 'The rows’ events',
  eventsReplace: 'replace the current events',
  eventsAdd: 'are added to the current events',
  validRowsOnly: 'Import the valid rows only (the others can be downloaded)',
  check: 'Check',
  back: 'Back',
  cancel: 'Cancel',
  close: 'Close',
  apply: 'Apply',
  checking: 'Checking…',
  phases: {
    parse: 'Reading files',
    records: 'Checking records',
    checks: 'Checking quotes and references',
    prepare: 'Preparing the events to show',
  },
  clean: (events, actors) => `Clean: ${events} events, ${actors} actors. Apply to show them.`,
  rowsImported: (imported, rejected) => `${imported} rows can be imported; ${rejected} rejected.`,
  problems: (count) => (count === 1 ? '1 problem' : `${count} problems`),
  nothingChanged: 'Nothing was changed.',
  moreProblems: (count) => `… and ${count} more (download them all)`,
  downloadRejected: 'Download rejected rows (CSV)',
  downloadProblems: 'Download the problems',
  applied: (label) => `Imported ${label}`,
  storageErrors: {
    'storage-unavailable': 'Local storage is not available; your work is not saved on this device.',
    'storage-quota': 'This device is out of storage space; your latest changes are not saved.',
    'storage-aborted': 'Saving was interrupted; your latest changes are not saved.',
    'storage-corrupt': 'Stored data is damaged.',
    'storage-failed': 'Saving failed; your latest changes are not saved.',
  },
  unreadableStored:
    'Stored data could not be read. It is kept, and nothing will be saved over it: download it, then continue.',
  downloadUnreadable: 'Download the stored data',
  otherTab: (version) =>
    `Another tab saved version ${version}. This tab stops saving so that it cannot overwrite it; reload to continue there.`,
  reload: 'Reload',
  fields: {
    id: 'Event id',
    date: 'Date (EDTF)',
    type: 'Type',
    subtype: 'Subtype',
    agent: 'Agents (actor1)',
    target: 'Targets (actor2)',
    actorsJson: 'Actors with roles (JSON)',
    location: 'Place',
    latitude: 'Latitude',
    longitude: 'Longitude',
    fatalities: 'Fatalities',
    fatalitiesQualifier: 'How exact the fatalities are',
    figuresJson: 'Figures (JSON)',
    summaryEn: 'Summary (English)',
    summaryAr: 'Summary (Arabic)',
    status: 'Status',
    attribution: 'Whose account',
    dateWords: 'Words that date it',
    dateWordsJson: 'Words that date it (JSON)',
    dateReasoning: 'How the date was established',
    alternativeDatesJson: 'Alternative dates (JSON)',
    evidenceSource: 'Evidence: source id',
    evidenceQuote: 'Evidence: quote',
    evidenceStart: 'Evidence: start offset',
    evidenceEnd: 'Evidence: end offset',
    evidencePrefix: 'Evidence: text before',
    evidenceSuffix: 'Evidence: text after',
    evidenceJson: 'Evidence (JSON)',
    relationsJson: 'Relations to other events (JSON)',
    notes: 'Notes',
  },
};

const ar: DataStrings = {
  loadingData: 'جارٍ تحميل البيانات والتحقق منها…',
  preparingData: (events) => `جارٍ تجهيز ${events.toLocaleString('ar-u-nu-arab')} حدث للعرض…`,
  bundledInvalid: 'لم تجتز البيانات المرفقة التحقق',
  dataCheckFailed: 'تعطّل Chronograph أثناء التحقق من البيانات',
  data: 'البيانات',
  importData: 'استيراد…',
  downloadBackup: 'تنزيل نسخة احتياطية',
  downloadJson: 'تنزيل البيانات (JSON)',
  downloadCsv: 'تنزيل الأحداث (CSV)',
  restoreBundled: 'استعادة البيانات المرفقة',
  showing: (label) => `المعروض: ${label}`,
  bundledLabel: 'البيانات المرفقة',
  savedVersion: (version) => `محفوظ على هذا الجهاز (الإصدار ${version})`,
  notSaved: 'غير محفوظ على هذا الجهاز',
  importTitle: 'استيراد بيانات',
  importIntro:
    'مجموعة بيانات كرونوغراف (‎.json) أو نسخة احتياطية أو جدول على نمط ACLED (‎.csv)، مع المقالات (‎.txt) التي يقتبس منها إن لم تكن محمّلة. لا يتغير شيء مما تراه ما لم يكن الاستيراد سليمًا.',
  dropHere: 'أفلت الملفات هنا، أو',
  chooseFiles: 'اختر ملفات',
  mappingTitle: 'ربط الأعمدة',
  mappingIntro: 'حدّد العمود الذي يحوي كل حقل. لا شيء يُخمَّن، وتُحفظ اختياراتك للملف التالي.',
  field: 'الحقل',
  column: 'العمود',
  required: 'مطلوب',
  notMapped: '— ليس في هذا الملف —',
  delimiter: 'الفاصل',
  comma: 'فاصلة (,)',
  semicolon: 'فاصلة منقوطة (;)',
  mixedLineEndings: 'نهايات الأسطر المختلطة',
  mixedRefuse: 'خطأ',
  mixedAccept: 'مقبولة',
  eventsChoice: 'أحداث الصفوف',
  eventsReplace: 'تحل محل الأحداث الحالية',
  eventsAdd: 'تضاف إلى الأحداث الحالية',
  validRowsOnly: 'استيراد الصفوف السليمة فقط (يمكن تنزيل البقية)',
  check: 'تحقق',
  back: 'رجوع',
  cancel: 'إلغاء',
  close: 'إغلاق',
  apply: 'تطبيق',
  checking: 'جارٍ التحقق…',
  phases: {
    parse: 'قراءة الملفات',
    records: 'فحص السجلات',
    checks: 'فحص الاقتباسات والمراجع',
    prepare: 'تجهيز الأحداث للعرض',
  },
  clean: (events, actors) => `سليم: ${events} حدثًا و${actors} فاعلًا. طبّق لعرضها.`,
  rowsImported: (imported, rejected) => `يمكن استيراد ${imported} صفًا؛ رُفض ${rejected}.`,
  problems: (count) => `${count} مشكلة`,
  nothingChanged: 'لم يتغير شيء.',
  moreProblems: (count) => `… و${count} أخرى (نزّلها كلها)`,
  downloadRejected: 'تنزيل الصفوف المرفوضة (CSV)',
  downloadProblems: 'تنزيل المشكلات',
  applied: (label) => `تم استيراد ${label}`,
  storageErrors: {
    'storage-unavailable': 'التخزين المحلي غير متاح؛ عملك غير محفوظ على هذا الجهاز.',
    'storage-quota': 'نفدت مساحة التخزين على هذا الجهاز؛ آخر تغييراتك غير محفوظة.',
    'storage-aborted': 'توقف الحفظ؛ آخر تغييراتك غير محفوظة.',
    'storage-corrupt': 'البيانات المخزنة تالفة.',
    'storage-failed': 'فشل الحفظ؛ آخر تغييراتك غير محفوظة.',
  },
  unreadableStored: 'تعذرت قراءة بيانات مخزنة. هي محفوظة ولن يُكتب فوقها شيء: نزّلها ثم تابع.',
  downloadUnreadable: 'تنزيل البيانات المخزنة',
  otherTab: (version) =>
    `حفظ تبويب آخر الإصدار ${version}. توقف هذا التبويب عن الحفظ كي لا يكتب فوقه؛ أعد التحميل للمتابعة.`,
  reload: 'إعادة التحميل',
  fields: {
    id: 'معرّف الحدث',
    date: 'التاريخ (EDTF)',
    type: 'النوع',
    subtype: 'النوع الفرعي',
    agent: 'الفاعلون (actor1)',
    target: 'المستهدفون (actor2)',
    actorsJson: 'الأطراف وأدوارهم (JSON)',
    location: 'المكان',
    latitude: 'خط العرض',
    longitude: 'خط الطول',
    fatalities: 'القتلى',
    fatalitiesQualifier: 'دقة عدد القتلى',
    figuresJson: 'الأرقام (JSON)',
    summaryEn: 'الملخص (بالإنجليزية)',
    summaryAr: 'الملخص (بالعربية)',
    status: 'الحالة',
    attribution: 'رواية من',
    dateWords: 'الكلمات التي تؤرخه',
    dateWordsJson: 'الكلمات التي تؤرخه (JSON)',
    dateReasoning: 'كيف حُدد التاريخ',
    alternativeDatesJson: 'تواريخ بديلة (JSON)',
    evidenceSource: 'الدليل: معرّف المصدر',
    evidenceQuote: 'الدليل: الاقتباس',
    evidenceStart: 'الدليل: موضع البداية',
    evidenceEnd: 'الدليل: موضع النهاية',
    evidencePrefix: 'الدليل: النص قبله',
    evidenceSuffix: 'الدليل: النص بعده',
    evidenceJson: 'الأدلة (JSON)',
    relationsJson: 'العلاقات بأحداث أخرى (JSON)',
    notes: 'ملاحظات',
  },
};

export const DATA_STRINGS: Record<Lang, DataStrings> = { en, ar };
