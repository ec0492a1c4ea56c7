/**
 * The command line of `npm run bench`: which dataset sizes, how many measured runs, and `--quick` for CI.
 * Each bad argument is reported with its name and value.
 */

/** A dataset to measure: the bundled one, or a synthetic one of that many events. */
export type Size = 'bundled' | number;

export interface BenchOptions {
  /** Datasets to measure, in order. */
  readonly sizes: readonly Size[];
  /** Measured runs per dataset, after one warm-up run. */
  readonly runs: number;
  /** The CI mode: only 100 events, 2 runs. */
  readonly quick: boolean;
  /** The results file in bench/results/: `latest.json`, or `quick.json` for the CI mode. */
  readonly out: string;
  /** The largest dataset the bare vis-timeline page is measured on; it takes minutes a frame far above 10,000. */
  readonly bareMax: number;
}

export const DEFAULT_SIZES: readonly Size[] = ['bundled', 100, 1000, 10_000, 100_000];

export const USAGE = `usage: npm run bench -- [--sizes bundled,100,1000,10000,100000] [--runs 5] [--quick] [--out latest.json] [--bare-max 100000]`;

function parseSize(text: string): Size {
  if (text === 'bundled') return text;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new Error(`invalid --sizes: ${text}\n${USAGE}`);
  return Number(text);
}

/**
 * Calls `take` for each option of a command line, in order, with its name, the argument as written, and a reader
 * of its value — the next argument, or what follows `=` in `--name=value` — which throws, with `usage`, when
 * there is none. Shared by the benchmark's commands.
 */
export function forEachOption(
  args: readonly string[],
  usage: string,
  take: (name: string, value: () => string, arg: string) => void,
): void {
  for (let k = 0; k < args.length; k++) {
    const arg = args[k] ?? '';
    // Split at the first `=` only: a value may hold one too.
    const at = arg.indexOf('=');
    const name = at === -1 ? arg : arg.slice(0, at);
    const inline = at === -1 ? undefined : arg.slice(at + 1);
    take(
      name,
      () => {
        const next = inline ?? args[++k];
        if (next === undefined) throw new Error(`missing value for ${name}\n${usage}`);
        return next;
      },
      arg,
    );
  }
}

/** Reads the options from `process.argv.slice(2)`. */
export function parseOptions(args: readonly string[]): BenchOptions {
  let sizes = DEFAULT_SIZES;
  let runs = 5;
  let quick = false;
  let out = 'latest.json';
  let bareMax = Infinity;
  forEachOption(args, USAGE, (name, value, arg) => {
    if (name === '--sizes') sizes = value().split(',').map(parseSize);
    else if (name === '--runs') {
      const text = value();
      runs = Number(text);
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`invalid --runs: ${text}\n${USAGE}`);
    } else if (name === '--quick') quick = true;
    else if (name === '--bare-max') {
      const text = value();
      bareMax = Number(text);
      if (!Number.isInteger(bareMax) || bareMax < 0) throw new Error(`invalid --bare-max: ${text}\n${USAGE}`);
    } else if (name === '--out') {
      out = value();
      if (!/^[a-z0-9-]+\.json$/.test(out))
        throw new Error(`invalid --out: ${out} (a file name such as 100k.json)\n${USAGE}`);
    } else throw new Error(`unknown option: ${arg}\n${USAGE}`);
  });
  return quick ? { sizes: [100], runs: 2, quick, out: 'quick.json', bareMax } : { sizes, runs, quick, out, bareMax };
}

/** The number of actors for a synthetic dataset of `events` events, from 50 to 1,000 as issue 6 asks. */
export function actorsFor(events: number): number {
  if (events <= 100) return 50;
  if (events <= 1000) return 100;
  if (events <= 10_000) return 300;
  return 1000;
}

/**
 * Runs one of the benchmark's commands: its options read from the command line — bad ones reported on stderr,
 * exit code 2 — then `main`, whose failure is reported as `${what} failed` with its stack, exit code 1.
 */
export function runCommand<T>(
  parse: (args: readonly string[]) => T,
  main: (options: T) => Promise<void>,
  what: string,
): void {
  const log = (message: string) => process.stderr.write(`${message}\n`);
  let options: T;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  main(options).catch((error: unknown) => {
    log(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  });
}
