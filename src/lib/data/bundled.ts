/**
 * The bundled dataset in the browser: the `data/` collections and the `seeds/` articles they cite, fetched
 * from beside `index.html` (the build copies them there; see `src/node/bundled-data-plugin.ts`) as bytes, to
 * pass through the same limits and validator as any import. Nothing is trusted before it passes.
 */
import type { ImportIssue } from '../import/import-issue.ts';
import { importIssue } from '../import/import-issue.ts';
import type { DataRequest, InputFile } from './data-task.ts';

/** The collection files, in the order they are validated. */
export const BUNDLED_COLLECTIONS = ['sources', 'actors', 'places', 'events'].map((name) => `data/${name}.json`);
export const BUNDLED_STORIES = 'data/stories.json';

/** Only article files named as the data's rules require are fetched: `seeds/<name>.txt`, nothing else. */
const ARTICLE_FILE = /^seeds\/[A-Za-z0-9_.-]+\.txt$/;

/** The article files the sources name, read leniently: any problem with the sources is the validator's to report. */
export function citedArticles(sourcesBytes: Uint8Array): string[] {
  try {
    const sources: unknown = JSON.parse(new TextDecoder().decode(sourcesBytes));
    if (!Array.isArray(sources)) return [];
    const files = sources.map((s: unknown) =>
      s !== null && typeof s === 'object' && 'file' in s && typeof s.file === 'string' ? s.file : '',
    );
    return [...new Set(files.filter((file) => ARTICLE_FILE.test(file) && !file.includes('..')))];
  } catch {
    return [];
  }
}

export type BundledFetch =
  | { readonly ok: true; readonly request: Extract<DataRequest, { kind: 'dataset' }> }
  | { readonly ok: false; readonly issues: readonly ImportIssue[] };

/** Fetches the bundled files from `base` (the app's base URL) as a dataset request with its stories. */
export async function fetchBundled(base: string, fetcher: typeof fetch = fetch): Promise<BundledFetch> {
  const issues: ImportIssue[] = [];
  const get = async (name: string): Promise<InputFile | undefined> => {
    try {
      const response = await fetcher(new URL(name, new URL(base, location.href)));
      if (response.ok) return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
      issues.push(importIssue({ code: 'file-unreadable', message: `HTTP ${response.status} for ${name}`, file: name }));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      issues.push(importIssue({ code: 'file-unreadable', message: `could not fetch ${name}: ${why}`, file: name }));
    }
    return undefined;
  };
  const [files, stories] = await Promise.all([Promise.all(BUNDLED_COLLECTIONS.map(get)), get(BUNDLED_STORIES)]);
  const sources = files[0];
  const articles = sources ? await Promise.all(citedArticles(sources.bytes).map(get)) : [];
  const present = <T>(list: (T | undefined)[]) => list.filter((x): x is T => x !== undefined);
  if (issues.length > 0 || !stories) return { ok: false, issues };
  return { ok: true, request: { kind: 'dataset', files: present(files), articles: present(articles), stories } };
}
