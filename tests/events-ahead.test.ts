import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/generate.ts';
import { backupText } from '../src/lib/data/backup.ts';
import { runDataTask, type DataRequest, type DataResult, type DecodedListener } from '../src/lib/data/data-task.ts';
import {
  datasetEventCuts,
  eventCuts,
  eventPartsToSend,
  EventPartsReader,
  type EventsFile,
} from '../src/lib/data/events-ahead.ts';
import { joinAhead, joinResult, splitResult } from '../src/lib/data/result-chunks.ts';
import { resolveDate } from '../src/lib/model/resolve.ts';
import { inputFile, seedArticles } from './helpers/input-files.ts';

const articles = seedArticles();
const dataset = generateDataset({ events: 70, actors: 50, seed: 7 });

const utf8 = (text: string) => new TextEncoder().encode(text);
// A BOM is kept, so that joined parts can be compared with the whole text.
const asText = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
/** A part as the page decodes it: a leading BOM dropped, as the worker drops it from the whole file. */
const asRead = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/** The parts of `text`'s bytes cut at `cuts`, each decoded on its own (which fails if a cut splits a character). */
function parts(text: string, cuts: readonly number[]): string[] {
  const bytes = utf8(text);
  return cuts.slice(1).map((end, k) => asText(bytes.subarray(cuts[k], end)));
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
    const found = eventCuts(utf8(text), name, 2);
    expect(found?.count).toBe(5);
    expect(found?.cuts.length).toBe(3 + 3);
    expect(elements(text, found?.cuts ?? [])).toEqual(tricky);
    expect(parts(text, found?.cuts ?? []).join('')).toBe(text);
  });

  it.each([
    ['an array named after another collection', 'actors.json', '[{"id":"a"}]'],
    ['an array named after no collection', 'data.json', '[{"id":"a"}]'],
    ['a document without events', 'd.json', '{"sources":[],"actors":[{"events":[1]}]}'],
    ['a document whose events are not an array', 'd.json', '{"events":{"id":"a"}}'],
    ['a string', 'events.json', '"[1,2]"'],
    ['an unterminated array', 'events.json', '[{"id":"a"},'],
  ])('finds no events array in %s', (_, name, text) => {
    expect(eventCuts(utf8(text), name, 2)).toBeUndefined();
  });

  it('reads an empty events array as no events', () => {
    const found = eventCuts(utf8('{"events": [ ]}'), 'd.json', 2);
    expect(found?.count).toBe(0);
    expect(elements('{"events": [ ]}', found?.cuts ?? [])).toEqual([]);
  });

  it('cuts any JSON array, however it is spaced and whatever characters it holds, into the elements JSON.parse reads', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue({ stringUnit: 'binary' }), { maxLength: 12 }),
        fc.nat(3),
        fc.integer({ min: 1, max: 4 }),
        (list, space, per) => {
          const text = JSON.stringify(list, null, space);
          const found = eventCuts(utf8(text), 'events.json', per);
          const expected: unknown = JSON.parse(text);
          expect(found?.count).toBe(list.length);
          expect(elements(text, found?.cuts ?? [])).toEqual(expected);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('datasetEventCuts(files, per)', () => {
  const events = JSON.stringify(dataset.events);
  const actors = JSON.stringify(dataset.actors);

  it('names the one file that holds an events array', () => {
    const files = [
      { file: 'actors.json', text: actors },
      { file: 'events.json', text: events },
    ];
    expect(datasetEventCuts(files, 10)).toMatchObject({ file: 1, count: 70 });
  });

  it('declines when two files hold events arrays', () => {
    const files = [
      { file: 'events.json', text: events },
      { file: 'more.events.json', text: events },
    ];
    expect(datasetEventCuts(files, 10)).toBeUndefined();
  });
});

/** Reads the parts as the page does, one `add` per message. */
function readParts(events: EventsFile, sentParts: readonly Uint8Array[]) {
  const reader = new EventPartsReader(events);
  for (const part of sentParts) reader.add(part);
  return reader.finish();
}

/** Runs a request as the worker does, returning the page's result when the events go ahead, and the worker's. */
function sendAhead(request: Extract<DataRequest, { kind: 'dataset' }>, per = 16) {
  let sent: ReturnType<typeof eventPartsToSend>;
  const onDecoded: DecodedListener = (files) => (sent = eventPartsToSend(files, per));
  const result = runDataTask(request, () => {}, onDecoded);
  const split = splitResult(result, sent && { file: sent.events.file, count: sent.events.count });
  const read = sent && readParts(sent.events, sent.parts);
  const page =
    split.eventsAhead && read
      ? joinAhead(split.head, read, split.pieces)
      : joinResult(split.head, split.chunks, split.pieces);
  return { result, split, page, sent };
}

/** The result with `parts` beside the text of written file `file`. */
function withAheadParts(result: DataResult, file?: number, parts?: readonly string[]): DataResult {
  if (result.kind === 'csv-header' || !result.data?.written) throw new Error('the result has no written files');
  const written = result.data.written.map((f, k) => (k === file ? { ...f, parts } : f));
  return { ...result, data: { ...result.data, written } };
}

describe('events sent ahead as text', () => {
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
    [
      'collection files, the events one opening with a byte order mark',
      () => [...asCollections().slice(0, 3), inputFile('events.json', `\ufeff${JSON.stringify(dataset.events)}`)],
    ],
    [
      'a backup, whose files come as text',
      () => [
        inputFile(
          'backup.json',
          backupText({
            format: 1,
            label: 'notes.json',
            files: collections.map((name) => ({ file: `${name}.json`, text: JSON.stringify(dataset[name]) })),
            articles: articles.map((a) => ({ file: a.name, text: new TextDecoder().decode(a.bytes) })),
            stories: '[]',
          }),
        ),
      ],
    ],
  ])('give the page the very result the worker validated, from %s', (_, files) => {
    const { result, split, page, sent } = sendAhead({ kind: 'dataset', files: files(), articles, written: true });
    expect(result.issues).toEqual([]);
    expect(split.eventsAhead?.count).toBe(70);
    expect(split.chunks).toEqual([]);
    expect(split.head.kind === 'dataset' && split.head.data?.resolved.events).toEqual([]);
    // The worker's result, with the parts of the events file beside its text.
    const expected = withAheadParts(result, sent?.events.file, sent?.parts.map(asRead));
    expect(page).toEqual(expected);
    // Same members in the same order, dates resolved in place.
    expect(JSON.stringify(page)).toBe(JSON.stringify(expected));
  });

  it('are not used when the events come from two files; the events are sent as before', () => {
    const files = [
      ...asCollections().slice(0, 3),
      inputFile('a.events.json', JSON.stringify(dataset.events.slice(0, 30))),
      inputFile('b.events.json', JSON.stringify(dataset.events.slice(30))),
    ];
    const { result, split, page } = sendAhead({ kind: 'dataset', files, articles });
    expect(result.issues).toEqual([]);
    expect(split.eventsAhead).toBeUndefined();
    expect(page).toEqual(result);
  });

  it('are not used when the dataset has problems', () => {
    const events = dataset.events.map((e, k) => (k === 5 ? { ...e, date: '2015-13-01' } : e));
    const files = [...asCollections().slice(0, 3), inputFile('events.json', JSON.stringify(events))];
    const { result, split, page } = sendAhead({ kind: 'dataset', files, articles });
    expect(result.issues.map((i) => i.code)).toContain('date-impossible');
    expect(split.eventsAhead).toBeUndefined();
    expect(page).toEqual(result);
  });

  it('cannot be read when a date does not parse, so a page never holds an unresolved date', () => {
    const sent = eventPartsToSend([{ file: 'events.json', text: JSON.stringify([{ id: 'e', date: 'soon' }]) }], 5);
    expect(sent?.events).toEqual({ file: 0, count: 1, parts: 3 });
    if (sent) expect(readParts(sent.events, sent.parts)).toBeUndefined();
  });

  it('are read with the parts as they arrived, decoded, which join to the file text', () => {
    const text = JSON.stringify(dataset.events);
    const sent = eventPartsToSend([{ file: 'events.json', text, bytes: utf8(text) }], 10);
    const read = sent && readParts(sent.events, sent.parts);
    expect(read?.parts).toEqual(sent?.parts.map(asRead));
    expect(read?.parts.join('')).toBe(text);
    expect(read?.text).toBe(text);
  });

  it('joinAhead(head, read, pieces) gives the file sent ahead its parts as read, and every other file its pieces', () => {
    const { result, split, sent } = sendAhead({ kind: 'dataset', files: asCollections(), articles, written: true });
    const read = sent && readParts(sent.events, sent.parts);
    const texts = result.kind === 'dataset' ? result.data?.written?.map((f) => f.text) : undefined;
    if (!read || !texts) throw new Error('the events were not sent ahead');
    // Every other file in two pieces, as when the written texts are long enough to be sent apart.
    const halves = (text: string) => [text.slice(0, 7), text.slice(7)];
    const pieces = texts.flatMap((text, file) =>
      file === read.file ? [] : halves(text).map((piece) => ({ file, text: piece })),
    );
    const joined = joinAhead(split.head, read, pieces);
    const written = joined.kind === 'dataset' ? joined.data?.written : undefined;
    expect(written?.map((f) => f.text)).toEqual(texts);
    expect(written?.map((f) => f.parts)).toEqual(
      texts.map((text, file) => (file === read.file ? sent.parts.map(asRead) : halves(text))),
    );
  });

  it('cannot be read when a part is missing or cut elsewhere than between elements', () => {
    const sent = eventPartsToSend([{ file: 'events.json', text: JSON.stringify(dataset.events) }], 10);
    expect(sent?.events.parts).toBe(9);
    if (!sent) return;
    expect(readParts(sent.events, sent.parts)?.chunks.flat()).toHaveLength(70);
    expect(
      readParts(
        sent.events,
        sent.parts.filter((_, k) => k !== 3),
      ),
    ).toBeUndefined();
    const shifted = sent.parts.map((part, k) => (k === 2 ? part.slice(1) : k === 1 ? utf8(`${asText(part)},`) : part));
    expect(readParts(sent.events, shifted)).toBeUndefined();
  });
});
