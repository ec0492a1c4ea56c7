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
    expect(joinResult(structuredClone(head), structuredClone(chunks), structuredClone(pieces))).toEqual(result);
  });

  it('leave short written texts in the head', () => {
    const result = withWritten(['[]', '{}']);
    expect(splitResult(result)).toEqual({ head: result, chunks: [] });
  });
});
