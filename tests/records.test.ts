import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { generateDataset } from '../bench/generate.ts';
import { readRecords } from '../src/lib/model/records.ts';
import { COLLECTIONS, RECORD_SCHEMAS } from '../src/lib/model/schema.ts';

const dataset = generateDataset({ events: 300, actors: 50, seed: 11 });

describe('readRecords(files)', () => {
  it('keeps each valid record as parsed, equal to what its schema outputs', () => {
    const read = readRecords([{ file: 'dataset.json', text: JSON.stringify(dataset) }]);
    expect(read.issues).toEqual([]);
    for (const name of COLLECTIONS) {
      const records = read.records[name].map((item) => item.record);
      expect(records).toEqual(dataset[name]);
      for (const record of records) expect(v.parse(RECORD_SCHEMAS[name], record)).toStrictEqual(record);
    }
  });

  it('relies on record schemas that only check: their output type is their input type', () => {
    expectTypeOf<v.InferOutput<typeof RECORD_SCHEMAS.sources>>().toEqualTypeOf<
      v.InferInput<typeof RECORD_SCHEMAS.sources>
    >();
    expectTypeOf<v.InferOutput<typeof RECORD_SCHEMAS.actors>>().toEqualTypeOf<
      v.InferInput<typeof RECORD_SCHEMAS.actors>
    >();
    expectTypeOf<v.InferOutput<typeof RECORD_SCHEMAS.places>>().toEqualTypeOf<
      v.InferInput<typeof RECORD_SCHEMAS.places>
    >();
    expectTypeOf<v.InferOutput<typeof RECORD_SCHEMAS.events>>().toEqualTypeOf<
      v.InferInput<typeof RECORD_SCHEMAS.events>
    >();
  });

  it('reports every schema problem of an invalid record, not only the first', () => {
    const [first] = dataset.actors;
    const broken = { ...first, id: 'Not A Slug', name: { en: '', ar: 5 } };
    const read = readRecords([{ file: 'actors.json', text: JSON.stringify([broken]) }]);
    expect(read.records.actors).toEqual([]);
    expect(read.issues.map((i) => [i.code, i.pointer])).toEqual([
      ['id-syntax', '/0/id'],
      ['text-blank', '/0/name/en'],
      ['wrong-type', '/0/name/ar'],
    ]);
  });
});
