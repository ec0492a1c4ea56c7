import { describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/generate.ts';
import { backupText } from '../src/lib/data/backup.ts';
import { runDataTask } from '../src/lib/data/data-task.ts';
import { EVENTS_PER_CHUNK, joinResult, splitResult } from '../src/lib/data/result-chunks.ts';
import type { ProgressStep } from '../src/lib/model/progress.ts';
import { readStoredMapping } from '../src/lib/state/import-flow.svelte.ts';
import { inputFile, seedArticles } from './helpers/input-files.ts';

const articles = seedArticles();
const generated = JSON.stringify(generateDataset({ events: 2500, actors: 50, seed: 3 }));

describe('runDataTask({ kind: "dataset" })', () => {
  it('validates and resolves a clean dataset, reporting progress through every phase', () => {
    const steps: ProgressStep[] = [];
    const result = runDataTask({ kind: 'dataset', files: [inputFile('data.json', generated)], articles }, (step) =>
      steps.push(step),
    );
    expect(result.issues).toEqual([]);
    expect(result.kind === 'dataset' && result.data?.resolved.events).toHaveLength(2500);
    expect(new Set(steps.map((s) => s.phase))).toEqual(new Set(['parse', 'records', 'checks']));
    const checks = steps.filter((s) => s.phase === 'checks').map((s) => s.done);
    expect(checks).toEqual([...checks].sort((a, b) => a - b));
    expect(steps.every((s) => s.done <= s.total)).toBe(true);
  });

  it('finds a duplicate member name with the count of names its limits scan made', () => {
    // A second "summary" in the first event: the engine's parser keeps one and would hide the other.
    const text = generated.replace('"summary":', '"summary":{"en":"x","ar":"y"},"summary":');
    expect(text).not.toBe(generated);
    const result = runDataTask({ kind: 'dataset', files: [inputFile('data.json', text)], articles });
    expect(result.issues.map((i) => i.code)).toEqual(['json-duplicate-key']);
  });

  it('keeps only the articles the dataset cites', () => {
    const result = runDataTask({ kind: 'dataset', files: [inputFile('data.json', generated)], articles });
    const cited = new Set(JSON.parse(generated).sources.map((s: { file: string }) => s.file));
    expect(result.kind === 'dataset' && result.data?.articles.map(([name]) => name).sort()).toEqual([...cited].sort());
  });

  it('refuses bytes that are not UTF-8, naming the byte offset, before validating', () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0xff, 0x7d]);
    const result = runDataTask({ kind: 'dataset', files: [{ name: 'bad.json', bytes }], articles });
    expect(result.issues.map((i) => i.code)).toEqual(['encoding-invalid-utf8']);
    expect(result.issues[0]?.message).toMatch(/5/);
  });

  it('reads a backup back to its dataset, stories and label', () => {
    const stories = '[]';
    const text = backupText({
      format: 1,
      label: 'field notes.json',
      files: [{ file: 'dataset.json', text: generated }],
      articles: articles.map((a) => ({ file: a.name, text: new TextDecoder().decode(a.bytes) })),
      stories,
    });
    const result = runDataTask({ kind: 'dataset', files: [inputFile('backup.json', text)], articles: [] });
    expect(result.issues).toEqual([]);
    expect(result.kind === 'dataset' && [result.label, result.userStories]).toEqual(['field notes.json', stories]);
  });

  it('writes a backup of files joined from parts as it writes the same texts given whole', () => {
    const whole = { file: 'dataset.json', text: generated };
    const cut = Math.floor(generated.length / 3);
    const parted = { ...whole, parts: [generated.slice(0, cut), '', generated.slice(cut)] };
    const snapshot = { format: 1, label: 'x.json', articles: [], stories: '[]' } as const;
    const text = backupText({ ...snapshot, files: [parted] });
    expect(text).toBe(backupText({ ...snapshot, files: [whole] }));
    expect(text).not.toContain('"parts"');
  });

  it('refuses a damaged backup with its own code', () => {
    const result = runDataTask({
      kind: 'dataset',
      files: [inputFile('backup.json', '{"chronograph": "chronograph-backup", "format": 7}')],
      articles,
    });
    expect(result.issues.map((i) => i.code)).toEqual(['import-backup-shape']);
  });
});

describe('runDataTask({ kind: "csv-header" })', () => {
  it('reports a delimiter that does not match the file at the mapping step', () => {
    const result = runDataTask({ kind: 'csv-header', file: inputFile('t.csv', 'a;b;c\n1;2;3\n'), delimiter: ',' });
    expect(result.issues.map((i) => i.code)).toContain('csv-delimiter-mismatch');
  });
});

describe('readStoredMapping(text)', () => {
  it.each([
    [undefined, {}],
    ['not json', {}],
    ['null', {}],
    ['{"date":"when","nonsense":"x","id":7,"type":""}', { date: 'when' }],
    ['{"__proto__":{"polluted":"yes"},"id":"event"}', { id: 'event' }],
  ])('keeps only known fields mapped to column names: %s', (text, expected) => {
    expect(readStoredMapping(text)).toEqual(expected);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('splitResult(result) and joinResult(head, chunks)', () => {
  it('send a large result in chunks and put it back together exactly', () => {
    const result = runDataTask({ kind: 'dataset', files: [inputFile('data.json', generated)], articles });
    const { head, chunks } = splitResult(result);
    expect(chunks.length).toBe(Math.ceil(2500 / EVENTS_PER_CHUNK));
    expect(head.kind === 'dataset' && head.data?.resolved.events).toEqual([]);
    expect(joinResult(structuredClone(head), structuredClone(chunks))).toEqual(result);
  });

  it('leave a small result in one piece', () => {
    const small = JSON.stringify(generateDataset({ events: 20, actors: 50, seed: 4 }));
    const result = runDataTask({ kind: 'dataset', files: [inputFile('small.json', small)], articles });
    expect(splitResult(result)).toEqual({ head: result, chunks: [] });
  });
});
