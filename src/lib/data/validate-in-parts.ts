/**
 * Validation of a dataset whose events file is read a part at a time. Parsed whole, 100,000 events are a tree of
 * millions of objects that all stay alive through validation, and the engine spends as long collecting and
 * moving them as the checks take; and the browser decodes a text of 70 MB several times slower than the same
 * bytes in small parts. Read a part at a time (`EVENTS_PER_CHECK`) — each part checked against the import
 * limits, decoded, parsed and validated, then dropped — the events die young, and the worker holds little more
 * than the file's bytes and the events' ids.
 *
 * It gives only a clean answer: the dataset without its events, and how many events it validated. Anything
 * else — a problem of any kind, or a file it does not read in parts — is undefined, and the caller reads the
 * files whole with `validateDataset`, which says exactly what is wrong and where. So it reports no issue of
 * its own, and a dataset it passes is one that `validateDataset` passes, with the same records: every part goes
 * through the same functions (`parseJson`, `readItems`, `checkEventReferences`, `checkEvent`), and the checks that
 * need every event (ids unique, relations that resolve) are made once all are read. The import limits are those
 * of `checkLimits`, counted by the scan that finds the cuts (`checkScannedLimits`), not by a second scan.
 */
import {
  checkActorReferences,
  checkEvent,
  checkEventReferences,
  checkIds,
  datasetOf,
  readSources,
} from '../model/validate.ts';
import type { ArticleReader } from '../model/validate.ts';
import { parseJson } from '../model/json-text.ts';
import type { Issue } from '../model/issue.ts';
import type { ProgressReporter } from '../model/progress.ts';
import { readRecords, readItems, type DatasetFile, type ReadRecords } from '../model/records.ts';
import type { Dataset } from '../model/schema.ts';
import { checkFileSize, checkScannedLimits } from '../import/limits.ts';
import { asArray, cutsAfter, onlySpaceAfter, opensArray, type PartScan } from './events-ahead.ts';

/**
 * Events per part, about 200 kB of text; each part is also one task of reading on the page. Importing 100,000
 * events in the benchmark's browser, imports taken in turn with each build: with the whole file's bytes sent to
 * the page, 250 and 500 a part were equal, 1,000 slower by 0.3-0.5 s and 48 by 0.5 s; with the parts sent, 125
 * and 250 a part were equal in two sets of 5 imports each (4.74 s against 4.82 s, 4.17 s against 4.13 s; the
 * slowest click 209 against 248 ms, then 243 against 212 ms).
 */
export const EVENTS_PER_CHECK = 250;

/** The events file to read in parts: its name, its bytes (borrowed: restored as they were) and where its array opens. */
export interface EventsFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly open: number;
}

/** A clean dataset with its events left out, and how many events were validated. */
export interface CleanInParts {
  readonly dataset: Dataset;
  readonly count: number;
}

/**
 * Validates the dataset made of `others` (decoded, within their limits, none holding events) and the events
 * file, `per` events a part; undefined unless it is clean, or when the events file is not an array on its own.
 * `onPart` is told where each part lies, before it is checked: its events are the bytes between `from` (the
 * array's `[`, or the comma before them) and `to` (the comma after them, or the array's `]`), which read as a
 * JSON array when a `[` and a `]` take the place of those two bytes (`asArray`).
 */
export function validateInParts(
  others: readonly DatasetFile[],
  events: EventsFile,
  articles: ArticleReader,
  onProgress?: ProgressReporter,
  onPart?: (from: number, to: number) => void,
  per: number = EVENTS_PER_CHECK,
): CleanInParts | undefined {
  const { name, bytes, open } = events;
  if (!opensArray(bytes, open) || checkFileSize(bytes.length, { file: name }).length > 0) return undefined;
  const read = readRecords(others, onProgress);
  const issues: Issue[] = [...read.issues];
  if (issues.length > 0) return undefined;
  // The events are not read yet, so the ids of every other collection are checked as `validateDataset` checks them.
  checkIds(read, issues);
  checkActorReferences(read, issues);
  const sources = readSources(read.records.sources, articles, issues);
  if (issues.length > 0) return undefined;

  const eventIds = read.seenIds.events;
  // Relations to events not read yet, checked once every event is.
  const ahead = new Set<string>();
  const hasEvent = (id: string) => eventIds.has(id) || (ahead.add(id), true);
  // The cuts' scan counts what the limits count, so that each part is checked against them without a scan of its own.
  const scan: PartScan = { memberNames: 0, depth: 0, longestBytes: 0 };
  const cuts = cutsAfter(bytes, open, per, scan);
  let count = 0;
  let previous: string | undefined;
  let opening = open;
  let reported = open;
  for (;;) {
    const cut = cuts.next();
    if (cut.done) {
      // The array closed at the last cut: the count the cuts made must be the count read.
      if (cut.value !== count || !onlySpaceAfter(bytes, opening)) return undefined;
      break;
    }
    const end = cut.value;
    // A report a hundredth of the way, not one a part: each is a message and a repaint on the page.
    if (end >= reported + bytes.length / 100) {
      onProgress?.({ phase: 'records', done: end, total: bytes.length });
      reported = end;
    }
    onPart?.(opening, end);
    const limited = asArray(bytes, opening, end, (array) => checkScannedLimits(array, scan, { file: name }));
    if (!limited.ok) return undefined;
    const parsed = parseJson(limited.text, limited.memberNames);
    if (parsed.problems.length > 0 || !Array.isArray(parsed.value)) return undefined;
    const items: unknown[] = parsed.value;
    const part: ReadRecords = { records: { ...read.records, events: [] }, seenIds: read.seenIds, issues };
    const origin = { file: name, positions: parsed.positions };
    previous = readItems('events', items, { origin, base: '', first: count, previous }, part);
    if (issues.length > 0) return undefined;
    for (const item of part.records.events) {
      checkEventReferences(item, read.seenIds, issues, hasEvent);
      checkEvent(item, sources, issues);
    }
    if (issues.length > 0) return undefined;
    count += items.length;
    opening = end;
  }
  // Every event passed its schema, so every id is a slug that no other can look like: unique ids are all it takes.
  if (eventIds.size !== count) return undefined;
  for (const id of ahead) if (!eventIds.has(id)) return undefined;
  return { dataset: datasetOf({ ...read.records, events: [] }), count };
}
