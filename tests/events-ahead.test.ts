import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/generate.ts';
import { runDataTask, type DataRequest, type DecodedListener } from '../src/lib/data/data-task.ts';
import {
  datasetEventCuts,
  eventBytesToSend,
  eventCuts,
  readEventBytes,
  type EventBytes,
} from '../src/lib/data/events-ahead.ts';
import { joinAhead, joinResult, splitResult } from '../src/lib/data/result-chunks.ts';
import { resolveDate } from '../src/lib/model/resolve.ts';
import { inputFile, seedArticles } from './helpers/input-files.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const articles = seedArticles();
const dataset = generateDataset({ events: 70, actors: 50, seed: 7 });
const noWait = () => Promise.resolve();

/** The parts of `text` cut at `cuts`, decoded. */
function parts(text: string, cuts: readonly number[]): string[] {
  const bytes = encoder.encode(text);
  return cuts.slice(1).map((end, k) => decoder.decode(bytes.subarray(cuts[k], end)));
}

/** The elements the inner parts hold, read as the page reads them. */
function elements(text: string, cuts: readonly number[]): unknown[] {
  const inner = parts(text, cuts).slice(1, -1);
  return inner.flatMap((part, k) => JSON.parse(`[${k === 0 ? part : part.slice(1)}]`) as unknown[]);
}

