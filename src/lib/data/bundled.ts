/**
 * The bundled dataset in the browser: the `data/` files and the articles they cite, imported as text at build
 * time and passed through the same validator as the command line uses. Nothing is trusted before it passes.
 */
import sourcesText from '../../../data/sources.json?raw';
import actorsText from '../../../data/actors.json?raw';
import placesText from '../../../data/places.json?raw';
import eventsText from '../../../data/events.json?raw';
import storiesText from '../../../data/stories.json?raw';
import type { Dataset } from '../model/schema.ts';
import { validateStories, type StoriesResult } from '../model/stories.ts';
import { validateDataset, type ValidationResult } from '../model/validate.ts';

const articles = import.meta.glob<string>('../../../seeds/*.txt', { query: '?raw', import: 'default', eager: true });

/** Article texts keyed by the `file` a source names (`seeds/…`). */
export const articleTexts: ReadonlyMap<string, string> = new Map(
  Object.entries(articles).map(([path, text]) => [path.replace(/^(\.\.\/)+/, ''), text]),
);

/** Validates the bundled dataset; the result holds the dataset only when it is clean. */
export function loadBundled(): ValidationResult {
  return validateDataset(
    [
      { file: 'data/sources.json', text: sourcesText },
      { file: 'data/actors.json', text: actorsText },
      { file: 'data/places.json', text: placesText },
      { file: 'data/events.json', text: eventsText },
    ],
    (file) => articleTexts.get(file),
  );
}

/** Validates the bundled stories against the validated dataset; the result holds them only when all are clean. */
export function loadBundledStories(dataset: Dataset): StoriesResult {
  return validateStories({ file: 'data/stories.json', text: storiesText }, dataset);
}
