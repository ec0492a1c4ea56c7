/**
 * `npm run figure -- timeline|graph [options] --out FILE`: a figure of the bundled dataset as SVG or PNG,
 * from the same renderer as the app's export, so the same view gives the same bytes.
 * `npm run figure -- --story ID [--lang …] [--size …] [--format …] --out DIR`: both figures of every step of a
 * story, as `DIR/01-timeline.svg`, `DIR/01-graph.svg`, …
 *
 *   --from/--to YYYY-MM-DD   the period (the timeline's window; the graph's too)
 *   --group none|type|actor|source, --level actor|organization|state, --lang en|ar
 *   --size slide|a4-portrait|a4-landscape|square, --format svg|png, --scale 1|2|3 (PNG only)
 *   --embed-font             embed a subset of Noto Naskh Arabic (used by browsers; librsvg uses the system's)
 *
 * PNG is the SVG drawn by librsvg's rsvg-convert (Debian: librsvg2-bin). Exit codes: 0 written, 1 the
 * dataset has problems or the PNG could not be made, 2 the command was used wrongly.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  FIGURE_KINDS,
  FIGURE_SIZES,
  renderFigure,
  renderFigureWithFont,
  type FigureOptions,
} from '../lib/figure/index.ts';
import { isIsoDay } from '../lib/model/edtf.ts';
import { EMPTY_FILTER } from '../lib/model/filters.ts';
import { LEVELS } from '../lib/model/hierarchy.ts';
import { formatIssue } from '../lib/model/issue.ts';
import { resolveDataset, type ResolvedDataset } from '../lib/model/resolve.ts';
import type { Story } from '../lib/model/schema.ts';
import { knownIds } from '../lib/model/stories.ts';
import { GROUPINGS } from '../lib/model/timeline-items.ts';
import { parseViewState, type ViewState } from '../lib/model/view-state.ts';
import { validatePaths } from '../node/dataset-files.ts';

const USAGE = `usage: npm run figure -- timeline|graph [--from YYYY-MM-DD] [--to YYYY-MM-DD]
    [--group none|type|actor|source] [--level actor|organization|state] [--lang en|ar]
    [--size slide|a4-portrait|a4-landscape|square] [--format svg|png] [--scale 1|2|3] [--embed-font] --out FILE
       npm run figure -- --story ID [--lang en|ar] [--size …] [--format svg|png] [--scale 1|2|3] [--embed-font] --out DIR`;

const FORMATS = ['svg', 'png'] as const;
const SCALES = ['1', '2', '3'] as const;
const LANGS = ['en', 'ar'] as const;
const RSVG_CONVERT = '/usr/bin/rsvg-convert';
const ARABIC_FONT = '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2';

class UsageError extends Error {}

/** `value` as one of `allowed`, or a usage error naming the option. */
function pick<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new UsageError(`invalid --${name}: ${value} (expected ${allowed.join(', ')})`);
  return found;
}

function day(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isIsoDay(value))
    throw new UsageError(`invalid --${name}: ${value} (expected YYYY-MM-DD)`);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      group: { type: 'string' },
      level: { type: 'string' },
      lang: { type: 'string' },
      size: { type: 'string' },
      format: { type: 'string' },
      scale: { type: 'string' },
      'embed-font': { type: 'boolean' },
      out: { type: 'string' },
      story: { type: 'string' },
    },
  });
  if (values.story !== undefined) return story(values.story, positionals, values);
  if (positionals.length !== 1) throw new UsageError('give one figure kind: timeline or graph');
  const kind = pick('kind', positionals[0], FIGURE_KINDS, 'timeline');
  const from = day('from', values.from);
  const to = day('to', values.to);
  if (from && to && to < from) throw new UsageError(`--to ${to} is before --from ${from}`);
  const lang = pick('lang', values.lang, LANGS, 'en');
  const size = pick('size', values.size, FIGURE_SIZES, 'slide');
  const format = pick('format', values.format, FORMATS, 'svg');
  const scale = Number(pick('scale', values.scale, SCALES, '1'));
  if (values.scale !== undefined && format !== 'png') throw new UsageError('--scale applies only to --format png');
  // Both ends make the timeline's window; one end alone is an open-ended date filter, as in the app.
  const both = from !== undefined && to !== undefined;
  const view: ViewState = {
    lang,
    filter: both ? EMPTY_FILTER : { ...EMPTY_FILTER, from, to },
    window: both ? { start: from, end: to } : undefined,
    grouping: pick('group', values.group, GROUPINGS, 'type'),
    level: pick('level', values.level, LEVELS, 'actor'),
  };
  const out = values.out;
  if (!out) throw new UsageError('missing --out FILE');

  const loaded = load();
  if (!loaded) return 1;
  const svg = await render(loaded.dataset, view, { kind, size, lang }, values['embed-font'] === true);
  return write(svg, out, format, scale);
}

