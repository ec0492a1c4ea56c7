/**
 * Step 1 of validation: from files to records. Each file is parsed with positions, recognised as a whole
 * dataset or as one collection, and each record is checked against its schema on its own. What comes out
 * is every record that passed, with where it came from, and every issue, located.
 */
import { PROGRESS_EVERY, type ProgressReporter } from './progress.ts';
import * as v from 'valibot';
import { isCode, type Code } from './codes.ts';
import { parseJson, type PositionLookup } from './json-text.ts';
import { pointer, type Issue } from './issue.ts';
import { checker, type Check } from './schema-check.ts';
import { COLLECTIONS, RECORD_SCHEMAS, type CollectionName, type Dataset } from './schema.ts';

/** A dataset file as text, named so that problems can point at it. */
export interface DatasetFile {
  /** Path or name shown in messages; a collection file's base name says its collection (`events.json`). */
  readonly file: string;
  /** The file's text, decoded from UTF-8. */
  readonly text: string;
  /**
   * The member names the text holds, when a scan before parsing has counted them (the import limits'), so
   * that the JSON reader need not count them again (see `parseJson`).
   */
  readonly memberNames?: number;
}

/** Where a record came from, so that later checks can locate their issues. */
export interface Origin {
  readonly file: string;
  /** Pointer of the record within its file, e.g. `/events/3` or `/3`. */
  readonly pointer: string;
  readonly positions: PositionLookup;
}

/** A record that passed its schema, with its origin. */
export interface Located<T> {
  readonly record: T;
  readonly origin: Origin;
}

/** All records read, by collection, plus every id seen (valid or not) so references are not misreported. */
export interface ReadRecords {
  readonly records: { [K in CollectionName]: Located<Dataset[K][number]>[] };
  readonly seenIds: { [K in CollectionName]: Set<string> };
  readonly issues: Issue[];
}

/** The collection a file holds, from its base name (`events.json`, `my.events.json`), if any. */
export function collectionOfFile(file: string): CollectionName | undefined {
  const base = file.split(/[\\/]/).pop() ?? file;
  return COLLECTIONS.find((name) => base === `${name}.json` || base.endsWith(`.${name}.json`));
}

/** Builds an issue located by the nearest known position at or above `at`. */
export function locate(
  origin: Pick<Origin, 'file' | 'positions'>,
  at: string,
  code: Code,
  message: string,
  record?: string,
): Issue {
  let probe = at;
  let position = origin.positions.get(probe);
  while (position === undefined && probe !== '') {
    probe = probe.slice(0, probe.lastIndexOf('/'));
    position = origin.positions.get(probe);
  }
  return {
    code,
    message,
    file: origin.file,
    pointer: at,
    ...(record === undefined ? {} : { record }),
    ...(position === undefined ? {} : { line: position.line, column: position.column }),
  };
}

/** Turns a valibot issue into ours: its message is our code, or it is mapped from valibot's kind. */
export function schemaIssue(issue: v.BaseIssue<unknown>, base: string): { code: Code; at: string; message: string } {
  const keys = (issue.path ?? []).map((item) => String(item.key));
  const at = base + (keys.length ? pointer(...keys) : '');
  const field = keys[keys.length - 1] ?? 'record';
  if (issue.type === 'strict_object' && issue.input === undefined) {
    return { code: 'missing-field', at, message: `missing field "${field}"` };
  }
  if (issue.type === 'strict_object') {
    return { code: 'unknown-field', at, message: `unknown field "${field}"` };
  }
  const code: Code = isCode(issue.message) ? issue.message : 'wrong-type';
  const shown =
    typeof issue.input === 'string'
      ? JSON.stringify(issue.input.length > 60 ? `${issue.input.slice(0, 60)}…` : issue.input)
      : issue.received;
  const detail =
    issue.type === 'raw_check'
      ? issue.received
      : issue.expected !== null && code !== 'text-blank'
        ? `invalid ${field}: ${shown} (expected ${issue.expected})`
        : `invalid ${field}: ${shown}`;
  return { code, at, message: detail };
}

/** Valibot's configuration for a record that failed: report every issue, not only the first. */
const EVERY_ISSUE = { abortEarly: false } as const;

/** Each record schema's check, answering as `v.is` does without building a copy of the record (`schema-check.ts`). */
const RECORD_CHECKS: Record<CollectionName, Check> = {
  sources: checker(RECORD_SCHEMAS.sources),
  actors: checker(RECORD_SCHEMAS.actors),
  places: checker(RECORD_SCHEMAS.places),
  events: checker(RECORD_SCHEMAS.events),
};

