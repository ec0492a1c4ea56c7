import { availableParallelism } from 'node:os';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { configDefaults, defineConfig } from 'vitest/config';
import { bundledData } from './src/node/bundled-data-plugin.ts';

/**
 * The Content-Security-Policy the app is served with: nothing inline, nothing evaluated, nothing from another
 * origin. The preview server sends it; static hosting should send the same header (see README).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Every header the app is served with: the CSP, and cross-origin isolation — no other origin's window can
 * hold a reference to the app's, and nothing from another origin can be embedded. Isolation also gives
 * the page its full-resolution clock (5 µs instead of 100 µs), which the benchmark's frame timing needs.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export default defineConfig({
  plugins: [svelte(), bundledData()],
  server: { headers: SECURITY_HEADERS },
  preview: { headers: SECURITY_HEADERS },
  test: {
    // One `vitest run` runs both projects: the unit tests first, in parallel, then the browser tests.
    projects: [
      {
        // The unit tests keep the Svelte plugin, because some mount components in jsdom, and resolve
        // packages' browser builds, because Svelte's server build cannot mount components. They run one file
        // per core: Vitest's default leaves a core to itself, which on a two-core machine means one at a time.
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/browser/**'],
          environment: 'node',
          maxWorkers: availableParallelism(),
        },
      },
      {
        // The browser tests are Node programs that drive Chromium, so they get Node's builds of playwright
        // and vite, not the browser ones the unit project asks for. Each file starts a browser and a server:
        // on a two-core machine two at once only slow each other down, hence one file at a time.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
