/**
 * `npm run bench:compare -- --base REV`: whether the working tree imports a large dataset faster than revision
 * REV did. This machine's speed moves by half a second or more from one hour to the next on the 100,000-event
 * import, far more than most changes move it, so two sets of `npm run bench` taken an hour apart cannot tell two
 * builds apart. This builds both, each in a folder of its own (REV from `git archive`, with the project's
 * installed packages), serves both, and imports the same dataset into each in turn in one browser, with the
 * benchmark's own measurement (`measureImport`): one warm-up import each, then `--runs` pairs. It prints each
 * pair and the medians. Exits 1 when a build or the browser failed, 2 on a bad option.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/browser/harness.ts';
import { PROJECT_ROOT } from '../src/node/dataset-files.ts';
import { compareReport, parseCompareOptions, type CompareOptions } from './compare-report.ts';
import { BENCH_SEED, generateDataset } from './generate.ts';
import { measureImport, type ImportRun } from './measure-import.ts';
import { actorsFor, runCommand } from './options.ts';
import { serveStatic } from './serve.ts';

const log = (message: string) => process.stderr.write(`${message}\n`);

/** Where the two trees and their builds go, beside the benchmark's own folder. */
const FOLDER = resolve(PROJECT_ROOT, 'node_modules/.cache/chronograph-compare');

/** Builds the tree at `root` into `dist` with that tree's own benchmark build (`bench/build-site.ts`). */
function buildTree(root: string, dist: string): string {
  execFileSync('npx', ['tsx', 'bench/build-site.ts'], {
    cwd: root,
    env: { ...process.env, CHRONOGRAPH_BENCH_DIR: dist },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return resolve(dist, 'site');
}

/** Unpacks revision `rev` into a folder of its own, sharing the installed packages; gives the folder. */
function checkOut(rev: string): string {
  const commit = execFileSync('git', ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  }).trim();
  const tree = resolve(FOLDER, 'base-tree');
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  const archive = execFileSync('git', ['archive', commit], { cwd: PROJECT_ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', tree], { input: archive });
  symlinkSync(resolve(PROJECT_ROOT, 'node_modules'), resolve(tree, 'node_modules'), 'dir');
  // A revision from before this command has the benchmark's build but not this script that runs it.
  const script = resolve(tree, 'bench/build-site.ts');
  if (!existsSync(script)) copyFileSync(resolve(PROJECT_ROOT, 'bench/build-site.ts'), script);
  log(`${rev} is ${commit.slice(0, 12)}`);
  return tree;
}

async function main(options: CompareOptions): Promise<void> {
  log(`building the working tree …`);
  const headSite = buildTree(PROJECT_ROOT, resolve(FOLDER, 'head'));
  log(`building ${options.base} …`);
  const baseSite = buildTree(checkOut(options.base), resolve(FOLDER, 'base'));
  const dataset = generateDataset({ events: options.events, actors: actorsFor(options.events), seed: BENCH_SEED });
  const servers = [await serveStatic(baseSite), await serveStatic(headSite)] as const;
  const browser = await launchBrowser();
  const runs: [ImportRun[], ImportRun[]] = [[], []];
  try {
    for (let k = 0; k <= options.runs; k++) {
      for (const [side, server] of servers.entries()) {
        const label = side === 0 ? options.base : 'working tree';
        log(`  ${k === 0 ? 'warm-up' : `pair ${k}/${options.runs}`}: ${label}`);
        const run = await measureImport(browser, server.url, dataset);
        if (k > 0) runs[side]?.push(run);
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
  process.stdout.write(
    `${compareReport({ label: options.base, runs: runs[0] }, { label: 'working tree', runs: runs[1] })}\n`,
  );
}

runCommand(parseCompareOptions, main, 'the comparison');
