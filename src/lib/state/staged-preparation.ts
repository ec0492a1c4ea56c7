/**
 * A large session's preparation in stages, each run a slice per task (`runInSlices`): the graph first, so that
 * the explore screen can open on it; then, once that graph is drawn (or after a while, for a graph with nothing
 * to draw), everything else. A session that closes meanwhile — its data replaced — calls `stop`, and nothing
 * more is prepared for it.
 */
import type { Steps } from '../model/steps.ts';
import { runInSlices, type SliceOptions } from './in-slices.ts';

/** What is prepared: the explore state's steps, and when its graph was first drawn. */
export interface Preparable {
  prepareGraph(): Steps<void>;
  prepare(articles: ReadonlyMap<string, string>): Steps<void>;
  readonly firstGraph: Promise<void>;
}

export interface StagedOptions {
  /** Longest the rest waits for the graph to be drawn. */
  readonly graphFirstMs: number;
  /** Hears the share of the rest prepared. */
  readonly progress?: (share: number) => void;
  /** Resolves after `ms` milliseconds; tests pass their own. */
  readonly delay?: (ms: number) => Promise<void>;
  /** How the slices are run; tests pass their own clock and wait. */
  readonly slices?: SliceOptions;
}

export interface StagedPreparation {
  /** Resolves once the graph is prepared. */
  readonly graph: Promise<void>;
  /** Resolves once everything is prepared; never, once stopped. */
  readonly all: Promise<void>;
  /** Prepares nothing more. */
  stop(): void;
}

const timeout = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Starts preparing `state` in stages, in later tasks; the articles are those the rest of the preparation reads. */
export function prepareInStages(
  state: Preparable,
  articles: ReadonlyMap<string, string>,
  { graphFirstMs, progress = () => {}, delay = timeout, slices = {} }: StagedOptions,
): StagedPreparation {
  let stopped = false;
  const graphSlices = runInSlices(state.prepareGraph(), () => {}, { ...slices, later: true });
  let running = graphSlices;
  const all = graphSlices.finished
    .then(() => Promise.race([state.firstGraph, delay(graphFirstMs)]))
    .then(() => {
      if (stopped) return new Promise<void>(() => {});
      running = runInSlices(state.prepare(articles), progress, { ...slices, later: true });
      return running.finished;
    });
  return {
    graph: graphSlices.finished,
    all,
    stop: () => {
      stopped = true;
      running.cancel();
    },
  };
}
