/**
 * `npm run schema`: writes `data/schema/*.schema.json` from the valibot schema. A test fails when the
 * committed files differ from what this writes, so they never drift from the code.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allJsonSchemas } from '../lib/model/json-schema.ts';
import { PROJECT_ROOT } from '../node/dataset-files.ts';

const folder = resolve(PROJECT_ROOT, 'data/schema');
mkdirSync(folder, { recursive: true });
for (const [name, text] of Object.entries(allJsonSchemas())) {
  writeFileSync(resolve(folder, name), text);
  process.stdout.write(`wrote data/schema/${name}\n`);
}
