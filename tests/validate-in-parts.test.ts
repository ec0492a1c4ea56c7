/**
 * Validation a part at a time must pass exactly the datasets that `validateDataset` passes, with the same
 * records: every dataset here — clean ones written in every way the reader accepts, and ones broken in every
 * way the validator and the import limits know — is validated both ways, and the two must agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/generate.ts';
import { runDatasetInParts, runDataTask, type DataRequest, type DataResult } from '../src/lib/data/data-task.ts';
import { asArray, findEventsArray } from '../src/lib/data/events-ahead.ts';
import { validateInParts } from '../src/lib/data/validate-in-parts.ts';
import type { ProgressStep } from '../src/lib/model/progress.ts';
import type { Dataset } from '../src/lib/model/schema.ts';
import { resolveDate } from '../src/lib/model/resolve.ts';
import { validateDataset, type DatasetFile } from '../src/lib/model/validate.ts';
import { jsonish } from './helpers/arbitraries.ts';
import { inputFile, seedArticles } from './helpers/input-files.ts';

const articles = seedArticles();
const articleText = new Map(articles.map((a) => [a.name, new TextDecoder().decode(a.bytes)]));
const readArticle = (file: string) => articleText.get(file);
const dataset = generateDataset({ events: 70, actors: 50, seed: 11 });
const others: DatasetFile[] = (['sources', 'actors', 'places'] as const).map((name) => ({
  file: `${name}.json`,
  text: JSON.stringify(dataset[name]),
}));
const utf8 = (text: string) => new TextEncoder().encode(text);
type Events = Record<string, unknown>[];
const events = (): Events => structuredClone(dataset.events) as unknown as Events;

/** Validates the events file `bytes` both ways, `per` events a part; checks that they agree, and gives both. */
function both(bytes: Uint8Array, rest: readonly DatasetFile[] = others, per = 8) {
  const before = bytes.slice();
  const open = findEventsArray([{ file: 'events.json', bytes }])?.open ?? -1;
  // Each part is reported as it is read, by the offset of the byte that ends it.
  const parts: number[] = [];
  // (The other files' reports count files, or records from 0.)
  const heard = (step: ProgressStep) =>
    step.phase === 'records' && step.total === bytes.length && step.done > 0 && parts.push(step.done);
  // Each part as the page reads it: its span made a JSON array of its events. Read when told, before the part is
  // checked, so that the bytes are as the file holds them.
  const handedTexts: string[] = [];
  const handed = (from: number, to: number) =>
    handedTexts.push(asArray(bytes.slice(), from, to, (array) => new TextDecoder().decode(array)));
  const inParts = validateInParts(rest, { name: 'events.json', bytes, open }, readArticle, heard, handed, per);
  // The bytes are borrowed, and given back as they were.
  expect(bytes.every((byte, k) => byte === before[k])).toBe(true);
  const whole = validateDataset([...rest, { file: 'events.json', text: new TextDecoder().decode(bytes) }], readArticle);
  if (inParts) {
    expect(whole.issues).toEqual([]);
    const expected: Dataset | undefined = whole.dataset && { ...whole.dataset, events: [] };
    expect(inParts.dataset).toEqual(expected);
    expect(inParts.count).toBe(whole.dataset?.events.length);
    // The parts handed over are the file's events, in order, `per` a part.
    const arrays = handedTexts.map((text) => JSON.parse(text) as unknown[]);
    expect(JSON.stringify(arrays.flat())).toBe(JSON.stringify(JSON.parse(new TextDecoder().decode(bytes))));
    expect(arrays.map((a) => a.length)).toEqual(
      arrays.map((_, k) => Math.min(per, inParts.count - k * per)).filter((n) => n > 0 || inParts.count === 0),
    );
    // Here every part moves the reading on by more than a hundredth of the file, so every part is reported.
    if (per * 100 > inParts.count) expect(parts.length).toBe(Math.max(1, Math.ceil(inParts.count / per)));
  } else {
    expect(whole.issues.length).toBeGreaterThan(0);
  }
  return { inParts, whole, parts, handedTexts };
}

const clean = (text: string | Uint8Array, rest?: readonly DatasetFile[]) => {
  const { inParts } = both(typeof text === 'string' ? utf8(text) : text, rest);
  expect(inParts).toBeDefined();
};

const refused = (text: string | Uint8Array, rest?: readonly DatasetFile[]) => {
  const { inParts, whole } = both(typeof text === 'string' ? utf8(text) : text, rest);
  expect(inParts).toBeUndefined();
  return whole.issues.map((issue) => issue.code);
};

/** The events with `change` made to a copy of the one at `index`. */
function changed(index: number, change: (event: Record<string, unknown>) => void): string {
  const list = events();
  const event = list[index];
  if (!event) throw new Error(`no event ${index}`);
  change(event);
  return JSON.stringify(list);
}

