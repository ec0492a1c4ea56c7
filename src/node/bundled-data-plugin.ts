/**
 * The bundled dataset reaches the browser as files, not as code: the build copies the `data/` collections and
 * the `seeds/` articles next to `index.html`, and the dev server serves them from the project. The app fetches
 * and validates them at start-up (in a worker), so they stay out of the initial JavaScript, and a deployment —
 * or the benchmark — can put another dataset in their place without rebuilding.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { PROJECT_ROOT } from './dataset-files.ts';

/** The collection files the app fetches from `data/`, in the order it validates them. */
export const BUNDLED_DATA_FILES = ['sources', 'actors', 'places', 'events', 'stories'].map((n) => `data/${n}.json`);

/** Every file the app may fetch, by its URL path relative to `index.html`. */
function bundledFiles(): string[] {
  const articles = readdirSync(resolve(PROJECT_ROOT, 'seeds'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => `seeds/${name}`);
  return [...BUNDLED_DATA_FILES, ...articles];
}

export function bundledData(): Plugin {
  return {
    name: 'chronograph-bundled-data',
    configureServer(server) {
      const served = new Set(bundledFiles());
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        if (!served.has(path)) return next();
        response.setHeader('Content-Type', path.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8');
        response.end(readFileSync(resolve(PROJECT_ROOT, path)));
      });
    },
    generateBundle() {
      for (const fileName of bundledFiles()) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(resolve(PROJECT_ROOT, fileName)) });
      }
    },
  };
}
