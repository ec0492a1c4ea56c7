import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allJsonSchemas } from '../src/lib/model/json-schema.ts';
import { PROJECT_ROOT } from '../src/node/dataset-files.ts';

describe('data/schema/', () => {
  it.each(Object.entries(allJsonSchemas()))(
    '%s is what npm run schema writes from the valibot schema',
    (name, text) => {
      expect(readFileSync(resolve(PROJECT_ROOT, 'data/schema', name), 'utf8')).toBe(text);
    },
  );

  it('declares the closed lists and required fields of an event', () => {
    const events = JSON.parse(allJsonSchemas()['events.schema.json'] ?? '{}') as {
      items: { required: string[]; properties: { type: { enum: string[] } } };
    };
    expect(events.items.required).toEqual(expect.arrayContaining(['id', 'type', 'date', 'evidence', 'attribution']));
    expect(events.items.properties.type.enum).toEqual([
      'statement',
      'meeting',
      'strike',
      'convoy',
      'attack',
      'milestone',
    ]);
  });
});
