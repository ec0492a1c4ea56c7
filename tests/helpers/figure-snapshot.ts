/**
 * SVG snapshot testing in the manner of Observable Plot: a figure is compared byte for byte with the copy
 * committed as `tests/output/<name>.svg`. A mismatch writes `tests/output/<name>-changed.svg` (git-ignored)
 * beside it and fails, so the difference can be looked at and diffed. A missing snapshot is written.
 *
 * After an intended change, rewrite every snapshot and review the result with `git diff tests/output`:
 *   UPDATE_SNAPSHOTS=1 npx vitest run tests/figure.test.ts
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUTPUT = fileURLToPath(new URL('../output/', import.meta.url));

/**
 * The figures print numbers rounded and ids fixed already; normalising only guards against what a
 * checkout may change: line endings, and a missing final newline.
 */
export function normaliseSvg(svg: string): string {
  return `${svg.replace(/\r\n/g, '\n').trimEnd()}\n`;
}

/** Compares `svg` with the committed snapshot; returns a message on mismatch, undefined when equal. */
export function compareSnapshot(name: string, svg: string): string | undefined {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`invalid snapshot name: ${JSON.stringify(name)}`);
  mkdirSync(OUTPUT, { recursive: true });
  const expectedPath = resolve(OUTPUT, `${name}.svg`);
  const changedPath = resolve(OUTPUT, `${name}-changed.svg`);
  const actual = normaliseSvg(svg);
  if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(expectedPath)) {
    writeFileSync(expectedPath, actual);
    rmSync(changedPath, { force: true });
    return undefined;
  }
  if (readFileSync(expectedPath, 'utf8') === actual) {
    rmSync(changedPath, { force: true });
    return undefined;
  }
  writeFileSync(changedPath, actual);
  return `figure ${name} differs from tests/output/${name}.svg; see tests/output/${name}-changed.svg`;
}
