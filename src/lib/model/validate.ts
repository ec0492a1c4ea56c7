/**
 * Validation, the one gate every dataset passes before Chronograph trusts it. Step 1 (`records.ts`) reads
 * files into records that each match the schema; step 2, here, compares records with each other and with
 * the articles: unique ids, references that resolve, a membership hierarchy without cycles, quotes that are
 * verbatim at their offsets, dates whose resolution and wording agree with their sources. It reports every
 * problem it finds and never changes the data; a dataset comes back only when there is no problem at all.
 * The checks of one event are functions of their own (`checkEventReferences`, `checkEvent`), which the worker
 * also runs on events it reads a part at a time (`validate-in-parts.ts`).
 */
import { ArticleIndex } from './article-index.ts';
import { parseEdtf } from './edtf.ts';
import { PROGRESS_EVERY, type ProgressReporter } from './progress.ts';
import type { Code } from './codes.ts';
import type { Issue } from './issue.ts';
import { pointer } from './issue.ts';
import { memberOfCycles } from './hierarchy.ts';
import { checkQuote } from './provenance.ts';
import { locate, readRecords, type DatasetFile, type Located, type ReadRecords } from './records.ts';
import { COLLECTIONS, type Dataset, type Event, type Source } from './schema.ts';
import { BIDI_CONTROL, INVISIBLE } from './text.ts';

export type { DatasetFile } from './records.ts';

/** Reads an article's text by the `file` its source names; undefined when it cannot be read. */
export type ArticleReader = (file: string) => string | undefined;

export interface ValidationResult {
  /** The dataset, only when there were no issues; event dates are EDTF strings. */
  readonly dataset?: Dataset;
  /** Every problem found, in file order. */
  readonly issues: readonly Issue[];
}

/** The EDTF text of an event's date, whichever form it was written in. */
export function edtfOf(event: Pick<Event, 'date'>): string {
  return typeof event.date === 'string' ? event.date : event.date.edtf;
}

/** Characters that a reader cannot see, removed before ids are compared. */
const HIDDEN = new RegExp(`${INVISIBLE.source}|${BIDI_CONTROL.source}`, 'gu');

/** Lower-case ASCII letters, digits and hyphens: text that folding leaves as it is. */
const FOLDED = /^[a-z0-9-]*$/;

/** An id as a reader sees it: compatibility-normalised, without hidden characters, in lower case. */
function foldId(id: string): string {
  // Almost every id is a valid slug, which folds to itself; only the rest pay for normalising.
  return FOLDED.test(id) ? id : id.normalize('NFKC').replace(HIDDEN, '').toLowerCase();
}

export function checkIds(read: ReadRecords, issues: Issue[]): void {
  for (const name of COLLECTIONS) {
    // When every record passed its schema, every id is a valid slug: one that folding leaves as it is, so no
    // two can look the same, and two records share an id exactly when there are fewer ids than records.
    if (read.issues.length === 0 && read.seenIds[name].size === read.records[name].length) continue;
    const first = new Map<string, Located<{ id: string }>>();
    const folded = new Map<string, string>();
    for (const item of read.records[name] as Located<{ id: string }>[]) {
      const { id } = item.record;
      const earlier = first.get(id);
      if (earlier) {
        issues.push(
          locate(
            item.origin,
            `${item.origin.pointer}/id`,
            'id-duplicate',
            `id "${id}" is already used at ${earlier.origin.file}${earlier.origin.pointer}`,
            id,
          ),
        );
      } else {
        first.set(id, item);
      }
    }
    // Ids that pass the slug syntax cannot hide characters, but raw ids that failed it can shadow a valid one.
    for (const id of read.seenIds[name]) {
      const key = foldId(id);
      const other = folded.get(key);
      if (other !== undefined && other !== id) {
        const where = first.get(id) ?? first.get(other);
        if (where)
          issues.push(
            locate(
              where.origin,
              `${where.origin.pointer}/id`,
              'id-confusable',
              `ids "${id}" and "${other}" look the same`,
              where.record.id,
            ),
          );
      } else {
        folded.set(key, id);
      }
    }
  }
}

/** The ids a reference may name: every id seen in each collection, valid or not. */
type SeenIds = ReadRecords['seenIds'];

