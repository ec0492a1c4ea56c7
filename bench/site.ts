/**
 * The folder the benchmark serves: a copy of the app's build with the bare page under `bare/`, whose data
 * files (`data/*.json`, the contract by which the app loads its dataset) are replaced by each dataset measured.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COLLECTIONS } from '../src/lib/model/schema.ts';
import { BENCH_DIST, BUILDS } from './build.ts';
import type { GeneratedDataset } from './generate.ts';

/** The served folder. */
export const SITE = resolve(BENCH_DIST, 'site');

/** Copies both builds into the served folder, replacing what was there. */
export function prepareSite(): void {
  rmSync(SITE, { recursive: true, force: true });
  cpSync(BUILDS.app, SITE, { recursive: true });
  cpSync(BUILDS.bare, resolve(SITE, 'bare'), { recursive: true });
}

/**
 * Puts a dataset's collections in the served `data/` folder, with no stories, or restores the bundled
 * files when `dataset` is undefined. The files are compact JSON: the app reads any JSON array.
 */
export function useDataset(dataset: GeneratedDataset | undefined): void {
  const data = resolve(SITE, 'data');
  if (!dataset) {
    cpSync(resolve(BUILDS.app, 'data'), data, { recursive: true });
    return;
  }
  mkdirSync(data, { recursive: true });
  for (const name of COLLECTIONS) writeFileSync(resolve(data, `${name}.json`), JSON.stringify(dataset[name]));
  writeFileSync(resolve(data, 'stories.json'), '[]');
}
