/**
 * The words of the data screens — loading, importing, storage and backups — in English and Arabic. Kept apart
 * from `strings.ts` (the explore screen's words) so that each file stays about one screen.
 */
import type { Lang } from '../model/view-state.ts';

export interface DataStrings {
  readonly loadingData: string;
  readonly bundledInvalid: string;
}

const en: DataStrings = {
  loadingData: 'Loading and checking the dataset…',
  bundledInvalid: 'The bundled dataset did not validate',
};

const ar: DataStrings = {
  loadingData: 'جارٍ تحميل البيانات والتحقق منها…',
  bundledInvalid: 'لم تجتز البيانات المرفقة التحقق',
};

export const DATA_STRINGS: Record<Lang, DataStrings> = { en, ar };
