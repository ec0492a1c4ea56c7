import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/generate.ts';
import { backupText } from '../src/lib/data/backup.ts';
import type { WorkerReply } from '../src/lib/data/data-client.ts';
import { runDataTask, type DataRequest, type DataResult } from '../src/lib/data/data-task.ts';
import { EventBytesReader, EventPartsReader, findEventsArray, type EventsBytes } from '../src/lib/data/events-ahead.ts';
import { EVENTS_PER_CHECK } from '../src/lib/data/validate-in-parts.ts';
import { joinAhead, joinResult } from '../src/lib/data/result-chunks.ts';
import { SharedPartReader } from '../src/lib/data/shared-parts.ts';
import { answerRequest } from '../src/lib/data/worker-replies.ts';
import { resolveDate } from '../src/lib/model/resolve.ts';
import { inputFile, seedArticles } from './helpers/input-files.ts';

const articles = seedArticles();
const dataset = generateDataset({ events: 70, actors: 50, seed: 7 });

const utf8 = (text: string) => new TextEncoder().encode(text);

/** What goes ahead from one file holding `text`. */
const sendOne = (name: string, text: string) => findEventsArray([{ file: name, text, bytes: utf8(text) }]);

/** Reads bytes sent ahead as the page does, a part per call, `per` elements per part. */
function readAll(sent: EventsBytes | undefined, count: number, per = 2) {
  if (!sent) return undefined;
  const reader = new EventBytesReader(sent, per);
  for (let calls = 0; !reader.done; calls += 1) {
    if (calls > 10_000) throw new Error('the reader does not finish');
    reader.readPart();
  }
  return reader.finish(count);
}

/** Elements as the page reads them: each date resolved in place. */
const resolved = (elements: readonly { date: string }[]) =>
  elements.map((element) => ({ ...element, date: resolveDate(element.date) }));

