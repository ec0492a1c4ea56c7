/**
 * The command line and the report of `npm run bench:compare`: which revision the working tree is compared
 * with, how many imports each, of how many events; and what the imports, taken in turn, say.
 */
import type { ImportRun } from './measure-import.ts';
import { forEachOption } from './options.ts';
import { median } from './stats.ts';

export interface CompareOptions {
  /** The revision compared with the working tree, as git names it. */
  readonly base: string;
  /** Measured imports with each build, after one warm-up import each. */
  readonly runs: number;
  /** Events in the imported dataset. */
  readonly events: number;
}

export const COMPARE_USAGE = 'usage: npm run bench:compare -- [--base HEAD] [--runs 6] [--events 100000]';

function wholeNumber(name: string, text: string, least: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < least) throw new Error(`invalid ${name}: ${text}\n${COMPARE_USAGE}`);
  return value;
}

/** Reads the options from `process.argv.slice(2)`. */
export function parseCompareOptions(args: readonly string[]): CompareOptions {
  let base = 'HEAD';
  let runs = 6;
  let events = 100_000;
  forEachOption(args, COMPARE_USAGE, (name, value, arg) => {
    if (name === '--base') {
      base = value();
      // A revision is handed to git as one argument; one that looks like an option is refused here.
      if (base === '' || base.startsWith('-')) throw new Error(`invalid --base: ${base}\n${COMPARE_USAGE}`);
    } else if (name === '--runs') runs = wholeNumber('--runs', value(), 1);
    else if (name === '--events') events = wholeNumber('--events', value(), 1);
    else throw new Error(`unknown option: ${arg}\n${COMPARE_USAGE}`);
  });
  return { base, runs, events };
}

/** One build's imports, in the order they were taken. */
export interface BuildImports {
  readonly label: string;
  readonly runs: readonly ImportRun[];
}

const shown = (ms: number | undefined) => (ms === undefined ? '—' : `${Math.round(ms).toLocaleString('en-US')} ms`);

/**
 * The report: each pair of imports (the base's, then the working tree's, taken one after the other), how much
 * faster or slower the working tree was in each, and the medians — of the import's verdict, of the explore
 * screen showing the events after Apply (both from choosing the files), and of each import's slowest click and
 * longest main-thread task. A pair in which either import was not
 * measured is shown with its note and left out of the comparison.
 */
export function compareReport(base: BuildImports, head: BuildImports): string {
  const lines: string[] = [];
  const differences: number[] = [];
  const pairs = Math.max(base.runs.length, head.runs.length);
  for (let k = 0; k < pairs; k++) {
    const a = base.runs[k];
    const b = head.runs[k];
    const difference = a?.ms !== undefined && b?.ms !== undefined ? b.ms - a.ms : undefined;
    if (difference !== undefined) differences.push(difference);
    const notes = [a?.note, b?.note].filter((note) => note !== undefined).join('; ');
    lines.push(
      `pair ${k + 1}: ${base.label} ${shown(a?.ms)}, ${head.label} ${shown(b?.ms)}` +
        (difference === undefined
          ? ` (${notes || 'not measured'})`
          : ` (${difference > 0 ? '+' : ''}${difference} ms)`),
    );
  }
  const measured = (runs: readonly ImportRun[]) => runs.flatMap((run) => (run.ms === undefined ? [] : [run.ms]));
  const medianOf = (runs: readonly ImportRun[], pick: (run: ImportRun) => number | undefined) =>
    median(runs.flatMap((run) => pick(run) ?? []));
  for (const build of [base, head]) {
    lines.push(
      `${build.label}: import ${shown(median(measured(build.runs)))} (median of ${measured(build.runs).length}), ` +
        `shown after Apply ${shown(medianOf(build.runs, (run) => run.appliedMs))}, ` +
        `slowest click ${shown(medianOf(build.runs, (run) => run.clickMs))}, ` +
        `longest task ${shown(medianOf(build.runs, (run) => run.longestTaskMs))}`,
    );
  }
  const faster = differences.filter((d) => d < 0).length;
  lines.push(
    differences.length === 0
      ? 'no pair was measured'
      : `${head.label} against ${base.label}: median difference ${shown(median(differences))}, ` +
          `faster in ${faster} of ${differences.length} pairs`,
  );
  return lines.join('\n');
}
