/**
 * `npm run data -- <command>`: validate the dataset and print it for other tools.
 *
 *   validate [FILE…]                          check the bundled dataset, or the given files
 *   export                                    the validated dataset as one JSON document, dates resolved
 *   graph [--from D] [--to D] [--level L]     the accusation network as JSON
 *   csv                                       the events as ACLED-style CSV
 *   locate SOURCE-ID QUOTE                    the evidence selector for a quote (offsets, and context if needed)
 *
 * Exit codes: 0 success, 1 the dataset has problems, 2 the command was used wrongly.
 */
import { parseArgs } from 'node:util';
import { isIsoDay } from '../lib/model/edtf.ts';
import { buildAccusationGraph } from '../lib/model/graph.ts';
import { LEVELS, type Level } from '../lib/model/hierarchy.ts';
import { formatIssue } from '../lib/model/issue.ts';
import { toAcledCsv } from '../lib/model/csv.ts';
import { occurrences } from '../lib/model/provenance.ts';
import { resolveDataset } from '../lib/model/resolve.ts';
import type { Dataset } from '../lib/model/schema.ts';
import { articleReader, validatePaths } from '../node/dataset-files.ts';

const USAGE = `usage: npm run data -- <command>
  validate [FILE…]                        check the bundled dataset, or the given dataset files
  export                                  print the validated dataset as JSON, dates resolved
  graph [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--level actor|organization|state]
                                          print the accusation network as JSON
  csv                                     print the events as ACLED-style CSV
  locate SOURCE-ID QUOTE                  print the evidence selector for a quote`;

class UsageError extends Error {}

/** Validates the bundled data or exits 1 with every issue on stderr. */
function loadOrExit(): Dataset {
  const result = validatePaths([]);
  if (!result.dataset) {
    for (const issue of result.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    process.stderr.write(`${result.issues.length} problem(s); nothing printed\n`);
    process.exit(1);
  }
  return result.dataset;
}

function validate(files: string[]): number {
  const result = validatePaths(files);
  for (const issue of result.issues) process.stdout.write(`${formatIssue(issue)}\n`);
  if (result.dataset) {
    const d = result.dataset;
    process.stdout.write(
      `valid: ${d.sources.length} sources, ${d.actors.length} actors, ${d.places.length} places, ${d.events.length} events` +
        (result.stories ? `, ${result.stories.length} stories\n` : '\n'),
    );
    return 0;
  }
  process.stdout.write(`${result.issues.length} problem(s)\n`);
  return 1;
}

function graph(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: { from: { type: 'string' }, to: { type: 'string' }, level: { type: 'string' } },
    strict: true,
  });
  for (const flag of ['from', 'to'] as const) {
    const value = values[flag];
    if (value !== undefined && !isIsoDay(value))
      throw new UsageError(`invalid --${flag}: ${value} (expected YYYY-MM-DD)`);
  }
  if (values.from && values.to && values.to < values.from)
    throw new UsageError(`--to ${values.to} is before --from ${values.from}`);
  const level = values.level ?? 'actor';
  if (!(LEVELS as readonly string[]).includes(level))
    throw new UsageError(`invalid --level: ${level} (expected ${LEVELS.join(', ')})`);
  const result = buildAccusationGraph(resolveDataset(loadOrExit()), {
    from: values.from,
    to: values.to,
    level: level as Level,
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

function locate(args: string[]): number {
  const [sourceId, quote] = args;
  if (args.length !== 2 || !sourceId || !quote) throw new UsageError('locate takes SOURCE-ID and QUOTE');
  const dataset = loadOrExit();
  const source = dataset.sources.find((s) => s.id === sourceId);
  if (!source) throw new UsageError(`unknown source: ${sourceId}`);
  const text = articleReader()(source.file) ?? '';
  const found = occurrences(text, quote);
  if (found.length === 0) {
    process.stderr.write(`quote not found in ${source.file}\n`);
    return 1;
  }
  const selectors = found.map((start) => {
    // Grow the prefix until it tells this occurrence from the others.
    let prefix = '';
    if (found.length > 1) {
      for (let n = 8; n <= start; n += 4) {
        prefix = text.slice(start - n, start);
        if (found.filter((at) => text.slice(Math.max(0, at - n), at) === prefix).length === 1) break;
      }
    }
    return { source: sourceId, quote, start, end: start + quote.length, ...(prefix ? { prefix } : {}) };
  });
  process.stdout.write(`${JSON.stringify(selectors, null, 2)}\n`);
  return 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate':
      return validate(rest);
    case 'export': {
      if (rest.length) throw new UsageError('export takes no arguments');
      const resolved = resolveDataset(loadOrExit());
      process.stdout.write(`${JSON.stringify(resolved, null, 2)}\n`);
      return 0;
    }
    case 'graph':
      return graph(rest);
    case 'csv':
      if (rest.length) throw new UsageError('csv takes no arguments');
      process.stdout.write(toAcledCsv(resolveDataset(loadOrExit())));
      return 0;
    case 'locate':
      return locate(rest);
    default:
      throw new UsageError(command === undefined ? 'no command given' : `unknown command: ${command}`);
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (
    error instanceof UsageError ||
    (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
  ) {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
