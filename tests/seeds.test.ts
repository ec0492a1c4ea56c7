import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/node/dataset-files.ts';

const folder = resolve(PROJECT_ROOT, 'seeds');
const manifest = readFileSync(resolve(folder, 'SHA256SUMS'), 'utf8')
  .trimEnd()
  .split('\n')
  .map((line) => {
    const [hash, name] = line.split(/ {2}/);
    return { hash: hash ?? '', name: name ?? '' };
  });
const articles = readdirSync(folder).filter((name) => name.endsWith('.txt'));

describe('seeds/', () => {
  it('lists exactly the article files in its checksum manifest', () => {
    expect(manifest.map((m) => m.name).sort()).toEqual([...articles].sort());
    expect(articles).toHaveLength(5);
  });

  it.each(manifest)('$name matches its SHA-256 checksum', ({ hash, name }) => {
    const bytes = readFileSync(resolve(folder, name));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(hash);
  });

  it.each(articles)('%s is UTF-8 with LF line ends and no BOM', (name) => {
    const bytes = readFileSync(resolve(folder, name));
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
    expect(bytes.includes(0x0d)).toBe(false);
  });
});
