/**
 * Builds what the benchmark serves: the app, with the project's own Vite config, and the bare vis-timeline
 * page, each into its folder under `node_modules/.cache/chronograph-bench/` — outside the folders that the
 * linters and the formatter read, and outside the project's `dist/`.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import { PROJECT_ROOT } from '../src/node/dataset-files.ts';

/**
 * The benchmark's working folder: builds, the served site, files to import. `CHRONOGRAPH_BENCH_DIR` moves it,
 * so that two checkouts or two people can run the benchmark side by side without sharing a site.
 */
export const BENCH_DIST = resolve(
  PROJECT_ROOT,
  process.env['CHRONOGRAPH_BENCH_DIR'] ?? 'node_modules/.cache/chronograph-bench',
);

/** Where each build goes. */
export const BUILDS = { app: resolve(BENCH_DIST, 'app'), bare: resolve(BENCH_DIST, 'bare') } as const;

/** Builds the app and the bare page. */
export async function buildAll(): Promise<void> {
  await build({ root: PROJECT_ROOT, logLevel: 'warn', build: { outDir: BUILDS.app, emptyOutDir: true } });
  await build({
    root: resolve(PROJECT_ROOT, 'bench/bare'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir: BUILDS.bare, emptyOutDir: true },
  });
}
