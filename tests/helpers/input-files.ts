/** Input files for the data task, as the page hands them over: a name and the bytes of a text. */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { InputFile } from '../../src/lib/data/data-task.ts';
import { PROJECT_ROOT } from '../../src/node/dataset-files.ts';

const encoder = new TextEncoder();

/** A file named `name` holding `text` in UTF-8. */
export const inputFile = (name: string, text: string): InputFile => ({ name, bytes: encoder.encode(text) });

/** The five articles of `seeds/`, named as a dataset's sources cite them. */
export function seedArticles(): InputFile[] {
  return readdirSync(resolve(PROJECT_ROOT, 'seeds'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => inputFile(`seeds/${name}`, readFileSync(resolve(PROJECT_ROOT, 'seeds', name), 'utf8')));
}
