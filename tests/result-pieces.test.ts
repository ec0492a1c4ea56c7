import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/generate.ts';
import { runDataTask, type DataResult } from '../src/lib/data/data-task.ts';
import { CHARS_PER_PIECE, joinResult, splitResult } from '../src/lib/data/result-chunks.ts';
import { unresolveDataset } from '../src/lib/model/resolve.ts';
import { ARTICLE, ARTICLE_FILE } from './helpers/fixture.ts';
import { MAPPING, VALID_ROW, csvOf, reference } from './helpers/import-csv.ts';
import { inputFile, seedArticles } from './helpers/input-files.ts';

const articles = seedArticles();
const dataset = generateDataset({ events: 60, actors: 50, seed: 5 });

/** A clean result whose written files are the given texts; the texts need not be a dataset for splitting. */
function withWritten(texts: readonly string[]): DataResult {
  const result = runDataTask({ kind: 'dataset', files: [inputFile('d.json', JSON.stringify(dataset))], articles });
  if (result.kind !== 'dataset' || !result.data) throw new Error('the generated dataset did not validate');
  return { ...result, data: { ...result.data, written: texts.map((text, k) => ({ file: `f${k}.json`, text })) } };
}

/** The result with each written file's text joined from `parts[k]`, and those parts beside it. */
function withParts(result: DataResult, parts: readonly (readonly string[])[]): DataResult {
  if (result.kind === 'csv-header' || !result.data?.written) throw new Error('the result has no written files');
  const written = result.data.written.map(({ file }, k) => ({ file, text: parts[k]?.join('') ?? '', parts: parts[k] }));
  return { ...result, data: { ...result.data, written } };
}

describe('runDataTask({ kind: "dataset", written: true })', () => {
  it('returns the dataset files as validated, for saving without writing them anew', () => {
    const files = ['sources', 'actors', 'places', 'events'].map((name) =>
      inputFile(`${name}.json`, JSON.stringify(dataset[name as keyof typeof dataset])),
    );
    const texts = files.map((f) => ({ file: f.name, text: new TextDecoder().decode(f.bytes) }));
    const result = runDataTask({ kind: 'dataset', files, articles, written: true });
    expect(result.issues).toEqual([]);
    expect(result.kind === 'dataset' && result.data?.written).toEqual(texts);
  });

  it('returns none unless asked, as when the workspace loads what it stored', () => {
    const result = runDataTask({ kind: 'dataset', files: [inputFile('d.json', JSON.stringify(dataset))], articles });
    expect(result.kind === 'dataset' && result.data && 'written' in result.data).toBe(false);
  });
});

describe('runDataTask({ kind: "csv" })', () => {
  it('writes the imported dataset out as one JSON file, dates as EDTF text', () => {
    const result = runDataTask({
      kind: 'csv',
      file: inputFile('rows.csv', csvOf([VALID_ROW])),
      choices: { delimiter: ',', mixedLineEndings: 'error', mapping: MAPPING, events: 'add', validRowsOnly: false },
      reference: reference(),
      articles: [inputFile(ARTICLE_FILE, ARTICLE)],
    });
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const data = result.kind === 'csv' ? result.data : undefined;
    expect(data?.written).toEqual([{ file: 'dataset.json', text: JSON.stringify(unresolveDataset(data!.resolved)) }]);
  });
});

describe('splitResult(result) and joinResult(head, chunks, pieces)', () => {
  it('send long written texts in pieces and put them back exactly, a surrogate pair split between two', () => {
    const long = `${'a'.repeat(CHARS_PER_PIECE - 1)}😀${'ل'.repeat(CHARS_PER_PIECE)}`;
    const result = withWritten(['[]', long]);
    const { head, chunks, pieces = [] } = splitResult(result);
    expect(pieces.map((p) => [p.file, p.text.length])).toEqual([
      [0, 2],
      [1, CHARS_PER_PIECE],
      [1, CHARS_PER_PIECE],
      [1, 1],
    ]);
    expect(head.kind === 'dataset' && head.data?.written?.map((f) => f.text)).toEqual(['', '']);
    const joined = joinResult(structuredClone(head), structuredClone(chunks), structuredClone(pieces));
    const parts = [['[]'], [long.slice(0, CHARS_PER_PIECE), long.slice(CHARS_PER_PIECE, -1), long.slice(-1)]];
    expect(joined).toEqual(withParts(result, parts));
  });

  it('joinResult(head, chunks, pieces) gives each written text with the pieces it was joined from', () => {
    const head = withWritten(['', '', '']);
    // Half surrogates among the characters, so that a pair may be split between two pieces.
    const unit = fc.constantFrom('a', 'ل', '😀', '\ud83d', '\ude00');
    const piece = fc.record({ file: fc.nat(2), text: fc.string({ unit, maxLength: 5 }) });
    const written = (result: DataResult) => (result.kind === 'csv-header' ? undefined : result.data?.written);
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const parts = [0, 1, 2].map((file) => pieces.filter((p) => p.file === file).map((p) => p.text));
        const joined = written(joinResult(head, [], pieces));
        expect(joined).toEqual(written(withParts(head, parts)));
        for (const file of joined ?? []) expect(file.parts?.join('')).toBe(file.text);
      }),
      { seed: 5, numRuns: 200 },
    );
  });

  it('leave short written texts in the head', () => {
    const result = withWritten(['[]', '{}']);
    expect(splitResult(result)).toEqual({ head: result, chunks: [] });
  });
});
