import { describe, expect, it } from 'vitest';
import type { Code } from '../src/lib/model/codes.ts';
import { validateDataset } from '../src/lib/model/validate.ts';
import { DENIAL_QUOTE, fixture, offsetsOf, readFixtureArticle, type FixtureDataset } from './helpers/fixture.ts';

type Mutation = (d: FixtureDataset) => void;

/** A record of the fixture by collection and index, typed loosely so cases can break it. */
const at = (d: FixtureDataset, collection: keyof FixtureDataset, index: number) =>
  d[collection][index] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const validateText = (text: string, file = 'dataset.json') => validateDataset([{ file, text }], readFixtureArticle);
const validateObject = (d: FixtureDataset) => validateText(JSON.stringify(d, null, 2));

/** Broken datasets, one fault each: the code it must raise and where. */
const mutations: [string, Mutation, Code, string, string | undefined][] = [
  [
    'an unknown field',
    (d) => (at(d, 'events', 0).colour = 'red'),
    'unknown-field',
    '/events/0/colour',
    'coalition-denies-shelling-raqqa',
  ],
  ['a missing required field', (d) => delete at(d, 'actors', 0).kind, 'missing-field', '/actors/0/kind', 'russia'],
  [
    'a number where text belongs',
    (d) => (at(d, 'places', 0).name = { en: 5, ar: 'الرقة' }),
    'wrong-type',
    '/places/0/name/en',
    'raqqa',
  ],
  ['a string where a number belongs', (d) => (at(d, 'places', 0).lat = '35.9'), 'wrong-type', '/places/0/lat', 'raqqa'],
  [
    'a latitude off the globe',
    (d) => (at(d, 'places', 0).lat = 95),
    'coordinate-out-of-range',
    '/places/0/lat',
    'raqqa',
  ],
  [
    'an event type outside the list',
    (d) => (at(d, 'events', 1).type = 'rumour'),
    'invalid-value',
    '/events/1/type',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'a subtype of another type',
    (d) => (at(d, 'events', 1).subtype = 'airstrike'),
    'subtype-mismatch',
    '/events/1/subtype',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  ['a duplicate id', (d) => d.places.push({ ...at(d, 'places', 0), lat: 1 }), 'id-duplicate', '/places/1/id', 'raqqa'],
  [
    'an id that looks like another',
    (d) => d.places.push({ ...at(d, 'places', 0), id: 'RAQQA' }),
    'id-confusable',
    '/places/0/id',
    'raqqa',
  ],
  [
    'ids out of order',
    (d) => d.places.unshift({ ...at(d, 'places', 0), id: 'zarqa' }),
    'records-unsorted',
    '/places/1/id',
    'raqqa',
  ],
  [
    'an id with a zero-width space',
    (d) => (at(d, 'places', 0).id = 'raq\u200bqa'),
    'id-invisible-character',
    '/places/0/id',
    'raq\u200bqa',
  ],
  ['an id with capitals', (d) => (at(d, 'places', 0).id = 'Raqqa'), 'id-syntax', '/places/0/id', 'Raqqa'],
  [
    'a dangling actor reference',
    (d) => (at(d, 'events', 1).actors[1].actor = 'nato'),
    'reference-dangling',
    '/events/1/actors/1/actor',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'a dangling place reference',
    (d) => (at(d, 'events', 1).places = ['atlantis']),
    'reference-dangling',
    '/events/1/places/0',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'a dangling source reference',
    (d) => (at(d, 'events', 1).evidence[0].source = 'nowhere'),
    'reference-dangling',
    '/events/1/evidence/0/source',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'a dangling relation',
    (d) => (at(d, 'events', 0).relations[0].event = 'no-such-event'),
    'reference-dangling',
    '/events/0/relations/0/event',
    'coalition-denies-shelling-raqqa',
  ],
  [
    'a dangling memberOf',
    (d) => (at(d, 'actors', 1).memberOf = ['ussr']),
    'reference-dangling',
    '/actors/1/memberOf/0',
    'russian-mod',
  ],
  [
    'a memberOf cycle',
    (d) => (at(d, 'actors', 0).memberOf = ['russian-mod']),
    'member-of-cycle',
    '/actors/0/memberOf',
    'russia',
  ],
  [
    'an actor that is its own member',
    (d) => (at(d, 'actors', 2).memberOf = ['us-led-coalition']),
    'member-of-self',
    '/actors/2/memberOf/0',
    'us-led-coalition',
  ],
  [
    'an impossible day',
    (d) => (at(d, 'events', 1).date = '2017-02-30'),
    'date-impossible',
    '/events/1/date',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'a thirteenth month',
    (d) => (at(d, 'events', 1).date = '2017-13-01'),
    'date-impossible',
    '/events/1/date',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'a month zero',
    (d) => (at(d, 'events', 1).date = '2017-00-10'),
    'date-impossible',
    '/events/1/date',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'an interval ending before it starts',
    (d) => (at(d, 'events', 1).date = '2017-05-30/2017-05-29'),
    'date-interval-reversed',
    '/events/1/date',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'an ISO week date',
    (d) => (at(d, 'events', 1).date = '2017-W05-3'),
    'date-syntax',
    '/events/1/date',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'a slashed day/month date',
    (d) => (at(d, 'events', 1).date = '03/02/2017'),
    'date-syntax',
    '/events/1/date',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'Arabic-Indic digits',
    (d) => (at(d, 'events', 1).date = '٢٠١٧-٠٢-٠٣'),
    'date-syntax',
    '/events/1/date',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'an open interval',
    (d) => (at(d, 'events', 1).date = '2017-05-29/..'),
    'date-unbounded',
    '/events/1/date',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'an impossible publication date',
    (d) => (at(d, 'sources', 0).published = '2017-06-31'),
    'date-syntax',
    '/sources/0/published',
    'fixture-article',
  ],
  [
    'a resolved date that disagrees with its EDTF',
    (d) => (at(d, 'events', 1).date = { edtf: '2017-05', start: '2017-05-01', end: '2017-05-30' }),
    'date-resolution-mismatch',
    '/events/1/date',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'a quote absent from the article',
    (d) => (at(d, 'events', 1).evidence[0].quote = 'قصفت روسيا حلب'),
    'quote-not-found',
    '/events/1/evidence/0/quote',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'a quote not at its offsets',
    (d) => (at(d, 'events', 1).evidence[0].start += 1),
    'quote-mismatch',
    '/events/1/evidence/0/start',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'an offset past the end of the text',
    (d) => (at(d, 'events', 1).evidence[0].end = 100000),
    'offset-out-of-range',
    '/events/1/evidence/0/end',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'a negative offset',
    (d) => (at(d, 'events', 1).evidence[0].start = -1),
    'offset-out-of-range',
    '/events/1/evidence/0/start',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'a quote that occurs twice without context',
    (d) => {
      const text = 'وقال التحالف إن الاتهام باطل';
      at(d, 'events', 0).evidence = [{ source: 'fixture-article', quote: text, ...offsetsOf(text, 1) }];
    },
    'quote-ambiguous',
    '/events/0/evidence/0/quote',
    'coalition-denies-shelling-raqqa',
  ],
  [
    'a prefix that is not the text before',
    (d) => (at(d, 'events', 0).evidence[0].prefix = 'غير صحيح'),
    'quote-context-mismatch',
    '/events/0/evidence/0/prefix',
    'coalition-denies-shelling-raqqa',
  ],
  [
    'a quote from the page furniture',
    (d) => {
      const text = 'زر الذهاب إلى الأعلى';
      at(d, 'events', 0).evidence = [{ source: 'fixture-article', quote: text, ...offsetsOf(text) }];
    },
    'quote-outside-body',
    '/events/0/evidence/0/start',
    'coalition-denies-shelling-raqqa',
  ],
  [
    'a quote with trailing space',
    (d) => (at(d, 'events', 0).evidence[0].quote = `${DENIAL_QUOTE} `),
    'quote-untrimmed',
    '/events/0/evidence/0/quote',
    'coalition-denies-shelling-raqqa',
  ],
  [
    'an event with no evidence',
    (d) => (at(d, 'events', 0).evidence = []),
    'evidence-missing',
    '/events/0/evidence',
    'coalition-denies-shelling-raqqa',
  ],
  [
    'an event with no attribution',
    (d) => (at(d, 'events', 0).attribution = []),
    'attribution-missing',
    '/events/0/attribution',
    'coalition-denies-shelling-raqqa',
  ],
  [
    'an accusation without a target',
    (d) => at(d, 'events', 1).actors.pop(),
    'accusation-incomplete',
    '/events/1/actors',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'date words absent from the article',
    (d) => (at(d, 'events', 1).dateBasis.words = ['السبت الماضي']),
    'date-basis-not-in-source',
    '/events/1/dateBasis/words/0',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'whitespace-only text',
    (d) => (at(d, 'events', 1).summary.en = ' \t '),
    'text-blank',
    '/events/1/summary/en',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'zero-width-only text',
    (d) => (at(d, 'events', 1).summary.ar = '\u200b\u200c'),
    'text-blank',
    '/events/1/summary/ar',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'a 10,000-character label',
    (d) => (at(d, 'actors', 0).name.en = 'R'.repeat(10000)),
    'text-too-long',
    '/actors/0/name/en',
    'russia',
  ],
  [
    'a right-to-left override in a name',
    (d) => (at(d, 'actors', 0).name.en = 'Rus\u202Esia'),
    'text-bidi-control',
    '/actors/0/name/en',
    'russia',
  ],
  [
    'a zero-width joiner in an alias',
    (d) => (at(d, 'actors', 0).aliases.ar = ['مو\u200dسكو']),
    'text-invisible-character',
    '/actors/0/aliases/ar/0',
    'russia',
  ],
  [
    'a control character in a name',
    (d) => (at(d, 'actors', 0).name.en = 'Rus\u000bsia'),
    'text-control-character',
    '/actors/0/name/en',
    'russia',
  ],
  [
    'a lone surrogate',
    (d) => (at(d, 'actors', 0).name.en = 'Rus\ud800sia'),
    'text-lone-surrogate',
    '/actors/0/name/en',
    'russia',
  ],
  [
    'a malformed Wikidata id',
    (d) => (at(d, 'actors', 0).wikidata = 'javascript:alert(1)'),
    'wikidata-syntax',
    '/actors/0/wikidata',
    'russia',
  ],
  [
    'a source file outside seeds/',
    (d) => (at(d, 'sources', 0).file = '../../etc/passwd'),
    'source-file-syntax',
    '/sources/0/file',
    'fixture-article',
  ],
  [
    'a source whose article is missing',
    (d) => (at(d, 'sources', 0).file = 'seeds/missing.txt'),
    'source-file-missing',
    '/sources/0/file',
    'fixture-article',
  ],
  [
    'a negative figure',
    (d) => (at(d, 'events', 1).figures[0].value = -80),
    'figure-negative',
    '/events/1/figures/0/value',
    'mod-accuses-coalition-shelling-raqqa',
  ],
  [
    'an event related to itself',
    (d) => (at(d, 'events', 0).relations[0].event = 'coalition-denies-shelling-raqqa'),
    'relation-self',
    '/events/0/relations/0/event',
    'coalition-denies-shelling-raqqa',
  ],
];

describe('validateDataset(files, articles)', () => {
  it('accepts the fixture dataset with no issues', () => {
    const result = validateObject(fixture());
    expect(result.issues).toEqual([]);
    expect(result.dataset?.events.map((e) => e.id)).toEqual([
      'coalition-denies-shelling-raqqa',
      'mod-accuses-coalition-shelling-raqqa',
    ]);
  });

  it.each(mutations)('reports %s with its code, record and location', (_name, mutate, code, pointer, record) => {
    const broken = fixture();
    mutate(broken);
    const result = validateObject(broken);
    expect(result.dataset).toBeUndefined();
    const issue = result.issues.find((i) => i.code === code);
    expect(issue, `issues: ${JSON.stringify(result.issues.map((i) => i.code))}`).toBeDefined();
    expect(issue).toMatchObject({ code, pointer, file: 'dataset.json', ...(record === undefined ? {} : { record }) });
    expect(issue?.line).toBeGreaterThan(1);
    expect(issue?.column).toBeGreaterThan(0);
  });

  it('reports every problem, not only the first', () => {
    const broken = fixture();
    at(broken, 'places', 0).lat = 95;
    at(broken, 'events', 1).date = '2017-02-30';
    at(broken, 'events', 0).relations[0].event = 'nowhere';
    const codes = validateObject(broken).issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['coordinate-out-of-range', 'date-impossible', 'reference-dangling']));
  });

  it('never changes the data it is given', () => {
    const original = fixture();
    const text = JSON.stringify(original, null, 2);
    const result = validateText(text);
    expect(result.dataset?.events[1]).toEqual(original.events[1]);
  });
});

