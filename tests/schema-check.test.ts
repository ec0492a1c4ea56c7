import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/generate.ts';
import { checker } from '../src/lib/model/schema-check.ts';
import { COLLECTIONS, RECORD_SCHEMAS, type CollectionName } from '../src/lib/model/schema.ts';
import { PROJECT_ROOT } from '../src/node/dataset-files.ts';

type Json = unknown;

const bundled = (name: CollectionName): Json[] =>
  JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'data', `${name}.json`), 'utf8')) as Json[];
const generated = generateDataset({ events: 300, actors: 60, seed: 9 });
const records: Record<CollectionName, Json[]> = {
  sources: bundled('sources'),
  actors: [...bundled('actors'), ...generated.actors],
  places: bundled('places'),
  events: [...bundled('events'), ...generated.events],
};

/** Every path to a value inside `value`, the value itself first. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const found = [at];
  if (Array.isArray(value)) value.forEach((item, k) => found.push(...paths(item, [...at, k])));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...at, key]));
  return found;
}

type Change = 'replace' | 'remove' | 'add-key' | 'append';

/** A deep copy of `record` with one change made at `path`. */
function changed(record: Json, path: (string | number)[], change: Change, value: Json): Json {
  const copy = structuredClone(record) as Json;
  if (path.length === 0) return change === 'replace' ? value : copy;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key], copy);
  const key = path[path.length - 1] as string | number;
  const target = (parent as Record<string | number, Json>)[key];
  if (change === 'replace') (parent as Record<string | number, Json>)[key] = value;
  else if (change === 'remove') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, Json>)[key];
  } else if (change === 'add-key' && target !== null && typeof target === 'object' && !Array.isArray(target))
    (target as Record<string, Json>)['extra'] = value;
  else if (change === 'append' && Array.isArray(target)) target.push(value);
  return copy;
}

/** Values a change puts in: any JSON, and the values each kind of schema part is closest to refusing. */
const values = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '',
    ' ',
    'x\uD800',
    'a\u0007b',
    'Ru\u202Esia',
    'a'.repeat(3000),
    'not-a-slug!',
    'seeds/x.txt',
    'Q0',
    'Q42',
    '2017-02-30',
    '2017-05-21?',
    'agent',
    'accusation',
    'killed',
    -1,
    0.5,
    1e308,
    Number.NaN,
    null,
    true,
    [],
    {},
    undefined,
  ),
);

describe('checker(schema)', () => {
  it.each(COLLECTIONS)('accepts every %s record of the bundled and generated data, as v.is does', (name) => {
    const check = checker(RECORD_SCHEMAS[name]);
    for (const record of records[name]) {
      expect(v.is(RECORD_SCHEMAS[name], record)).toBe(true);
      expect(check(record)).toBe(true);
    }
  });

  it.each(COLLECTIONS)('answers as v.is does for %s records changed anywhere, in any way', (name) => {
    const schema = RECORD_SCHEMAS[name];
    const check = checker(schema);
    const list = records[name];
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat(list.length - 1),
        fc.nat(),
        fc.constantFrom<Change>('replace', 'remove', 'add-key', 'append'),
        values,
        (k, pick, change, value) => {
          const record = list[k];
          const all = paths(record);
          const record2 = changed(record, all[pick % all.length] ?? [], change, value);
          const expected = v.is(schema, record2);
          if (!expected) refused += 1;
          expect(check(record2)).toBe(expected);
        },
      ),
      { seed: 13, numRuns: 1500 },
    );
    // The changes reach both answers, so the comparison means something.
    expect(refused).toBeGreaterThan(300);
  });

  it('answers as v.is does for every kind of part, and asks valibot about a part it does not know', () => {
    const schemas: v.GenericSchema[] = [
      v.strictObject({ a: v.optional(v.string()), b: v.number() }),
      v.union([v.pipe(v.string(), v.minLength(2), v.maxLength(3)), v.boolean()]),
      v.array(v.picklist(['x', 'y'])),
      v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9), v.finite()),
      v.pipe(
        v.string(),
        v.regex(/^a+$/),
        v.check((s) => s !== 'aaa'),
      ),
      v.pipe(
        v.strictObject({ t: v.string(), s: v.string() }),
        v.forward(
          v.check((o) => o.t === o.s, 'differ'),
          ['s'],
        ),
      ),
      v.pipe(
        v.string(),
        v.rawCheck(({ dataset, addIssue }) => {
          if (dataset.typed && dataset.value.length === 1) addIssue();
        }),
      ),
      // Not known here: a nullable part, a default, a transformation.
      v.strictObject({ n: v.nullable(v.string()) }),
      v.strictObject({ d: v.optional(v.string(), 'x') }),
      v.pipe(
        v.string(),
        v.transform((s) => s.length),
      ),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...schemas), values, fc.jsonValue({ maxDepth: 2 }), (schema, a, b) => {
        for (const value of [a, b, { a, b }, { b: a }, { a: b, b: a }, { t: a, s: a }, { n: a }, { d: a }, [a, b]]) {
          expect(checker(schema)(value)).toBe(v.is(schema, value));
        }
      }),
      { seed: 14, numRuns: 1000 },
    );
  });
});
