/**
 * `npm run figure`: usage errors exit 2 with a message naming the option and the value, a figure is written
 * where --out says, two runs give the same bytes, and --format png writes a PNG at the asked scale.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderFigure } from '../src/lib/figure/render.ts';
import { knownIds } from '../src/lib/model/stories.ts';
import { parseViewState } from '../src/lib/model/view-state.ts';
import { validatePaths } from '../src/node/dataset-files.ts';
import { bundledDataset } from './helpers/bundled-dataset.ts';
import { decodePng } from './helpers/png-pixels.ts';

const dir = mkdtempSync(join(tmpdir(), 'chronograph-figure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function figure(...args: string[]) {
  const run = spawnSync('node_modules/.bin/tsx', ['src/cli/figure.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

// Each test starts Node (and for a PNG, Chromium) as a separate process: on two cores, with the other unit
// files running alongside, one can take longer than vitest's default 5 s.
describe('npm run figure', { timeout: 60_000 }, () => {
  it.each([
    [['timeline', '--out', 'x.svg', '--colour', 'red'], "Unknown option '--colour'"],
    [['timeline', '--from', '2017-02-30', '--out', 'x.svg'], 'invalid --from: 2017-02-30 (expected YYYY-MM-DD)'],
    [['timeline', '--from', '2017-06-01', '--to', '2017-05-01', '--out', 'x.svg'], '--to 2017-05-01 is before --from'],
    [['timeline', '--group', 'colour', '--out', 'x.svg'], 'invalid --group: colour'],
    [['graph', '--level', 'planet', '--lang', 'fr', '--out', 'x.svg'], 'invalid --lang: fr'],
    [['graph', '--size', 'poster', '--out', 'x.svg'], 'invalid --size: poster'],
    [['graph', '--format', 'pdf', '--out', 'x.svg'], 'invalid --format: pdf'],
    [['graph', '--format', 'png', '--scale', '4', '--out', 'x.png'], 'invalid --scale: 4'],
    [['pie', '--out', 'x.svg'], 'invalid --kind: pie'],
    [['timeline'], 'missing --out FILE'],
    [['--story', 'no-such-story', '--out', 'x'], 'unknown story: no-such-story'],
    [['graph', '--story', 'may-june-2017-raqqa-convoys', '--out', 'x'], 'give no figure kind'],
    [
      ['--story', 'may-june-2017-raqqa-convoys', '--from', '2017-05-01', '--out', 'x'],
      '--from does not go with --story',
    ],
  ])('exits 2 for %j, saying %j', (args, message) => {
    const run = figure(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('usage: npm run figure');
  });

  it('writes the same SVG bytes on two runs', () => {
    const args = [
      '--from',
      '2017-05-20',
      '--to',
      '2017-06-05',
      '--lang',
      'ar',
      '--size',
      'a4-portrait',
      '--group',
      'actor',
    ];
    const [a, b] = [join(dir, 'a.svg'), join(dir, 'b.svg')];
    expect(figure('timeline', ...args, '--out', a).status).toBe(0);
    expect(figure('timeline', ...args, '--out', b).status).toBe(0);
    const svg = readFileSync(a);
    expect(svg.toString('utf8')).toContain('viewBox="0 0 794 1123"');
    expect(Buffer.compare(svg, readFileSync(b))).toBe(0);
  });

  it('writes a PNG at twice the page size with --format png --scale 2, and embeds the Arabic font on request', () => {
    const png = join(dir, 'graph.png');
    expect(figure('graph', '--size', 'square', '--format', 'png', '--scale', '2', '--out', png).status).toBe(0);
    const picture = decodePng(readFileSync(png));
    expect([picture.width, picture.height]).toEqual([2000, 2000]);
    const svg = join(dir, 'embedded.svg');
    expect(figure('graph', '--lang', 'ar', '--embed-font', '--out', svg).status).toBe(0);
    const text = readFileSync(svg, 'utf8');
    expect(text).toMatch(/@font-face\{font-family:&apos;Noto Naskh Arabic&apos;;.*src:url\(data:font\/woff2;base64,/);
    // A subset: far smaller than the 53 KB font file.
    expect(text.length).toBeLessThan(60_000);
  });

  it("renders both figures of every step of a story, each the figure of that step's view", () => {
    const out = join(dir, 'story');
    const run = figure('--story', 'may-june-2017-raqqa-convoys', '--lang', 'ar', '--out', out);
    expect(run.status).toBe(0);
    const dataset = bundledDataset();
    const story = validatePaths([]).stories?.find((s) => s.id === 'may-june-2017-raqqa-convoys');
    if (!story) throw new Error('the story is missing');
    expect(readdirSync(out).sort()).toEqual(
      story.steps
        .flatMap((_, k) => ['graph', 'timeline'].map((kind) => `${String(k + 1).padStart(2, '0')}-${kind}.svg`))
        .sort(),
    );
    const view = { ...parseViewState(story.steps[1]?.view ?? '', knownIds(dataset)).view, lang: 'ar' as const };
    expect(readFileSync(join(out, '02-timeline.svg'), 'utf8')).toBe(
      renderFigure(dataset, view, { kind: 'timeline', size: 'slide', lang: 'ar' }),
    );
  });
});
