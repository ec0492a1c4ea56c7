// @vitest-environment jsdom
// jsdom: Svelte compiles this file for the client there, where effects run (in Node they are server no-ops).
/**
 * The import flow when the data worker's clean verdict comes before the page has read the events
 * (`runData`'s `onVerdict`): the flow is reviewed at once — the verdict shown, applicable, no result yet — and
 * `settled`, which applying waits for, gives the whole result; if the events then cannot be read, the verdict
 * and Apply are withdrawn and the failure is the problem shown. An effect records each state the flow passes
 * through, as the dialog would draw it; the data worker's own code answers in place (`in-place-worker.ts`).
 */
import { File as NodeFile } from 'node:buffer';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../bench/generate.ts';
import type { DataResult } from '../src/lib/data/data-task.ts';
import { COLLECTIONS } from '../src/lib/model/schema.ts';
import { ImportFlow } from '../src/lib/state/import-flow.svelte.ts';
import { bundledDataset } from './helpers/bundled-dataset.ts';
import { InPlaceWorker, inPlaceWorker } from './helpers/in-place-worker.ts';
import { seedArticles } from './helpers/input-files.ts';

const EVENTS = 1000;
const dataset = generateDataset({ events: EVENTS, actors: 50, seed: 11 });
const target = {
  reference: bundledDataset(),
  articles: new Map(seedArticles().map((a) => [a.name, new TextDecoder().decode(a.bytes)])),
};
// Node's File: jsdom's cannot be read as an array buffer.
const chosen = () =>
  COLLECTIONS.map((name) => new NodeFile([JSON.stringify(dataset[name])], `${name}.json`) as unknown as File);

beforeAll(() => {
  vi.stubGlobal('Worker', InPlaceWorker);
});
afterAll(() => vi.unstubAllGlobals());

/** A state of the flow as the dialog draws it. */
interface Seen {
  readonly stage: string;
  readonly verdict: unknown;
  readonly applicable: boolean;
  readonly result: DataResult | undefined;
  readonly progress: unknown;
}

/**
 * Chooses the files and records each state the flow passes through; when the verdict is first seen, asks for
 * the settled result, as Apply pressed at that moment would.
 */
async function importWatched(flow: ImportFlow) {
  const seen: Seen[] = [];
  let settling: Promise<DataResult | undefined> | undefined;
  const stop = $effect.root(() => {
    $effect(() => {
      const { stage, verdict, applicable, result, progress } = flow;
      seen.push({ stage, verdict, applicable, result, progress });
      if (verdict && !settling) settling = flow.settled();
    });
  });
  try {
    await flow.choose(chosen());
    return { seen, settled: await settling };
  } finally {
    stop();
  }
}

describe('an import flow given an early verdict', () => {
  it('is reviewed at the verdict, applicable with no result yet, and settles on the whole result', async () => {
    const flow = new ImportFlow(target, {});
    const { seen, settled } = await importWatched(flow);
    const early = seen.filter((state) => state.verdict !== undefined);
    expect(early.length).toBeGreaterThan(0);
    for (const state of early) {
      expect(state).toMatchObject({ stage: 'review', verdict: { events: EVENTS, actors: 50 }, applicable: true });
      expect(state.result).toBeUndefined();
    }
    // The page's preparing is drawn while the verdict shows.
    expect(early.some((state) => (state.progress as { phase?: string } | undefined)?.phase === 'prepare')).toBe(true);
    // Asked for at the verdict, the settled result is the whole one.
    expect(settled).toBe(flow.result);
    expect(settled?.issues).toEqual([]);
    expect(settled?.kind === 'dataset' && settled.data?.resolved.events).toHaveLength(EVENTS);
    expect(seen.at(-1)).toMatchObject({ stage: 'review', verdict: undefined, applicable: true, progress: undefined });
  });

  it('withdraws the verdict, and Apply, when the events cannot be read after it', async () => {
    inPlaceWorker.spoilParts = true;
    try {
      const flow = new ImportFlow(target, {});
      const { seen, settled } = await importWatched(flow);
      expect(seen.some((state) => state.verdict !== undefined && state.applicable)).toBe(true);
      expect(settled?.issues.map((i) => i.code)).toEqual(['check-failed']);
      expect(seen.at(-1)).toMatchObject({ stage: 'review', verdict: undefined, applicable: false });
      expect(flow.failed).toBe(true);
    } finally {
      inPlaceWorker.spoilParts = false;
    }
  });
});
