import { describe, expect, it } from 'vitest';
import { runData } from '../src/lib/data/data-client.ts';
import { runDataTask } from '../src/lib/data/data-task.ts';
import { readRequest } from '../src/lib/data/read-blob.ts';
import { ARTICLE, ARTICLE_FILE } from './helpers/fixture.ts';

const encoder = new TextEncoder();

describe('readRequest(request)', () => {
  const good = encoder.encode(JSON.stringify({ sources: [], actors: [], places: [], events: [] }));
  const bad = encoder.encode('{"sources": [], "actors": [], "places": [], "events": [] ');
  const files = [
    { name: 'good.json', bytes: good },
    { name: 'bad.json', bytes: bad },
  ];
  const articles = [{ name: ARTICLE_FILE, bytes: encoder.encode(ARTICLE) }];
  const unread = () => files.map(({ name, bytes }) => ({ name, blob: new Blob([bytes.slice()]) }));

  it('reads unread dataset files to the bytes of the files, in their order', async () => {
    const request = await readRequest({
      kind: 'dataset',
      files: [{ name: 'good.json', bytes: good.slice() }, ...unread()],
      articles,
    });
    expect(request.kind === 'dataset' && request.files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual(
      [
        ['good.json', new TextDecoder().decode(good)],
        ['good.json', new TextDecoder().decode(good)],
        ['bad.json', new TextDecoder().decode(bad)],
      ],
    );
  });

  it('gives the result of the files read, problems located the same', async () => {
    const expected = runDataTask({ kind: 'dataset', files, articles });
    expect(expected.issues.map((i) => [i.file, i.code])).toEqual([['bad.json', 'json-syntax']]);
    expect(await runData({ kind: 'dataset', files: unread(), articles })).toEqual(expected);
  });
});