describe('validateInParts(others, events, articles)', () => {
  it.each([
    ['compact', JSON.stringify(dataset.events)],
    [
      'indented, with a byte order mark and spaces around the array',
      `\ufeff \n${JSON.stringify(dataset.events, null, 2)}\n `,
    ],
    ['in a part of its own, an event at a time', JSON.stringify(dataset.events.slice(0, 1))],
    ['empty', ' [ ] '],
    [
      'with dates in their resolved form',
      JSON.stringify(
        dataset.events.map((e) => {
          const { edtf, start, end } = resolveDate(typeof e.date === 'string' ? e.date : e.date.edtf);
          return { ...e, date: { edtf, start, end } };
        }),
      ),
    ],
    [
      'with a relation to an event in a later part',
      changed(0, (e) => {
        e['relations'] = [{ type: 'responds-to', event: dataset.events[69]?.id }];
      }),
    ],
  ])('passes a clean dataset whose events are %s, as validateDataset does', (_, text) => clean(text));

  it('passes the clean dataset in parts of any size, reporting each part', () => {
    const bytes = utf8(JSON.stringify(dataset.events));
    for (const per of [1, 2, 7, 69, 70, 71, 125]) {
      const { inParts, parts } = both(bytes, others, per);
      expect(inParts?.count).toBe(70);
      // Each part ends at the comma after its last event, the last at the closing bracket.
      expect(parts.map((at) => String.fromCharCode(bytes[at] ?? 0))).toEqual([...parts.slice(1).map(() => ','), ']']);
      expect(parts).toEqual([...parts].sort((a, b) => a - b));
    }
  });

  it('reports its progress a hundredth of the file at a time, however many parts it reads', () => {
    const large = generateDataset({ events: 400, actors: 50, seed: 12 });
    const rest = (['sources', 'actors', 'places'] as const).map((name) => ({
      file: `${name}.json`,
      text: JSON.stringify(large[name]),
    }));
    const bytes = utf8(JSON.stringify(large.events));
    const { inParts, parts } = both(bytes, rest, 1);
    expect(inParts?.count).toBe(400);
    expect(parts.length).toBeGreaterThan(80);
    expect(parts.length).toBeLessThanOrEqual(100);
    parts.forEach((at, k) => k > 0 && expect(at - (parts[k - 1] ?? 0)).toBeGreaterThanOrEqual(bytes.length / 100));
  });

  it.each([
    ['a relation to no event', changed(3, (e) => void (e['relations'] = [{ type: 'responds-to', event: 'nowhere' }]))],
    ['a relation to itself', changed(3, (e) => void (e['relations'] = [{ type: 'responds-to', event: e['id'] }]))],
    ['an actor that does not exist', changed(40, (e) => void (e['actors'] = [{ actor: 'nobody', role: 'agent' }]))],
    ['a place that does not exist', changed(9, (e) => void (e['places'] = ['nowhere']))],
    ['a missing field', changed(20, (e) => void delete e['summary'])],
    ['an unknown field', changed(20, (e) => void (e['extra'] = 1))],
    [
      'a quote not in its article',
      changed(33, (e) => void ((e['evidence'] as { quote: string }[])[0]!.quote = 'لم يقل')),
    ],
    ['an impossible date', changed(50, (e) => void (e['date'] = '2015-13-01'))],
    [
      'a resolved date that disagrees with its EDTF',
      changed(50, (e) => void (e['date'] = { edtf: '2016-05-01', start: '2016-05-01', end: '2016-05-02' })),
    ],
    ['a string over the import limit', changed(12, (e) => void (e['status'] = 'x'.repeat(100_001)))],
    ['nesting too deep', changed(12, (e) => void (e['extra'] = JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`)))],
  ])('refuses events with %s, which validateDataset reports', (_, text) => {
    expect(refused(text).length).toBeGreaterThan(0);
  });

  it('refuses ids that repeat or are out of order, within a part and across parts', () => {
    const ids = dataset.events.map((e) => e.id);
    // An event no other relates to takes the id before it: a repeat that breaks no reference and no order.
    const related = new Set(dataset.events.flatMap((e) => e.relations.map((r) => r.event)));
    const free = ids.flatMap((id, k) => (k > 0 && !related.has(id) ? [k] : []));
    const within = free.find((k) => k % 8 !== 0) ?? 0;
    const across = free.find((k) => k % 8 === 0) ?? 0;
    expect(refused(changed(within, (e) => void (e['id'] = ids[within - 1])))).toEqual(['id-duplicate']);
    expect(refused(changed(across, (e) => void (e['id'] = ids[across - 1])))).toEqual(['id-duplicate']);
    expect(refused(changed(60, (e) => void (e['id'] = ids[2])))).toContain('id-duplicate');
    expect(refused(changed(16, (e) => void (e['id'] = `${ids[16]}-Z`)))).not.toEqual([]);
    const swapped = events();
    [swapped[7], swapped[8]] = [swapped[8]!, swapped[7]!];
    expect(refused(JSON.stringify(swapped))).toContain('records-unsorted');
  });

  it('refuses text that is not well-formed JSON, as the reader does', () => {
    const text = JSON.stringify(dataset.events);
    const broken = [
      text.slice(0, -1),
      `${text} []`,
      `${text.slice(0, -1)},]`,
      text.replace('"status":', '"status":"x","status":'),
      text.replace('"status":', '"__proto__":1,"status":'),
      text.replace('},{"id"', '},,{"id"'),
      text.replace('"status":"', '"status":"\u0001'),
      `[${text.slice(1).replace(/"date"/, '"date":1e999,"x"')}`,
    ];
    for (const bad of broken) refused(bad);
  });

  it('refuses a dataset whose other files or articles have problems', () => {
    const text = JSON.stringify(dataset.events);
    const actors = JSON.parse(others[1]!.text) as { memberOf: string[] }[];
    actors[0]!.memberOf = ['nobody'];
    expect(refused(text, [others[0]!, { file: 'actors.json', text: JSON.stringify(actors) }, others[2]!])).toContain(
      'reference-dangling',
    );
    expect(refused(text, [others[0]!, others[1]!])).toContain('reference-dangling');
    const { inParts } = both(utf8(text));
    expect(inParts).toBeDefined();
    const missing = validateInParts(others, { name: 'events.json', bytes: utf8(text), open: 0 }, () => undefined);
    expect(missing).toBeUndefined();
  });

  it('reads in parts only an events file that is the array alone', () => {
    const document = utf8(JSON.stringify({ events: dataset.events }));
    const open = findEventsArray([{ file: 'd.json', bytes: document }])?.open ?? -1;
    expect(open).toBeGreaterThan(0);
    expect(validateInParts(others, { name: 'd.json', bytes: document, open }, readArticle)).toBeUndefined();
  });

  it('agrees with validateDataset whatever is put in or taken out of an event', () => {
    const fields = Object.keys(dataset.events[0] ?? {});
    fc.assert(
      fc.property(
        fc.nat(69),
        fc.constantFrom(...fields, 'extra'),
        fc.option(jsonish, { nil: undefined }),
        fc.integer({ min: 1, max: 30 }),
        (index, field, value, per) => {
          const text = changed(index, (e) => {
            if (value === undefined) delete e[field];
            else e[field] = value;
          });
          both(utf8(text), others, per);
        },
      ),
      { seed: 11, numRuns: 150 },
    );
  }, 30_000);
});

describe('runDatasetInParts(request, events)', () => {
  const request = (eventsText: string, extra: Partial<Extract<DataRequest, { kind: 'dataset' }>> = {}) =>
    ({
      kind: 'dataset',
      files: [...others.map((f) => inputFile(f.file, f.text)), inputFile('events.json', eventsText)],
      articles,
      written: true,
      ...extra,
    }) satisfies DataRequest;

  /** The worker's result as read whole, with its events left out and the events file's text left to the page. */
  const withoutEvents = (result: DataResult): DataResult => {
    if (result.kind !== 'dataset' || !result.data) throw new Error('no clean result');
    const { data } = result;
    return {
      ...result,
      data: {
        ...data,
        resolved: { ...data.resolved, events: [] },
        written: data.written?.map((f) => (f.file === 'events.json' ? { file: f.file, text: '' } : f)),
      },
    };
  };

  it('gives the result runDataTask gives, without its events, and their number', () => {
    const asked = request(JSON.stringify(dataset.events));
    const found = findEventsArray(asked.files.map(({ name, bytes }) => ({ file: name, bytes })));
    if (!found) throw new Error('no events array found');
    const inParts = runDatasetInParts(asked, found);
    expect(inParts?.count).toBe(70);
    expect(inParts?.result).toEqual(withoutEvents(runDataTask(asked)));
  });

  it('reads whole an events file that is not UTF-8, which runDataTask refuses', () => {
    const asked = request(JSON.stringify(dataset.events));
    const bytes = asked.files[3]?.bytes;
    if (!bytes) throw new Error('no events file');
    // Inside a string, where a decoder that replaced bad bytes would read on.
    bytes[utf8(JSON.stringify(dataset.events)).indexOf(0x22, 2000) - 1] = 0xff;
    const found = findEventsArray(asked.files.map(({ name, bytes }) => ({ file: name, bytes })));
    if (!found) throw new Error('no events array found');
    expect(runDatasetInParts(asked, found)).toBeUndefined();
    expect(runDataTask(asked).issues.map((issue) => issue.code)).toEqual(['encoding-invalid-utf8']);
  });

  it('reads whole a request with stories, or one whose dataset is not clean', () => {
    for (const asked of [
      request(JSON.stringify(dataset.events), { stories: inputFile('stories.json', '[]') }),
      request(changed(3, (e) => void (e['relations'] = [{ type: 'responds-to', event: 'nowhere' }]))),
      { ...request(JSON.stringify(dataset.events)), articles: [] },
    ]) {
      const found = findEventsArray(asked.files.map(({ name, bytes }) => ({ file: name, bytes })));
      if (!found) throw new Error('no events array found');
      expect(runDatasetInParts(asked, found)).toBeUndefined();
    }
  });
});