/** Faults in the text itself: the code and the exact line and column. */
const textCases: [string, string, Code, number, number][] = [
  ['truncated JSON', '{"sources": [', 'json-syntax', 1, 14],
  ['a trailing comma', '{\n  "sources": [],\n}', 'json-syntax', 3, 1],
  [
    'two documents in one file',
    '{"sources": [], "actors": [], "places": [], "events": []}\n{}',
    'json-trailing-content',
    2,
    1,
  ],
  ['NaN', '{\n  "sources": NaN\n}', 'json-syntax', 2, 14],
  ['a comment', '// data\n{}', 'json-syntax', 1, 1],
  ['a single-quoted string', "{'sources': []}", 'json-syntax', 1, 2],
  [
    'duplicate keys',
    '{\n  "sources": [],\n  "sources": [],\n  "actors": [], "places": [], "events": []\n}',
    'json-duplicate-key',
    3,
    3,
  ],
  [
    'a __proto__ key',
    '{\n  "__proto__": {"polluted": true},\n  "sources": [], "actors": [], "places": [], "events": []\n}',
    'json-forbidden-key',
    2,
    3,
  ],
  [
    'a constructor key in a record',
    '{"sources": [], "actors": [], "places": [],\n "events": [{"constructor": 1}]}',
    'json-forbidden-key',
    2,
    14,
  ],
  ['10,000-deep nesting', `${'['.repeat(10000)}${']'.repeat(10000)}`, 'json-too-deep', 1, 34],
  ['the wrong top-level type', '"events"', 'document-shape', 1, 1],
  ['an array in a file not named after a collection', '[]', 'document-shape', 1, 1],
  ['a raw control character in a string', '{"sources": ["a\u0001"]}', 'json-syntax', 1, 16],
];

