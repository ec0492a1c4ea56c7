/**
 * `generateDataset`: a seeded, deterministic synthetic dataset of any size for the benchmark, valid under
 * the project's validator. It keeps the five real sources and the real places, and quotes the real
 * articles, so that validation, provenance checks and the source reader do their real work; the actors and
 * events are invented in the proportions of the bundled data (see `generate-actors.ts`,
 * `generate-events.ts`). The same options always give the same dataset.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { Place, Source, type Actor, type Event } from '../src/lib/model/schema.ts';
import { articleReader, PROJECT_ROOT } from '../src/node/dataset-files.ts';
import { generateActors } from './generate-actors.ts';
import { generateEvents } from './generate-events.ts';
import { Random } from './prng.ts';
import { QuotePicker } from './quotes.ts';

/** What to generate. */
export interface GenerateOptions {
  /** Number of events, 0 or more. */
  readonly events: number;
  /** Number of actors, from 50 to 1,000. */
  readonly actors: number;
  /** Seed of the random source: the same seed gives the same dataset. */
  readonly seed: number;
}

/** A generated dataset, as the four collection arrays of `data/*.json`. */
export interface GeneratedDataset {
  readonly sources: Source[];
  readonly actors: Actor[];
  readonly places: Place[];
  readonly events: Event[];
}

/** Reads one bundled collection and checks each record against its schema. */
function bundled<S extends v.GenericSchema>(name: string, schema: S): v.InferOutput<S>[] {
  const text = readFileSync(resolve(PROJECT_ROOT, 'data', `${name}.json`), 'utf8');
  return v.parse(v.array(schema), JSON.parse(text));
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The seed of every synthetic dataset the benchmark measures, so that every run of it measures the same data. */
export const BENCH_SEED = 6;

/** Generates a dataset; its collections are sorted by id, as the bundled files are. */
export function generateDataset(options: GenerateOptions): GeneratedDataset {
  const { events: eventCount, actors: actorCount, seed } = options;
  if (!Number.isInteger(eventCount) || eventCount < 0) {
    throw new RangeError(`invalid events: ${eventCount} (expected an integer of 0 or more)`);
  }
  const random = new Random(seed);
  const sources = bundled('sources', Source);
  const places = bundled('places', Place);
  const quotes = new QuotePicker(sources, articleReader(PROJECT_ROOT));
  const { actors, pools } = generateActors(actorCount, random);
  const events = generateEvents(eventCount, { pools, places, quotes }, random);
  return {
    sources: sources.sort(byId),
    actors: actors.sort(byId),
    places: places.sort(byId),
    events: events.sort(byId),
  };
}
