/**
 * The clean verdict told before the page has read the events. With a listener for it, the page keeps each part
 * of an events file the worker sends as it validates (decoded, not parsed), tells the verdict as soon as the
 * worker gives it, then parses the parts a task each and answers the request with the very result the worker
 * validated. In Node there is no worker: the data worker's own code answers in place (`in-place-worker.ts`).
 * The import flow's side is in `import-flow.svelte.test.ts`.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../bench/generate.ts';
import { runData, type EarlyVerdict } from '../src/lib/data/data-client.ts';
import { runDataTask, type DataRequest, type DataResult } from '../src/lib/data/data-task.ts';
import { EVENTS_PER_CHECK } from '../src/lib/data/validate-in-parts.ts';
import type { ProgressStep } from '../src/lib/model/progress.ts';
import { COLLECTIONS } from '../src/lib/model/schema.ts';
import { InPlaceWorker, inPlaceWorker } from './helpers/in-place-worker.ts';
import { inputFile, seedArticles } from './helpers/input-files.ts';

const EVENTS = 1000;
const dataset = generateDataset({ events: EVENTS, actors: 50, seed: 11 });
const articles = seedArticles();
const collectionFiles = () => COLLECTIONS.map((name) => inputFile(`${name}.json`, JSON.stringify(dataset[name])));
const request = (): DataRequest => ({ kind: 'dataset', files: collectionFiles(), articles, written: true });

beforeAll(() => {
  vi.stubGlobal('Worker', InPlaceWorker);
});
afterAll(() => vi.unstubAllGlobals());

/** Runs the request, recording in order the verdict, each progress step and the result. */
async function heard(withVerdict: boolean) {
  const log: (['verdict', EarlyVerdict] | ['progress', ProgressStep] | ['result', DataResult])[] = [];
  const result = await runData(request(), {
    onProgress: (step) => log.push(['progress', step]),
    ...(withVerdict ? { onVerdict: (verdict: EarlyVerdict) => log.push(['verdict', verdict]) } : {}),
  });
  log.push(['result', result]);
  return { result, log };
}

describe('runData with a listener for an early verdict', () => {
  it('tells the verdict, then prepares every part of the events, then gives the result the worker validated', async () => {
    const { result, log } = await heard(true);
    const expected = runDataTask(request());
    expect(result.issues).toEqual([]);
    const events = (r: DataResult) => (r.kind === 'dataset' ? r.data?.resolved.events : undefined);
    expect(events(result)).toEqual(events(expected));
    expect(result.kind === 'dataset' && result.data?.resolved.actors).toEqual(
      expected.kind === 'dataset' && expected.data?.resolved.actors,
    );
    const kinds = log.map(([kind, value]) => (kind === 'progress' ? (value as ProgressStep).phase : kind));
    const verdictAt = kinds.indexOf('verdict');
    expect(kinds.filter((k) => k === 'verdict')).toHaveLength(1);
    expect(log[verdictAt]?.[1]).toEqual({ events: EVENTS, actors: 50 });
    // Checking before the verdict; only the page's preparing after it, ending with the result.
    expect(kinds.slice(0, verdictAt).every((k) => k === 'parse' || k === 'records' || k === 'checks')).toBe(true);
    const after = kinds.slice(verdictAt + 1);
    expect(after.at(-1)).toBe('result');
    expect(after.slice(0, -1).length).toBeGreaterThan(0);
    expect(after.slice(0, -1).every((k) => k === 'prepare')).toBe(true);
    // The first step is drawn at once: none of the parts had been parsed when the verdict was told.
    const parts = Math.ceil(EVENTS / EVENTS_PER_CHECK);
    expect(log[verdictAt + 1]?.[1]).toEqual({ phase: 'prepare', done: 1, total: parts });
  });

  it('gives the same result without such a listener, telling no verdict and drawing no preparing', async () => {
    const withVerdict = await heard(true);
    const { result, log } = await heard(false);
    expect(result).toEqual(withVerdict.result);
    expect(log.some(([kind, value]) => kind === 'verdict' || (value as ProgressStep).phase === 'prepare')).toBe(false);
  });

  it('ends in check-failed after the verdict when a part the worker validated cannot be read on the page', async () => {
    inPlaceWorker.spoilParts = true;
    try {
      const { result, log } = await heard(true);
      expect(log.filter(([kind]) => kind === 'verdict')).toHaveLength(1);
      expect(result.issues.map((i) => [i.code, i.message])).toEqual([
        ['check-failed', 'the data worker failed: the events sent ahead could not be read'],
      ]);
      expect(result.kind === 'dataset' && result.data).toBeFalsy();
    } finally {
      inPlaceWorker.spoilParts = false;
    }
  });
});