describe('validateDataset on malformed text', () => {
  it.each(textCases)('reports %s at its line and column', (_name, text, code, line, column) => {
    const result = validateText(text);
    expect(result.dataset).toBeUndefined();
    expect(result.issues).toContainEqual(expect.objectContaining({ code, line, column, file: 'dataset.json' }));
  });

  it('does not let a __proto__ key reach Object.prototype', () => {
    validateText('{"__proto__": {"polluted": true}, "sources": [], "actors": [], "places": [], "events": []}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a leading byte-order mark', () => {
    const text = `\ufeff${JSON.stringify(fixture(), null, 2)}`;
    expect(validateText(text).issues).toEqual([]);
  });

  it('reads a collection file by its name and checks it against the others', () => {
    const d = fixture();
    const files = (['sources', 'actors', 'places', 'events'] as const).map((name) => ({
      file: `data/${name}.json`,
      text: JSON.stringify(d[name], null, 2),
    }));
    expect(validateDataset(files, readFixtureArticle).issues).toEqual([]);
    const withoutPlaces = files.filter((f) => f.file !== 'data/places.json');
    const issues = validateDataset(withoutPlaces, readFixtureArticle).issues;
    expect(issues).toEqual([
      expect.objectContaining({ code: 'reference-dangling', file: 'data/events.json', pointer: '/1/places/0' }),
    ]);
  });
});