/** Reports a reference that names no record of its collection. */
function dangling(item: Located<{ id: string }>, at: string, kind: string, ref: string): Issue {
  return locate(
    item.origin,
    item.origin.pointer + at,
    'reference-dangling',
    `no ${kind} with id "${ref}"`,
    item.record.id,
  );
}

/**
 * Checks an event's references to actors, places, sources and other events. `hasEvent` says whether an event
 * id exists: a reader that has not seen every event yet answers later (`validate-in-parts.ts`).
 */
export function checkEventReferences(
  item: Located<Event>,
  ids: SeenIds,
  issues: Issue[],
  hasEvent: (id: string) => boolean = (id) => ids.events.has(id),
): void {
  const e = item.record;
  e.actors.forEach(
    ({ actor }, k) => ids.actors.has(actor) || issues.push(dangling(item, `/actors/${k}/actor`, 'actor', actor)),
  );
  e.attribution.forEach(
    (actor, k) => ids.actors.has(actor) || issues.push(dangling(item, `/attribution/${k}`, 'actor', actor)),
  );
  e.places.forEach((place, k) => ids.places.has(place) || issues.push(dangling(item, `/places/${k}`, 'place', place)));
  e.evidence.forEach(
    ({ source }, k) =>
      ids.sources.has(source) || issues.push(dangling(item, `/evidence/${k}/source`, 'source', source)),
  );
  (e.alternativeDates ?? []).forEach(
    ({ source }, k) =>
      ids.sources.has(source) || issues.push(dangling(item, `/alternativeDates/${k}/source`, 'source', source)),
  );
  e.relations.forEach(({ event }, k) => {
    if (event === e.id)
      issues.push(
        locate(
          item.origin,
          `${item.origin.pointer}/relations/${k}/event`,
          'relation-self',
          `"${e.id}" relates to itself`,
          e.id,
        ),
      );
    else if (!hasEvent(event)) issues.push(dangling(item, `/relations/${k}/event`, 'event', event));
  });
}

/** Checks the actors' `memberOf`: each parent exists, is not the actor itself, and no chain comes back round. */
export function checkActorReferences(read: Pick<ReadRecords, 'records' | 'seenIds'>, issues: Issue[]): void {
  const ids = read.seenIds;
  for (const item of read.records.actors) {
    item.record.memberOf.forEach((parent, k) => {
      if (parent === item.record.id) {
        issues.push(
          locate(
            item.origin,
            `${item.origin.pointer}/memberOf/${k}`,
            'member-of-self',
            `"${parent}" lists itself`,
            parent,
          ),
        );
      } else if (!ids.actors.has(parent)) {
        issues.push(dangling(item, `/memberOf/${k}`, 'actor', parent));
      }
    });
  }
  const byId = new Map(read.records.actors.map((a) => [a.record.id, a]));
  for (const cycle of memberOfCycles(read.records.actors.map((a) => a.record))) {
    const head = byId.get(cycle[0] ?? '');
    if (head) {
      issues.push(
        locate(
          head.origin,
          `${head.origin.pointer}/memberOf`,
          'member-of-cycle',
          `memberOf cycle: ${[...cycle, cycle[0]].join(' → ')}`,
          head.record.id,
        ),
      );
    }
  }
}

/** A source as the event checks read it: the record, and an index of its article when the article was read. */
export interface KnownSource {
  readonly source: Source;
  readonly article: ArticleIndex | undefined;
}

/**
 * Checks each source against its article (the file can be read, the body fits its text) and gives the
 * sources by id, each with its article's index: one index per article, however many sources cite it, so that
 * every quote of the dataset is looked up in one.
 */
export function readSources(
  sources: readonly Located<Source>[],
  articles: ArticleReader,
  issues: Issue[],
): Map<string, KnownSource> {
  const known = new Map<string, KnownSource>();
  const indexes = new Map<string, ArticleIndex>();
  const indexOf = (file: string, text: string): ArticleIndex => {
    let index = indexes.get(file);
    if (index === undefined) {
      index = new ArticleIndex(text);
      indexes.set(file, index);
    }
    return index;
  };
  for (const item of sources) {
    const source = item.record;
    const text = articles(source.file);
    const at = item.origin.pointer;
    if (text === undefined) {
      issues.push(locate(item.origin, `${at}/file`, 'source-file-missing', `cannot read "${source.file}"`, source.id));
    } else if (source.body.start >= source.body.end || source.body.end > text.length) {
      issues.push(
        locate(
          item.origin,
          `${at}/body`,
          'source-body-invalid',
          `body ${source.body.start}–${source.body.end} does not fit a text of ${text.length}`,
          source.id,
        ),
      );
    }
    known.set(source.id, { source, article: text === undefined ? undefined : indexOf(source.file, text) });
  }
  return known;
}