/** The validated bundled dataset and stories, or undefined after printing every problem. */
function load(): { dataset: ResolvedDataset; stories: readonly Story[] } | undefined {
  const result = validatePaths([]);
  if (!result.dataset) {
    for (const issue of result.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    process.stderr.write(`${result.issues.length} problem(s) in the dataset; no figure written\n`);
    return undefined;
  }
  return { dataset: resolveDataset(result.dataset), stories: result.stories ?? [] };
}

async function render(
  dataset: ResolvedDataset,
  view: ViewState,
  options: FigureOptions,
  embedFont: boolean,
): Promise<string> {
  return embedFont
    ? renderFigureWithFont(dataset, view, options, readFileSync(createRequire(import.meta.url).resolve(ARABIC_FONT)))
    : renderFigure(dataset, view, options);
}

/** Renders both figures of every step of a story into a folder. */
async function story(
  id: string,
  positionals: string[],
  values: Record<string, string | boolean | undefined>,
): Promise<number> {
  if (positionals.length) throw new UsageError('--story renders both figures; give no figure kind');
  for (const option of ['from', 'to', 'group', 'level']) {
    if (values[option] !== undefined)
      throw new UsageError(`--${option} does not go with --story: each step has its view`);
  }
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  const lang = pick('lang', text('lang'), LANGS, 'en');
  const size = pick('size', text('size'), FIGURE_SIZES, 'slide');
  const format = pick('format', text('format'), FORMATS, 'svg');
  const scale = Number(pick('scale', text('scale'), SCALES, '1'));
  if (values.scale !== undefined && format !== 'png') throw new UsageError('--scale applies only to --format png');
  const out = text('out');
  if (!out) throw new UsageError('missing --out DIR');
  const loaded = load();
  if (!loaded) return 1;
  const chosen = loaded.stories.find((s) => s.id === id);
  if (!chosen) throw new UsageError(`unknown story: ${id} (stories: ${loaded.stories.map((s) => s.id).join(', ')})`);
  mkdirSync(out, { recursive: true });
  const known = knownIds(loaded.dataset);
  for (const [k, step] of chosen.steps.entries()) {
    const view = { ...parseViewState(step.view, known).view, lang };
    for (const kind of FIGURE_KINDS) {
      const svg = await render(loaded.dataset, view, { kind, size, lang }, values['embed-font'] === true);
      const code = write(svg, join(out, `${String(k + 1).padStart(2, '0')}-${kind}.${format}`), format, scale);
      if (code !== 0) return code;
    }
  }
  process.stdout.write(
    `wrote ${chosen.steps.length * FIGURE_KINDS.length} figures of "${chosen.title.en}" to ${out}\n`,
  );
  return 0;
}

/** Writes the SVG, or the PNG drawn from it. */
function write(svg: string, out: string, format: 'svg' | 'png', scale: number): number {
  if (format === 'svg') {
    writeFileSync(out, svg);
    return 0;
  }
  const png = spawnSync(RSVG_CONVERT, ['--format=png', `--zoom=${scale}`], {
    input: svg,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (png.error || png.status !== 0) {
    const reason = png.error ? png.error.message : png.stderr.toString().trim();
    process.stderr.write(`rsvg-convert could not draw the PNG: ${reason}\n(Debian: apt-get install librsvg2-bin)\n`);
    return 1;
  }
  writeFileSync(out, png.stdout);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const parseError = error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || parseError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      throw error;
    }
  },
);
