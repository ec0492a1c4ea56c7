/**
 * The dataset on disk: where the bundled files are, how a dataset file is read (size checked before it is
 * read, UTF-8 decoded strictly), and how a source's article text is found. Node-only; the validator it
 * feeds is the same one the browser uses.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS } from '../lib/import/limits.ts';
import { decodeUtf8 } from '../lib/model/json-text.ts';
import type { Utf8Decoder } from '../lib/model/utf8.ts';
import type { Issue } from '../lib/model/issue.ts';
import { COLLECTIONS } from '../lib/model/schema.ts';
import { validateStories } from '../lib/model/stories.ts';
import type { Story } from '../lib/model/schema.ts';
import { validateDataset, type ArticleReader, type DatasetFile, type ValidationResult } from '../lib/model/validate.ts';

/**
 * Node's `TextDecoder`, refusing what is not UTF-8 as `decodeWellFormed` does. In the browser it is the slower of
 * the two (`utf8.ts`); in Node, `validate` on 100,000 events took 4.4-5.4 s and at most 423-429 MB with it, against
 * 4.8-6.6 s and 512-619 MB with `decodeWellFormed` (4 runs each, in turn; before either, 4.2-6.2 s and 423-427 MB).
 */
const fatalDecoder = new TextDecoder('utf-8', { fatal: true });
const decodeInNode: Utf8Decoder = (bytes) => {
  try {
    return fatalDecoder.decode(bytes);
  } catch {
    return undefined;
  }
};

/** The project's root folder, where `data/` and `seeds/` are. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Largest dataset file read, checked before reading; the bundled data is well under 1 MB. */
export const MAX_FILE_BYTES = DEFAULT_LIMITS.maxBytes;

/** The bundled collection files, in collection order. */
export function bundledPaths(root = PROJECT_ROOT): string[] {
  return COLLECTIONS.map((name) => resolve(root, 'data', `${name}.json`));
}

/** A path as shown in messages: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Reads one dataset file, or says why it cannot. */
export function readDatasetFile(path: string): DatasetFile | Issue {
  const file = displayPath(path);
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      return {
        code: 'file-too-large',
        message: `${size} bytes is over the limit of ${MAX_FILE_BYTES}`,
        file,
        pointer: '',
      };
    }
    const decoded = decodeUtf8(readFileSync(path), decodeInNode);
    if ('problem' in decoded)
      return { code: decoded.problem.code, message: decoded.problem.message, file, pointer: '' };
    return { file, text: decoded.text };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { code: 'file-unreadable', message: reason, file, pointer: '' };
  }
}

/** Reads articles by the `file` a source names, relative to `root`, remembering what it read. */
export function articleReader(root = PROJECT_ROOT): ArticleReader {
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      const path = resolve(root, file);
      let text: string | undefined;
      if (!relative(root, path).startsWith('..')) {
        try {
          const decoded = decodeUtf8(readFileSync(path), decodeInNode);
          text = 'text' in decoded ? decoded.text : undefined;
        } catch {
          text = undefined;
        }
      }
      cache.set(file, text);
    }
    return cache.get(file);
  };
}

/** A stories file is recognised by its name, like a collection file. */
const isStoriesFile = (path: string) => /(^|[\\/.])stories\.json$/.test(path);

/**
 * Validates the given dataset files, or the bundled ones. A collection file given alone (`events.json`) is
 * checked together with the bundled files of the other collections, so its references can resolve. Stories
 * (`stories.json`, given or bundled) are checked against the dataset once it is clean.
 */
export function validatePaths(
  paths: readonly string[],
  root = PROJECT_ROOT,
): ValidationResult & { readonly stories?: readonly Story[] } {
  const given = paths.map((p) => resolve(p));
  const storyPaths = given.filter(isStoriesFile);
  const chosen = given.length > 0 ? given.filter((p) => !isStoriesFile(p)) : bundledPaths(root);
  const named = new Set(chosen.map((p) => COLLECTIONS.find((c) => p.endsWith(`${c}.json`))));
  const wholeDataset = chosen.some((p) => !COLLECTIONS.some((c) => p.endsWith(`${c}.json`)));
  const completed = wholeDataset
    ? chosen
    : [...chosen, ...bundledPaths(root).filter((_p, k) => !named.has(COLLECTIONS[k]))];
  if (given.length === 0) storyPaths.push(resolve(root, 'data', 'stories.json'));
  const files: DatasetFile[] = [];
  const unreadable: Issue[] = [];
  for (const path of completed) {
    const read = readDatasetFile(path);
    if ('text' in read) files.push(read);
    else unreadable.push(read);
  }
  const result = validateDataset(files, articleReader(root));
  if (unreadable.length > 0) return { issues: [...unreadable, ...result.issues] };
  if (!result.dataset || storyPaths.length === 0) return result;
  const storyIssues: Issue[] = [];
  const stories: Story[] = [];
  for (const path of storyPaths) {
    const read = readDatasetFile(path);
    if (!('text' in read)) {
      storyIssues.push(read);
      continue;
    }
    const checked = validateStories(read, result.dataset);
    storyIssues.push(...checked.issues);
    stories.push(...(checked.stories ?? []));
  }
  return storyIssues.length ? { issues: storyIssues } : { ...result, stories };
}
