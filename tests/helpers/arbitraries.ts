/**
 * fast-check generators for hostile input: text that mixes ordinary characters with the pieces that break
 * naive code — bidi controls, lone surrogates, markup, prototype keys, formula starts, CSV delimiters and
 * quotes, Arabic letters that search folds — and small datasets shaped like the export's input.
 */
import fc from 'fast-check';
import { parseEdtf, type EdtfValue } from '../../src/lib/model/edtf.ts';
import type { ResolvedDataset, ResolvedEvent } from '../../src/lib/model/resolve.ts';
import { EVENT_TYPES, ROLES, SUBTYPES, type Actor, type Place, type Source } from '../../src/lib/model/schema.ts';

/** The dangerous pieces, each of which some past bug or known trap involves. */
export const DANGEROUS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200F',
  '\uD800',
  '\uDFFF',
  '\uFEFF',
  '\u200B',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'prototype',
  '=HYPERLINK("x")',
  '+1',
  '-2',
  '@SUM(A1)',
  "'",
  '"',
  ',',
  ';',
  '\t',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '\u0007',
  '٢٠١٧',
  'أ',
  'إ',
  'ٱ',
  'ة',
  'ى',
  '\u064B',
  '\u0640',
  'İ',
  'ﬃ',
] as const;

/** Text mixing arbitrary code points with dangerous pieces. */
export const hostileText = (maxLength = 6): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom(...DANGEROUS)), { maxLength })
    .map((parts) => parts.join(''));

/** Member names a dataset document might hold, prototype keys among them. */
export const hostileKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'sources',
    'actors',
    'places',
    'events',
    'id',
    'date',
    'evidence',
  ),
  fc.string({ maxLength: 4 }),
);

/** JSON-ish values: any nesting of hostile strings, numbers, booleans, null, arrays and objects. */
export const jsonish: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    hostileText(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 4 }),
  ),
})).value;

const slug = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}$/);

const DATES = ['2017-05-31', '2017-05', '2017', '2017-05-29/2017-05-30', '2017-05-21~', '2016-12-31?'];
const resolvedDate = fc.constantFrom(...DATES).map((edtf): EdtfValue => {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) throw new Error(edtf);
  return parsed.value;
});

const localized = (text: fc.Arbitrary<string>) => fc.record({ en: text, ar: text });

/** A small dataset shaped like the export's input, with hostile text in every field the export writes. */
export const exportableDataset: fc.Arbitrary<ResolvedDataset> = fc
  .record({
    actorNames: fc.array(hostileText(4), { minLength: 1, maxLength: 3 }),
    place: fc.option(
      fc.record({
        name: hostileText(4),
        lat: fc.double({ min: -90, max: 90, noNaN: true }),
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
      }),
    ),
    outlet: hostileText(4),
    events: fc.uniqueArray(
      fc.record({
        id: slug,
        type: fc.constantFrom(...EVENT_TYPES),
        date: resolvedDate,
        summary: localized(hostileText()),
        roles: fc.array(fc.tuple(fc.nat(2), fc.constantFrom(...ROLES))),
        killed: fc.array(fc.nat(1000), { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 5, selector: (e) => e.id },
    ),
  })
  .map(({ actorNames, place, outlet, events }): ResolvedDataset => {
    const actors: Actor[] = actorNames.map((name, k) => ({
      id: `actor-${k}`,
      name: { en: name, ar: name },
      aliases: { en: [], ar: [] },
      kind: 'other',
      memberOf: [],
    }));
    const places: Place[] = place
      ? [{ id: 'place', name: { en: place.name, ar: place.name }, kind: 'other', lat: place.lat, lon: place.lon }]
      : [];
    const sources: Source[] = [
      {
        id: 'source',
        file: 'seeds/source.txt',
        outlet: { en: outlet, ar: outlet },
        headline: { en: 'h', ar: 'h' },
        language: 'ar',
        published: '2017-06-01',
        publishedEvidence: 'e',
        body: { start: 0, end: 1 },
      },
    ];
    const resolved: ResolvedEvent[] = [...events]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((e) => ({
        id: e.id,
        type: e.type,
        subtype: SUBTYPES[e.type][0],
        date: e.date,
        dateBasis: { words: [], reasoning: 'r' },
        actors: e.roles.map(([k, role]) => ({ actor: `actor-${Math.min(k, actors.length - 1)}`, role })),
        attribution: ['actor-0'],
        status: 'confirmed',
        places: places.map((p) => p.id),
        figures: e.killed.map((value) => ({ what: 'killed', value, qualifier: 'exact' })),
        summary: e.summary,
        relations: [],
        evidence: [{ source: 'source', quote: 'q', start: 0, end: 1 }],
      }));
    return { sources, actors, places, events: resolved };
  });