/**
 * Checks one event on its own and against its sources: an accusation or denial names an agent and a target,
 * a resolved date agrees with its EDTF, each quote is verbatim at its offsets, and the words a date rests on
 * are in the event's articles.
 */
export function checkEvent(item: Located<Event>, sources: ReadonlyMap<string, KnownSource>, issues: Issue[]): void {
  const e = item.record;
  const at = item.origin.pointer;
  const report = (field: string, code: Code, message: string) =>
    issues.push(locate(item.origin, at + field, code, message, e.id));

  if (e.type === 'statement' && (e.subtype === 'accusation' || e.subtype === 'denial')) {
    const roles = new Set(e.actors.map((a) => a.role));
    if (!roles.has('agent') || !roles.has('target')) {
      report(
        '/actors',
        'accusation-incomplete',
        `${e.subtype === 'accusation' ? 'an accusation' : 'a denial'} needs an agent and a target`,
      );
    }
  }

  if (typeof e.date !== 'string') {
    const parsed = parseEdtf(e.date.edtf);
    if (parsed.ok && (parsed.value.start !== e.date.start || parsed.value.end !== e.date.end)) {
      report(
        '/date',
        'date-resolution-mismatch',
        `"${e.date.edtf}" allows ${parsed.value.start} to ${parsed.value.end}, not ${e.date.start} to ${e.date.end}`,
      );
    }
  }

  const quoted: ArticleIndex[] = [];
  e.evidence.forEach((evidence, k) => {
    const known = sources.get(evidence.source);
    if (!known?.article?.text) return;
    quoted.push(known.article);
    for (const problem of checkQuote(known.article, known.source.body, evidence)) {
      report(pointer('evidence', k, problem.field), problem.code, problem.message);
    }
  });
  if (quoted.length > 0) {
    e.dateBasis.words.forEach((words, k) => {
      if (!quoted.some((article) => article.includes(words))) {
        report(
          pointer('dateBasis', 'words', k),
          'date-basis-not-in-source',
          `"${words}" is not in the event's articles`,
        );
      }
    });
  }
}

function checkEvents(read: ReadRecords, articles: ArticleReader, issues: Issue[], onProgress?: ProgressReporter) {
  const sources = readSources(read.records.sources, articles, issues);
  const events = read.records.events;
  for (const [index, item] of events.entries()) {
    if (index % PROGRESS_EVERY === 0) onProgress?.({ phase: 'checks', done: index, total: events.length });
    checkEvent(item, sources, issues);
  }
}

/**
 * Validates dataset files. `articles` reads the text of each source's article. Issues are sorted by file
 * and position so that a reader can work through them from the top.
 */
export function validateDataset(
  files: readonly DatasetFile[],
  articles: ArticleReader,
  onProgress?: ProgressReporter,
): ValidationResult {
  const read = readRecords(files, onProgress);
  const issues = [...read.issues];
  checkIds(read, issues);
  checkActorReferences(read, issues);
  for (const item of read.records.events) checkEventReferences(item, read.seenIds, issues);
  checkEvents(read, articles, issues, onProgress);
  const order = new Map(files.map((f, k) => [f.file, k]));
  issues.sort(
    (a, b) =>
      (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
  if (issues.length > 0) return { issues };
  return { issues, dataset: datasetOf(read.records) };
}

/** The dataset of records that passed validation, each collection sorted by id. */
export function datasetOf(records: ReadRecords['records']): Dataset {
  const strip = <T>(list: Located<T>[]) => list.map((l) => l.record);
  // Dates written as EDTF text, as nearly all are, keep their record; only a resolved date is rewritten.
  const events = strip(records.events).map((e) => (typeof e.date === 'string' ? e : { ...e, date: e.date.edtf }));
  const byId = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    sources: byId(strip(records.sources)),
    actors: byId(strip(records.actors)),
    places: byId(strip(records.places)),
    events: byId(events),
  };
}