describe('eventCuts(bytes, name, per)', () => {
  const tricky = [
    { id: 'a', text: 'a "quoted" word, a comma] and a bracket [ and a brace }' },
    { id: 'b', text: 'back\\slash\\', list: [[1, 2], { events: [3] }] },
    { id: 'c', text: 'التحالف "الدولي" 😀' },
    'not an object',
    [],
  ];

  it.each([
    ['a collection file', 'events.json', JSON.stringify(tricky)],
    [
      'a collection file with a BOM and spaces',
      'my.events.json',
      `\ufeff [ ${tricky.map((e) => JSON.stringify(e, null, 2)).join(' ,\n ')} ] \n`,
    ],
    [
      'a dataset document',
      'd.json',
      JSON.stringify({ sources: [{ id: 'events' }], notes: '"events":[1]', events: tricky, actors: [] }),
    ],
  ])('cuts %s into parts of whole elements that join back into the file', (_, name, text) => {
    const found = eventCuts(encoder.encode(text), name, 2);
    expect(found?.count).toBe(5);
    expect(found?.cuts.length).toBe(3 + 3);
    expect(elements(text, found?.cuts ?? [])).toEqual(tricky);
    expect(parts(text, found?.cuts ?? []).join('')).toBe(decoder.decode(encoder.encode(text)));
  });

  it.each([
    ['an array named after another collection', 'actors.json', '[{"id":"a"}]'],
    ['an array named after no collection', 'data.json', '[{"id":"a"}]'],
    ['a document without events', 'd.json', '{"sources":[],"actors":[{"events":[1]}]}'],
    ['a document whose events are not an array', 'd.json', '{"events":{"id":"a"}}'],
    ['a string', 'events.json', '"[1,2]"'],
    ['an unterminated array', 'events.json', '[{"id":"a"},'],
  ])('finds no events array in %s', (_, name, text) => {
    expect(eventCuts(encoder.encode(text), name, 2)).toBeUndefined();
  });

  it('reads an empty events array as no events', () => {
    const found = eventCuts(encoder.encode('{"events": [ ]}'), 'd.json', 2);
    expect(found?.count).toBe(0);
    expect(elements('{"events": [ ]}', found?.cuts ?? [])).toEqual([]);
  });

  it('cuts any JSON array, however it is spaced, into the elements JSON.parse reads', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 12 }),
        fc.nat(3),
        fc.integer({ min: 1, max: 4 }),
        (list, space, per) => {
          const text = JSON.stringify(list, null, space);
          const found = eventCuts(encoder.encode(text), 'events.json', per);
          const expected: unknown = JSON.parse(decoder.decode(encoder.encode(text)));
          expect(found?.count).toBe(list.length);
          expect(elements(text, found?.cuts ?? [])).toEqual(expected);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('datasetEventCuts(bytes, names, per)', () => {
  const events = encoder.encode(JSON.stringify(dataset.events));
  const actors = encoder.encode(JSON.stringify(dataset.actors));

  it('names the one file that holds an events array', () => {
    expect(datasetEventCuts([actors, events], ['actors.json', 'events.json'], 10)).toMatchObject({
      file: 1,
      count: 70,
    });
  });

  it('declines when two files hold events arrays, or a file has no bytes at hand', () => {
    expect(datasetEventCuts([events, events], ['events.json', 'more.events.json'], 10)).toBeUndefined();
    expect(datasetEventCuts([events, undefined], ['events.json', 'backup.json'], 10)).toBeUndefined();
  });
});

/** Runs a request as the worker does, returning the page's result when the events go ahead, and the worker's. */
async function sendAhead(request: Extract<DataRequest, { kind: 'dataset' }>, per = 16) {
  let sent: EventBytes | undefined;
  const onDecoded: DecodedListener = (files, bytes) => (sent = eventBytesToSend(files, bytes, per));
  const result = runDataTask(request, () => {}, onDecoded);
  const split = splitResult(result, sent && { file: sent.file, count: sent.count });
  const read = sent && (await readEventBytes(sent, noWait));
  const page =
    split.eventsAhead && read
      ? joinAhead(split.head, read, split.pieces)
      : joinResult(split.head, split.chunks, split.pieces);
  return { result, split, page };
}

describe('events sent ahead as bytes', () => {
  const collections = ['sources', 'actors', 'places', 'events'] as const;
  const asCollections = () => collections.map((name) => inputFile(`${name}.json`, JSON.stringify(dataset[name])));

  // Every third date written in its resolved form, which the result gives as EDTF text resolved again.
  const resolvedDates = {
    ...dataset,
    events: dataset.events.map((e, k) => {
      if (k % 3 !== 0) return e;
      const { edtf, start, end } = resolveDate(typeof e.date === 'string' ? e.date : e.date.edtf);
      return { ...e, date: { edtf, start, end } };
    }),
  };

  it.each([
    ['collection files', asCollections],
    ['one document', () => [inputFile('d.json', JSON.stringify(dataset, null, 1))]],
    ['one document with dates in their resolved form', () => [inputFile('d.json', JSON.stringify(resolvedDates))]],
  ])('give the page the very result the worker validated, from %s', async (_, files) => {
    const { result, split, page } = await sendAhead({ kind: 'dataset', files: files(), articles, written: true });
    expect(result.issues).toEqual([]);
    expect(split.eventsAhead?.count).toBe(70);
    expect(split.chunks).toEqual([]);
    expect(split.head.kind === 'dataset' && split.head.data?.resolved.events).toEqual([]);
    expect(page).toEqual(result);
    // Same members in the same order, dates resolved in place.
    expect(JSON.stringify(page)).toBe(JSON.stringify(result));
  });

  it('are not used when the events come from two files; the events are sent as before', async () => {
    const files = [
      ...asCollections().slice(0, 3),
      inputFile('a.events.json', JSON.stringify(dataset.events.slice(0, 30))),
      inputFile('b.events.json', JSON.stringify(dataset.events.slice(30))),
    ];
    const { result, split, page } = await sendAhead({ kind: 'dataset', files, articles });
    expect(result.issues).toEqual([]);
    expect(split.eventsAhead).toBeUndefined();
    expect(page).toEqual(result);
  });

  it('are not used when the dataset has problems', async () => {
    const events = dataset.events.map((e, k) => (k === 5 ? { ...e, date: '2015-13-01' } : e));
    const files = [...asCollections().slice(0, 3), inputFile('events.json', JSON.stringify(events))];
    const { result, split, page } = await sendAhead({ kind: 'dataset', files, articles });
    expect(result.issues.map((i) => i.code)).toContain('date-impossible');
    expect(split.eventsAhead).toBeUndefined();
    expect(page).toEqual(result);
  });

  it('cannot be read when a date does not parse, so a page never holds an unresolved date', async () => {
    const text = JSON.stringify([{ id: 'e', date: 'soon' }]);
    const found = eventCuts(encoder.encode(text), 'events.json', 5);
    expect(found).toBeDefined();
    if (found) expect(await readEventBytes({ ...found, file: 0, bytes: encoder.encode(text) }, noWait)).toBeUndefined();
  });
});
