import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/node/dataset-files.ts';

const tsx = resolve(PROJECT_ROOT, 'node_modules/.bin/tsx');
const run = (...args: string[]) => {
  const result = spawnSync(tsx, [resolve(PROJECT_ROOT, 'src/cli/data.ts'), ...args], {
    encoding: 'utf8',
    cwd: PROJECT_ROOT,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const scratch = mkdtempSync(join(tmpdir(), 'chronograph-cli-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

// Each test starts Node (and for a PNG, Chromium) as a separate process: on two cores, with the other unit
// files running alongside, one can take longer than vitest's default 5 s.
describe('npm run data', { timeout: 60_000 }, () => {
  it('validate exits 0 on the bundled dataset and counts what it checked', () => {
    const { code, stdout } = run('validate');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^valid: 5 sources, \d+ actors, \d+ places, \d+ events, \d+ stories$/m);
  });

  it('validate exits 1 and locates every problem in a broken file', () => {
    const path = write('events.json', '[\n  {"id": "x", "type": "rumour"}\n]\n');
    const { code, stdout } = run('validate', path);
    expect(code).toBe(1);
    expect(stdout).toContain('events.json:2:3: missing-field [x] at /0/subtype');
    expect(stdout).toMatch(/events\.json:2:\d+: invalid-value \[x\] at \/0\/type/);
    expect(stdout).toMatch(/\d+ problem\(s\)/);
  });

  it('validate reports invalid UTF-8 with its byte offset', () => {
    const path = write('dataset.json', new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]));
    const { code, stdout } = run('validate', path);
    expect(code).toBe(1);
    expect(stdout).toContain('encoding-invalid-utf8');
    expect(stdout).toContain('byte offset 2');
  });

  it('validate reports a missing file rather than crashing', () => {
    const { code, stdout } = run('validate', join(scratch, 'nope.json'));
    expect(code).toBe(1);
    expect(stdout).toContain('file-unreadable');
  });

  it('export prints a dataset that validates clean as a dataset document', () => {
    const exported = run('export');
    expect(exported.code).toBe(0);
    const document = JSON.parse(exported.stdout) as {
      events: { date: { edtf: string; start: string; end: string } }[];
    };
    expect(Object.keys(document)).toEqual(['sources', 'actors', 'places', 'events']);
    expect(document.events[0]?.date).toEqual(
      expect.objectContaining({ edtf: expect.any(String), start: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
    );
    const path = write('export.json', exported.stdout);
    expect(run('validate', path).code).toBe(0);
  });

  it('graph prints nodes and edges, and rolls up to states', () => {
    const actorLevel = JSON.parse(run('graph').stdout) as { nodes: { id: string }[]; edges: { kind: string }[] };
    const stateLevel = JSON.parse(run('graph', '--level', 'state').stdout) as { nodes: { id: string }[] };
    expect(actorLevel.edges.some((e) => e.kind === 'accusation')).toBe(true);
    expect(actorLevel.edges.some((e) => e.kind === 'denial')).toBe(true);
    expect(stateLevel.nodes.length).toBeLessThan(actorLevel.nodes.length);
    expect(stateLevel.nodes.map((n) => n.id)).toContain('russia');
  });

  it('graph keeps to the window it is given', () => {
    const window = JSON.parse(run('graph', '--from', '2017-12-01', '--to', '2017-12-31').stdout) as {
      edges: { events: string[] }[];
    };
    const all = JSON.parse(run('graph').stdout) as { edges: { events: string[] }[] };
    expect(window.edges.length).toBeGreaterThan(0);
    expect(window.edges.length).toBeLessThan(all.edges.length);
  });

  it('csv prints a header and one row per event', () => {
    const { code, stdout } = run('csv');
    expect(code).toBe(0);
    expect(stdout.split('\r\n')[0]).toBe(
      'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,location,latitude,longitude,source,notes,fatalities,' +
        'date_edtf,summary_ar,status,attribution,places,date_reasoning,date_words_json,alternative_dates_json,actors_json,' +
        'figures_json,evidence_json,relations_json,notes_chronograph',
    );
  });

  it.each([
    [['graph', '--from', '2017-02-30'], /invalid --from/],
    [['graph', '--level', 'planet'], /invalid --level/],
    [['graph', '--from', '2017-06-01', '--to', '2017-05-01'], /before --from/],
    [['graph', '--colour', 'red'], /Unknown option/],
    [['frobnicate'], /unknown command/],
    [[], /no command/],
  ])('exits 2 with usage on %j', (args, message) => {
    const { code, stderr } = run(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('usage: npm run data');
  });
});
