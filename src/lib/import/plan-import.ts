/**
 * The atomic step of an import: given the dataset shown now and the files a reader brought, decide what is
 * shown next. The incoming files pass the same validator as the CLI's `validate`; only a clean result
 * becomes the next dataset, and otherwise the answer is the issues and the current dataset stays as it is.
 * The function is pure — it reads `current` and `incoming` and writes neither — so a caller can run it in a
 * worker and swap datasets in one assignment.
 */
import type { Issue } from '../model/issue.ts';
import type { Dataset } from '../model/schema.ts';
import { datasetChanges, type DatasetChanges } from './dataset-changes.ts';
import { validateDataset, type ArticleReader, type DatasetFile } from '../model/validate.ts';

/** What a reader brought: dataset files (JSON text) and a way to read the articles they cite. */
export interface IncomingData {
  readonly files: readonly DatasetFile[];
  readonly articles: ArticleReader;
}

export type ImportPlan =
  | { readonly ok: true; readonly next: Dataset; readonly changes: DatasetChanges }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * The next dataset when the incoming files validate clean, with what it changes from `current`, or every
 * issue when they do not. `current` is only read: on failure the caller keeps showing it, and on success
 * `next` is a new object sharing nothing with it.
 */
export function planImport(current: Dataset, incoming: IncomingData): ImportPlan {
  if (incoming.files.length === 0) {
    return {
      ok: false,
      issues: [{ code: 'document-shape', message: 'no file to import', file: '', pointer: '' }],
    };
  }
  const result = validateDataset(incoming.files, incoming.articles);
  if (!result.dataset || result.issues.length > 0) return { ok: false, issues: result.issues };
  return { ok: true, next: result.dataset, changes: datasetChanges(current, result.dataset) };
}

/** A validated dataset as one dataset document, the form `planImport` takes (e.g. after a CSV import). */
export function datasetFile(file: string, dataset: Dataset): DatasetFile {
  return { file, text: JSON.stringify(dataset, null, 2) };
}