/*
 * A valid record is kept as parsed, not as the copy valibot's parse returns: on a large file the copies
 * doubled what stays alive through validation, and collecting that garbage cost more than the checks
 * themselves. This is sound because the record schemas only check and never transform, which
 * `tests/records.test.ts` pins, by type and by value.
 */

/** An empty set of records, to be filled by `readItems`. */
function emptyRecords(): ReadRecords {
  return {
    records: { sources: [], actors: [], places: [], events: [] } as ReadRecords['records'],
    seenIds: {
      sources: new Set<string>(),
      actors: new Set<string>(),
      places: new Set<string>(),
      events: new Set<string>(),
    },
    issues: [],
  };
}

/** Where a run of a collection's items sits: its file, the pointer of its array, and its first item's index. */
export interface ItemsAt {
  readonly origin: Omit<Origin, 'pointer'>;
  readonly base: string;
  readonly first?: number;
  /** The id of the item before the first, when the run continues an array read earlier (`readItems`' answer). */
  readonly previous?: string | undefined;
}

/**
 * Checks each item of a run of a collection's array against its schema and the order of ids, adding what
 * passes to `into.records`, every id to `into.seenIds` and every problem to `into.issues`. Gives the last
 * id read, for a run that continues the array.
 */
export function readItems(
  name: CollectionName,
  items: readonly unknown[],
  at: ItemsAt,
  into: ReadRecords,
  onProgress?: ProgressReporter,
): string | undefined {
  const { origin, base, first = 0 } = at;
  const { records, seenIds, issues } = into;
  let { previous } = at;
  items.forEach((item, k) => {
    const index = first + k;
    if (index % PROGRESS_EVERY === 0) onProgress?.({ phase: 'records', done: index, total: first + items.length });
    const where = `${base}/${index}`;
    const rawId =
      item !== null && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? item.id : undefined;
    if (rawId !== undefined) {
      seenIds[name].add(rawId);
      if (previous !== undefined && rawId < previous) {
        issues.push(locate(origin, `${where}/id`, 'records-unsorted', `"${rawId}" comes after "${previous}"`, rawId));
      }
      previous = rawId;
    }
    if (RECORD_CHECKS[name](item)) {
      // Written out rather than spread: spreading a copy of the origin was a quarter of readItems' time.
      const located = { file: origin.file, positions: origin.positions, pointer: where };
      (records[name] as Located<unknown>[]).push({ record: item, origin: located });
    } else {
      for (const problem of v.safeParse(RECORD_SCHEMAS[name], item, EVERY_ISSUE).issues ?? []) {
        const { code, at: field, message } = schemaIssue(problem, where);
        issues.push(locate(origin, field, code, message, rawId));
      }
    }
  });
  return previous;
}

/** Reads every file into records, checking syntax, shape and each record's schema. */
export function readRecords(files: readonly DatasetFile[], onProgress?: ProgressReporter): ReadRecords {
  const read = emptyRecords();
  const { issues } = read;

  for (const [fileIndex, { file, text, memberNames }] of files.entries()) {
    onProgress?.({ phase: 'parse', done: fileIndex, total: files.length });
    const parsed = parseJson(text, memberNames);
    for (const problem of parsed.problems) {
      issues.push({
        code: problem.code,
        message: problem.message,
        file,
        pointer: problem.pointer,
        ...(problem.position ? { line: problem.position.line, column: problem.position.column } : {}),
      });
    }
    if (!('value' in parsed)) continue;
    const origin = { file, positions: parsed.positions };
    const { value } = parsed;
    const collections: [CollectionName, unknown, string][] = [];
    const named = collectionOfFile(file);
    if (Array.isArray(value) && named) {
      collections.push([named, value, '']);
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object)) {
        if (!(COLLECTIONS as readonly string[]).includes(key)) {
          issues.push(locate(origin, pointer(key), 'unknown-field', `unknown field "${key}" in a dataset document`));
        }
      }
      for (const name of COLLECTIONS) {
        if (!(name in object)) issues.push(locate(origin, '', 'missing-field', `a dataset document needs "${name}"`));
        else if (!Array.isArray(object[name]))
          issues.push(locate(origin, pointer(name), 'wrong-type', `"${name}" must be an array`));
        else collections.push([name, object[name], pointer(name)]);
      }
    } else {
      const got = Array.isArray(value)
        ? 'an array in a file not named after a collection'
        : value === null
          ? 'null'
          : typeof value;
      issues.push(locate(origin, '', 'document-shape', `expected a dataset object or a collection array, got ${got}`));
      continue;
    }

    for (const [name, items, base] of collections)
      readItems(name, items as unknown[], { origin, base }, read, onProgress);
  }
  return read;
}
