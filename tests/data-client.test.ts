/**
 * `runData` never leaves its caller waiting: a failure of Chronograph's own while a request runs comes back as
 * one `check-failed` error, and a chosen file the browser cannot read as `file-unreadable`, which the import
 * dialog and the start-up screen show like any other problem. (In Node there is no worker, so the task runs in
 * place; the browser tests make the worker fail, and a chosen file change on disk.)
 */
import { describe, expect, it } from 'vitest';
import { ACLED_EXPORT_MAPPING } from '../src/lib/import/acled-mapping.ts';
import { formatImportIssue } from '../src/lib/import/import-issue.ts';
import { checkFailed, runData } from '../src/lib/data/data-client.ts';
import type { InputFile } from '../src/lib/data/data-task.ts';
import { bundledDataset } from './helpers/bundled-dataset.ts';
import { inputFile } from './helpers/input-files.ts';

/** A file whose bytes cannot be had: reading it throws, as a defect would. */
const broken = (name: string): InputFile => ({
  name,
  get bytes(): Uint8Array {
    throw new Error('a simulated defect');
  },
});

describe('runData on a defect', () => {
  it('answers a dataset request with one check-failed error naming the files', async () => {
    const result = await runData({ kind: 'dataset', files: [broken('a.json'), broken('b.json')], articles: [] });
    expect(result).toEqual({
      kind: 'dataset',
      issues: [
        {
          code: 'check-failed',
          severity: 'error',
          message: 'a simulated defect',
          file: 'a.json, b.json',
          pointer: '',
        },
      ],
    });
  });

  it('answers a chosen file the browser cannot read as file-unreadable, naming that file', async () => {
    const gone = { arrayBuffer: () => Promise.reject(new Error('the file changed')) } as unknown as Blob;
    const files = [
      { name: 'actors.json', blob: new Blob(['[]']) },
      { name: 'events.json', blob: gone },
    ];
    const result = await runData({ kind: 'dataset', files, articles: [] });
    expect(result.issues.map((i) => [i.code, i.message, i.file])).toEqual([
      ['file-unreadable', 'could not read the file: the file changed', 'events.json'],
    ]);
  });

  it('answers CSV requests in their own shape', async () => {
    const header = await runData({ kind: 'csv-header', file: broken('t.csv'), delimiter: ',' });
    expect(header).toMatchObject({ kind: 'csv-header', issues: [{ code: 'check-failed', file: 't.csv' }] });
    expect(header).not.toHaveProperty('header');
    const csv = await runData({
      kind: 'csv',
      file: broken('t.csv'),
      choices: {
        delimiter: ',',
        mixedLineEndings: 'error',
        mapping: ACLED_EXPORT_MAPPING,
        events: 'add',
        validRowsOnly: false,
      },
      reference: bundledDataset(),
      articles: [],
    });
    expect(csv).toMatchObject({ kind: 'csv', imported: 0, rejected: 0, rejectedCsv: '' });
    expect(csv.issues.map((i) => i.code)).toEqual(['check-failed']);
  });

  it('says, when shown, that the fault is not in the files', () => {
    const [issue] = checkFailed(
      { kind: 'csv-header', file: inputFile('t.csv', ''), delimiter: ',' },
      'worker gone',
    ).issues;
    expect(issue && formatImportIssue(issue)).toMatch(
      /check-failed: worker gone \(Chronograph failed .* through no fault of theirs/,
    );
  });

  it('still runs a request that has no defect', async () => {
    const result = await runData({ kind: 'csv-header', file: inputFile('t.csv', 'a,b\n1,2\n'), delimiter: ',' });
    expect(result).toMatchObject({ kind: 'csv-header', header: ['a', 'b'], issues: [] });
  });
});
