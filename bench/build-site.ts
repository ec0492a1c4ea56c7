/**
 * Builds the app and the bare page and prepares the served folder, with the bundled data, under
 * `CHRONOGRAPH_BENCH_DIR` — a step of `npm run bench:compare`, run in each tree it compares.
 */
import { buildAll } from './build.ts';
import { prepareSite, useDataset } from './site.ts';

await buildAll();
prepareSite();
useDataset(undefined);