describe('findEventsArray(files) and EventBytesReader', () => {
  // Elements whose text holds what a cut must not fall in: quotes, commas, brackets, backslashes, Arabic.
  const tricky = [
    { id: 'a', date: '2017-05-01', text: 'a "quoted" word, a comma] and a bracket [ and a brace }' },
    { id: 'b', date: '2017', text: 'back\\slash\\', list: [[1, 2], { events: [3] }] },
    { id: 'c', date: '2015-11-16/2015-11-17?', text: 'التحالف "الدولي" 😀' },
    { id: 'd', date: '2016-21', text: ',,,' },
    { id: 'e', date: '2017-05-29', text: '' },
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
  ])('cut %s into parts of whole elements, read as JSON.parse reads them, that join into its text', (_, name, text) => {
    const sent = sendOne(name, text);
    expect(sent?.file).toBe(0);
    const read = readAll(sent, 5);
    expect(read?.chunks.map((chunk) => chunk.length)).toEqual([2, 2, 1]);
    expect(read?.chunks.flat()).toEqual(resolved(tricky));
    // The text as the worker decodes it, BOM dropped.
    expect(read?.parts.join('')).toBe(text.replace(/^\ufeff/, ''));
    expect(read?.text).toBe(text.replace(/^\ufeff/, ''));
  });

  it.each([
    ['an array named after another collection', 'actors.json', '[{"id":"a"}]'],
    ['an array named after no collection', 'data.json', '[{"id":"a"}]'],
    ['a document without events', 'd.json', '{"sources":[],"actors":[{"events":[1]}]}'],
    ['a document whose events are not an array', 'd.json', '{"events":{"id":"a"}}'],
    ['a document whose member names hold escapes', 'd.json', '{"\\u0065vents":[{"id":"a"}]}'],
    ['a string', 'events.json', '"[1,2]"'],
  ])('send nothing ahead for %s', (_, name, text) => {
    expect(sendOne(name, text)).toBeUndefined();
  });

  it('read an empty events array as no events', () => {
    const read = readAll(sendOne('d.json', '{"events": [ ]}'), 0);
    expect(read?.chunks.flat()).toEqual([]);
    expect(read?.text).toBe('{"events": [ ]}');
  });

  it('read any events, however spaced and whatever their text holds, as JSON.parse reads them', () => {
    const element = fc.record({
      id: fc.string({ unit: 'binary' }),
      date: fc.constantFrom('2017', '2017-05-01', '2015-11-16/2015-11-17?', '2016-21~'),
      text: fc.jsonValue({ stringUnit: 'binary' }),
    });
    fc.assert(
      fc.property(
        fc.array(element, { maxLength: 12 }),
        fc.nat(3),
        fc.integer({ min: 1, max: 4 }),
        (list, space, per) => {
          const text = JSON.stringify(list, null, space);
          const read = readAll(sendOne('events.json', text), list.length, per);
          expect(read?.chunks.flat()).toEqual(resolved(JSON.parse(text) as { date: string }[]));
          expect(read?.text).toBe(text);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it("cannot be read when the array does not close, an element is not an event, or the count is not the worker's", () => {
    expect(readAll(sendOne('events.json', '[{"id":"a","date":"2017"},'), 1)).toBeUndefined();
    expect(readAll(sendOne('events.json', '[{"id":"a","date":"2017"},"not an object"]'), 2)).toBeUndefined();
    expect(readAll(sendOne('events.json', '[{"id":"a","date":"2017"}]'), 1)).toBeDefined();
    expect(readAll(sendOne('events.json', '[{"id":"a","date":"2017"}]'), 2)).toBeUndefined();
  });

  it('stop reading when abandoned, and give nothing', () => {
    const sent = sendOne('events.json', JSON.stringify(tricky));
    if (!sent) throw new Error('nothing to send');
    const reader = new EventBytesReader(sent, 2);
    reader.readPart();
    reader.readPart();
    reader.abandon();
    expect(reader.done).toBe(true);
    reader.readPart();
    expect(reader.finish(5)).toBeUndefined();
  });

  it('give nothing when abandoned after reading every part', () => {
    const sent = sendOne('events.json', JSON.stringify(tricky));
    if (!sent) throw new Error('nothing to send');
    const whole = new EventBytesReader({ ...sent, bytes: sent.bytes.slice() }, 2);
    const abandoned = new EventBytesReader(sent, 2);
    for (const reader of [whole, abandoned]) while (!reader.done) reader.readPart();
    abandoned.abandon();
    expect(whole.finish(5)?.chunks.flat().length).toBe(5);
    expect(abandoned.finish(5)).toBeUndefined();
  });

  it('name the one file that holds an events array', () => {
    const events = utf8(JSON.stringify(dataset.events));
    const files = [
      { file: 'actors.json', text: JSON.stringify(dataset.actors) },
      { file: 'events.json', text: JSON.stringify(dataset.events), bytes: events },
    ];
    expect(findEventsArray(files)).toMatchObject({ file: 1, open: 0, bytes: events });
  });

  it('send nothing when two files hold events arrays, or one cannot be told', () => {
    const events = JSON.stringify(dataset.events);
    expect(
      findEventsArray([
        { file: 'events.json', text: events },
        { file: 'more.events.json', text: events },
      ]),
    ).toBeUndefined();
    expect(
      findEventsArray([
        { file: 'events.json', text: events },
        { file: 'd.json', text: '{"\\u0065vents":[]}' },
      ]),
    ).toBeUndefined();
  });
});

/**
 * Runs a request through the worker's answer and reads the replies as the page does: the page's result, the
 * replies, what the page read ahead, and the worker's own result for comparison.
 */
function sendAhead(request: Extract<DataRequest, { kind: 'dataset' }>, per = 16, shared = false) {
  const replies: WorkerReply[] = [];
  answerRequest(request, (reply) => replies.push(reply), shared);
  const last = replies[replies.length - 1];
  if (!last || !('result' in last)) throw new Error('the worker gave no result');
  const sent = replies.flatMap((reply) => ('eventsBytes' in reply ? [reply.eventsBytes] : []));
  const split = {
    head: last.result,
    eventsAhead: last.eventsAhead,
    chunks: replies.flatMap((reply) => ('events' in reply ? [reply.events] : [])),
    pieces: replies.flatMap((reply) => ('piece' in reply ? [reply.piece] : [])),
  };
  const { eventsAhead } = split;
  // Parts in shared memory are read in order, as the page reads them, each copied out of its slot here.
  const slots = new SharedPartReader();
  const parts = replies.flatMap((reply) =>
    'eventsPart' in reply
      ? [reply.eventsPart]
      : 'eventsShared' in reply
        ? [slots.read(reply.eventsShared, (bytes) => bytes.slice())]
        : [],
  );
  const read =
    eventsAhead && (sent.length > 0 ? readAll(sent[0], eventsAhead.count, per) : readParts(parts, eventsAhead));
  const page =
    split.eventsAhead && read
      ? joinAhead(split.head, read, split.pieces)
      : joinResult(split.head, split.chunks, split.pieces);
  return { result: runDataTask(request), split, page, read, sent, parts, replies };
}

/** Reads the parts the worker sends as it validates, as the page does. */
function readParts(parts: readonly Uint8Array[], ahead: { file: number; count: number }) {
  const reader = new EventPartsReader();
  for (const part of parts) reader.read(part);
  return reader.finish(ahead.file, ahead.count);
}

/** The result with the text of written file `file` read and written again, as JSON with a fixed spacing. */
function respaced(result: DataResult, file: number | undefined): DataResult {
  if (result.kind === 'csv-header' || !result.data?.written) throw new Error('the result has no written files');
  const written = result.data.written.map((f, k) =>
    k === file ? { file: f.file, text: JSON.stringify(JSON.parse(f.text), null, 1) } : f,
  );
  return { ...result, data: { ...result.data, written } };
}

/** The result with `parts` beside the text of written file `file`. */
function withAheadParts(result: DataResult, file?: number, parts?: readonly string[]): DataResult {
  if (result.kind === 'csv-header' || !result.data?.written) throw new Error('the result has no written files');
  const written = result.data.written.map((f, k) => (k === file ? { ...f, parts } : f));
  return { ...result, data: { ...result.data, written } };
}

describe('EventPartsReader', () => {
  const encoder = new TextEncoder();
  const part = (events: readonly object[]) => encoder.encode(JSON.stringify(events));
  const first = [
    { id: 'a', date: '2017-06' },
    { id: 'b', date: '2016?' },
  ];
  const second = [{ id: 'c', date: '2015-01-02/2015-01-05', summary: { ar: 'نص' } }];

  it('decodes each part as it is read and parses it only when asked, a part at a time', () => {
    const reader = new EventPartsReader();
    reader.read(part(first));
    reader.read(encoder.encode('[{"id":"broken"'));
    reader.read(part(second));
    // Read but not parsed: the broken part has not been found out yet.
    expect(reader.unparsed).toBe(3);
    reader.parseNext();
    expect(reader.unparsed).toBe(2);
    // Parsing it finds it out, and the reading gives nothing.
    reader.parseNext();
    expect(reader.finish(0, 4)).toBeUndefined();
  });

  it('parses whatever is left when finished, giving the events, and the text as the parts joined', () => {
    const reader = new EventPartsReader();
    reader.read(part(first));
    reader.read(part(second));
    reader.parseNext();
    const read = reader.finish(3, 3);
    expect(reader.unparsed).toBe(0);
    expect(read?.file).toBe(3);
    expect(read?.chunks).toEqual([resolved(first), resolved(second)]);
    expect(read?.text).toBe(JSON.stringify([...first, ...second]));
    expect(read?.parts.join('')).toBe(read?.text);
    // Another count than the parts hold gives nothing.
    const again = new EventPartsReader();
    again.read(part(first));
    expect(again.finish(3, 3)).toBeUndefined();
  });
});

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
    // Collection files are validated a part at a time (`validate-in-parts.ts`), each part sent as it is read;
    // the rest are read whole, the events file's bytes sent at once.
    ['collection files', asCollections, 'parts'],
    [
      'collection files with dates in their resolved form, indented',
      () => [...asCollections().slice(0, 3), inputFile('events.json', JSON.stringify(resolvedDates.events, null, 2))],
      'parts',
    ],
    [
      'collection files, the events one opening with a byte order mark',
      () => [...asCollections().slice(0, 3), inputFile('events.json', `\ufeff${JSON.stringify(dataset.events)}`)],
      'parts',
    ],
    ['one document', () => [inputFile('d.json', JSON.stringify(dataset, null, 1))], 'bytes'],
    [
      'one document with dates in their resolved form',
      () => [inputFile('d.json', JSON.stringify(resolvedDates))],
      'bytes',
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
      'bytes',
    ],
  ])('give the page the very result the worker validated, from %s (sent as %s)', (_, files, form) => {
    const { result, split, page, read, sent, parts } = sendAhead({
      kind: 'dataset',
      files: files(),
      articles,
      written: true,
    });
    expect(result.issues).toEqual([]);
    expect(split.eventsAhead?.count).toBe(70);
    expect(split.chunks).toEqual([]);
    expect(split.head.kind === 'dataset' && split.head.data?.resolved.events).toEqual([]);
    expect([sent.length, parts.length]).toEqual(form === 'bytes' ? [1, 0] : [0, Math.ceil(70 / EVENTS_PER_CHECK)]);
    // Whole-file bytes are read 16 events a part; parts, as the worker read them.
    expect(read?.chunks.length).toBe(form === 'bytes' ? 5 : parts.length);
    expect(read?.parts.join('')).toBe(read?.text);
    // The worker's result, with the parts the page read beside the events file's text (which they join into).
    // Read from parts, the text is the parts' joined: the same JSON, but for the spaces around the array.
    const expected = withAheadParts(result, read?.file, read?.parts);
    const [shown, wanted] =
      form === 'bytes' ? [page, expected] : [respaced(page, read?.file), respaced(expected, read?.file)];
    expect(shown).toEqual(wanted);
    // Same members in the same order, dates resolved in place.
    expect(JSON.stringify(shown)).toBe(JSON.stringify(wanted));
  });

  it('hand the page a copy of the bytes, or of each part, the worker keeping its own to validate', () => {
    const document = [inputFile('d.json', JSON.stringify(dataset))];
    const { sent } = sendAhead({ kind: 'dataset', files: document, articles });
    expect(sent.length).toBe(1);
    expect(sent[0]?.bytes).toEqual(document[0]?.bytes);
    expect(sent[0]?.bytes.buffer).not.toBe(document[0]?.bytes.buffer);
    const files = asCollections();
    const { parts } = sendAhead({ kind: 'dataset', files, articles });
    expect(parts.map((part) => part.buffer)).not.toContain(files[3]?.bytes.buffer);
    expect(new Set(parts.map((part) => part.buffer)).size).toBe(parts.length);
  });

  it('give the page the same result through memory shared with it as through copies of each part', () => {
    const generated = generateDataset({ events: 700, actors: 50, seed: 9 });
    const files = (['sources', 'actors', 'places', 'events'] as const).map((name) =>
      inputFile(`${name}.json`, JSON.stringify(generated[name])),
    );
    const request = { kind: 'dataset', files, articles, written: true } as const;
    const copied = sendAhead(request);
    const shared = sendAhead(request, 16, true);
    const kinds = (replies: readonly WorkerReply[]) =>
      replies.flatMap((reply) => ('eventsPart' in reply ? ['copy'] : 'eventsShared' in reply ? ['shared'] : []));
    expect(kinds(copied.replies)).toEqual(['copy', 'copy', 'copy']);
    expect(kinds(shared.replies)).toEqual(['shared', 'shared', 'shared']);
    expect(shared.parts).toEqual(copied.parts);
    expect(shared.split.eventsAhead?.count).toBe(700);
    expect(shared.page).toEqual(copied.page);
    expect(shared.page).toEqual(withAheadParts(shared.result, shared.read?.file, shared.read?.parts));
  });

  it('send no part of a dataset that is not clean as the page could use', () => {
    const events = dataset.events.map((e, k) => (k === 5 ? { ...e, date: '2015-13-01' } : e));
    const files = [...asCollections().slice(0, 3), inputFile('events.json', JSON.stringify(events))];
    const { split, parts } = sendAhead({ kind: 'dataset', files, articles });
    // The parts read before the problem was found went ahead; the result says none are the dataset's events.
    expect(parts.length).toBeGreaterThan(0);
    expect(split.eventsAhead).toBeUndefined();
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
    expect(readAll(sendOne('events.json', JSON.stringify([{ id: 'e', date: 'soon' }])), 1)).toBeUndefined();
  });

  it('joinAhead(head, read, pieces) gives the file sent ahead its parts as read, and every other file its pieces', () => {
    const { result, split, read } = sendAhead({ kind: 'dataset', files: asCollections(), articles, written: true });
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
      texts.map((text, file) => (file === read.file ? read.parts : halves(text))),
    );
  });
});
