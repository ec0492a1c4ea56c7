/**
 * JSON Schema for editors, generated from the valibot schema so that there is one definition of a record.
 * Checks that JSON Schema cannot express (EDTF dates, quotes against articles, references) are left to
 * `npm run data -- validate`; the generated schema covers shape, types, enumerations and patterns.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { COLLECTIONS, Dataset, RECORD_SCHEMAS, Story, type CollectionName } from './schema.ts';

/** The schema of one collection file (an array of records) or of a whole dataset document. */
export function jsonSchemaFor(name: CollectionName | 'dataset' | 'stories'): Record<string, unknown> {
  const schema = name === 'dataset' ? Dataset : name === 'stories' ? v.array(Story) : v.array(RECORD_SCHEMAS[name]);
  const converted = toJsonSchema(schema, { errorMode: 'ignore', target: 'draft-2020-12' });
  return {
    ...converted,
    $id: `https://chronograph.invalid/schema/${name}.schema.json`,
    title: name === 'dataset' ? 'Chronograph dataset' : `Chronograph ${name}`,
  };
}

/** Every schema file the project ships, by file name. */
export function allJsonSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of [...COLLECTIONS, 'stories', 'dataset'] as const) {
    files[`${name}.schema.json`] = `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`;
  }
  return files;
}
