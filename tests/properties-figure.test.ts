/**
 * Property tests over the SVG export: the bundled dataset with every display text replaced by generated
 * hostile text — bidi controls, invisible characters, lone surrogates, C0 controls, markup and entity tricks,
 * very long strings — with some ids renamed to `__proto__` and its kin and JSON-parsed `__proto__` keys on
 * the records, drawn as both figures in both languages under generated views. Every figure must be
 * well-formed namespaced XML, inert, free of characters XML 1.0 forbids, and leave `Object.prototype` alone.
 * `renderFigure` has no error type of its own, so for valid options it must not throw at all.
 * Seeds are fixed and runs few, so the file is deterministic and quick.
 */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { afterEach, describe, expect, it } from 'vitest';
import { FIGURE_SIZES } from '../src/lib/figure/sizes.ts';
import { renderFigure, type FigureKind } from '../src/lib/figure/render.ts';
import { EMPTY_FILTER, type ActorRole } from '../src/lib/model/filters.ts';
import { LEVELS } from '../src/lib/model/hierarchy.ts';
import type { ResolvedDataset } from '../src/lib/model/resolve.ts';
import { GROUPINGS } from '../src/lib/model/timeline-items.ts';
import { DEFAULT_VIEW, type Lang, type ViewState } from '../src/lib/model/view-state.ts';
import { bundledDataset } from './helpers/bundled-dataset.ts';

const SEED = 20170531;
const NUM_RUNS = 20;
/** Each run draws a whole figure (about 0.1 s); a loaded machine needs more than vitest's default 5 s. */
const TIMEOUT = 20_000;

const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const MARKS = ['\u200E', '\u200F', '\u061C'];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u034F', '\u180E', '\u2028'];
const NONCHARACTERS = ['\uFFFE', '\uFFFF'];
const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  ']]>',
  '<![CDATA[',
  '<!--',
  '-->',
  '&amp;',
  '&#x3c;script&#x3e;',
  '&lt;',
  '&',
  '&e;',
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">x</a>',
  '<foreignObject><div>x</div></foreignObject>',
  'xlink:href="http://example.com/x"',
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  'url(http://example.com/x)',
  '__proto__',
  'constructor',
];

const codeUnit = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCharCode(c));

/** One hostile piece: a control, an invisible or broken character, markup, or arbitrary code points. */
const piece = fc.oneof(
  fc.constantFrom(...BIDI, ...MARKS),
  fc.constantFrom(...INVISIBLE, ...NONCHARACTERS),
  codeUnit(0xd800, 0xdfff),
  codeUnit(0x00, 0x1f),
  fc.constantFrom(...MARKUP),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom('Raqqa', 'عربي', 'الرقة', ' ', '  ', '\t', '\n', '\r\n'),
);

/** A label: a few pieces, or one run of them repeated to thousands of code units. */
const label: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 6, arbitrary: fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1000, max: 3000 }))
        .map(([parts, n]) => {
          const run = parts.join('') || 'x';
          return run.repeat(Math.ceil(n / run.length)).slice(0, n);
        }),
    },
  )
  // The figure writes neither word for a bad number; generated text that did would hide one.
  .filter((s) => !/NaN|Infinity/.test(s));

/** Names that reach the prototype when used as a plain object's key. */
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** Own `__proto__` and `constructor` members, as `JSON.parse` makes them: data, not the prototype. */
const JSON_KEYS = Object.getOwnPropertyDescriptors(
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as object,
);
const withJsonKeys = <T extends object>(record: T): T => Object.defineProperties({ ...record }, JSON_KEYS);

const real = bundledDataset();

interface Hostile {
  /** Generated labels, dealt to the text fields in turn. */
  readonly labels: readonly string[];
  /** Where the dealing starts. */
  readonly offset: number;
  /** Indexes of the actors, sources and events given a prototype key as their id. */
  readonly renamed: { readonly actors: number[]; readonly sources: number[]; readonly events: number[] };
  readonly jsonKeys: boolean;
}

const hostile: fc.Arbitrary<Hostile> = fc.record({
  labels: fc.array(label, { minLength: 16, maxLength: 16 }),
  offset: fc.nat(15),
  renamed: fc.record({
    actors: fc.uniqueArray(fc.nat(real.actors.length - 1), { maxLength: 3 }),
    sources: fc.uniqueArray(fc.nat(real.sources.length - 1), { maxLength: 2 }),
    events: fc.uniqueArray(fc.nat(real.events.length - 1), { maxLength: 2 }),
  }),
  jsonKeys: fc.boolean(),
});

/** A renaming of the ids at `indexes` to prototype keys, the same everywhere the id is used. */
function renaming(records: readonly { id: string }[], indexes: readonly number[]): (id: string) => string {
  const to = new Map(indexes.map((i, k) => [records[i]?.id ?? '', PROTO_KEYS[k] ?? '']));
  return (id) => to.get(id) ?? id;
}

/**
 * The bundled dataset with every display text replaced by a generated label and some ids renamed; the
 * references, evidence offsets and dates stay as they were, so the data is still consistent.
 */
function hostileDataset({ labels, offset, renamed, jsonKeys }: Hostile): ResolvedDataset {
  let next = offset;
  const text = () => labels[next++ % labels.length] ?? '';
  const localized = () => ({ en: text(), ar: text() });
  const keys = <T extends object>(record: T): T => (jsonKeys ? withJsonKeys(record) : record);
  const actor = renaming(real.actors, renamed.actors);
  const source = renaming(real.sources, renamed.sources);
  const event = renaming(real.events, renamed.events);
  return {
    sources: real.sources.map((s) => keys({ ...s, id: source(s.id), outlet: localized(), headline: localized() })),
    actors: real.actors.map((a) =>
      keys({
        ...a,
        id: actor(a.id),
        name: keys(localized()),
        aliases: { en: [text(), text()], ar: [text()] },
        memberOf: a.memberOf.map(actor),
      }),
    ),
    places: real.places.map((p) => keys({ ...p, name: localized() })),
    events: real.events.map((e) =>
      keys({
        ...e,
        id: event(e.id),
        summary: localized(),
        notes: text(),
        actors: e.actors.map((a) => ({ ...a, actor: actor(a.actor) })),
        attribution: e.attribution.map(actor),
        relations: e.relations.map((r) => ({ ...r, event: event(r.event) })),
        evidence: e.evidence.map((x) => ({ ...x, source: source(x.source) })),
      }),
    ),
  };
}

const WINDOWS = [
  { start: '2017-05-20', end: '2017-06-05' },
  { start: '2015-11-01', end: '2015-11-30' },
  { start: '2017-05-31', end: '2017-05-31' },
];

/** A view, by indexes into the dataset so that it follows renamed ids, with a hostile query and unknown ids. */
const viewParts = fc.record({
  grouping: fc.constantFrom(...GROUPINGS),
  level: fc.constantFrom(...LEVELS),
  actors: fc.uniqueArray(fc.nat(real.actors.length - 1), { maxLength: 2 }),
  sources: fc.uniqueArray(fc.nat(real.sources.length - 1), { maxLength: 1 }),
  unknownId: fc.option(label, { freq: 4 }),
  role: fc.constantFrom<ActorRole>('any', 'made', 'received'),
  query: fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: label }),
  window: fc.option(fc.constantFrom(...WINDOWS), { freq: 2 }),
  size: fc.constantFrom(...FIGURE_SIZES),
});

type ViewParts = typeof viewParts extends fc.Arbitrary<infer T> ? T : never;

function viewOf(dataset: ResolvedDataset, parts: ViewParts): ViewState {
  const ids = (records: readonly { id: string }[], indexes: number[]) =>
    indexes.flatMap((i) => records[i]?.id ?? []).concat(parts.unknownId ?? []);
  return {
    ...DEFAULT_VIEW,
    grouping: parts.grouping,
    level: parts.level,
    window: parts.window ?? undefined,
    filter: {
      ...EMPTY_FILTER,
      actors: ids(dataset.actors, parts.actors),
      sources: ids(dataset.sources, parts.sources),
      role: parts.role,
      query: parts.query,
    },
  };
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/** Everything wrong with a figure, in words: empty for a well-formed, inert SVG document. */
function figureProblems(svg: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  let root: string | undefined;
  parser.on('error', (error) => problems.push(`XML: ${error.message}`));
  parser.on('doctype', () => problems.push('has a DOCTYPE'));
  parser.on('processinginstruction', (pi) => problems.push(`has a processing instruction ${pi.target}`));
  parser.on('cdata', () => problems.push('has a CDATA section'));
  parser.on('comment', () => problems.push('has a comment'));
  parser.on('opentag', (tag) => {
    root ??= `${tag.uri ?? ''} ${tag.local ?? ''}`;
    const name = (tag.local ?? tag.name).toLowerCase();
    if (name === 'script' || name === 'foreignobject') problems.push(`has <${tag.name}>`);
    for (const a of Object.values(tag.attributes)) {
      if (/^on/i.test(a.local)) problems.push(`event handler ${a.name} on <${tag.name}>`);
      if (a.local.toLowerCase() === 'href' && !a.value.startsWith('#')) problems.push(`${a.name}=${a.value}`);
      const url = /url\(\s*['"]?([^'")]*)/.exec(a.value)?.[1];
      if (url !== undefined && !url.startsWith('#')) problems.push(`url(${url}) in ${a.name}`);
    }
  });
  try {
    parser.write(svg).close();
  } catch (error) {
    problems.push(`XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (root !== `${SVG_NS} svg`) problems.push(`root is ${root ?? 'missing'}`);
  if (/<script/i.test(svg)) problems.push('has <script');
  if (/NaN|Infinity/.test(svg)) problems.push('has NaN or Infinity');
  if (XML_FORBIDDEN.test(svg)) problems.push('has a character XML 1.0 forbids');
  if (LONE_SURROGATE.test(svg)) problems.push('has a lone surrogate');
  if (BIDI_CONTROL.test(svg)) problems.push('has a bidi control');
  return problems;
}

/** Names Object.prototype had before the run; a fresh object must see nothing new. */
const CLEAN_PROTOTYPE = new Set(Object.getOwnPropertyNames(Object.prototype));
function prototypeIsClean(): boolean {
  const probe: Record<string, unknown> = {};
  return (
    Object.getOwnPropertyNames(Object.prototype).every((name) => CLEAN_PROTOTYPE.has(name)) &&
    probe.polluted === undefined &&
    Object.getPrototypeOf(probe) === Object.prototype
  );
}

afterEach(() => expect(prototypeIsClean()).toBe(true));

describe('the hostile generators', () => {
  it('yield every class of hostile text, long labels, prototype ids and JSON __proto__ keys', () => {
    const labels = fc.sample(label, { seed: SEED, numRuns: 400 });
    const has = (pattern: RegExp) => labels.some((s) => pattern.test(s));
    expect(has(/[\u202A-\u202E]/)).toBe(true);
    expect(has(/[\u2066-\u2069]/)).toBe(true);
    expect(has(/[\u200E\u200F\u061C]/)).toBe(true);
    expect(has(/[\u200B-\u200D\u2060\uFEFF]/)).toBe(true);
    expect(has(LONE_SURROGATE)).toBe(true);
    expect(has(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)).toBe(true);
    for (const token of ['<script', 'onerror=', ']]>', '<!--', '&amp;', '&#x3c;', 'javascript:']) {
      expect(labels.some((s) => s.includes(token))).toBe(true);
    }
    expect(labels.some((s) => s.length >= 1000)).toBe(true);

    const datasets = fc.sample(hostile, { seed: SEED, numRuns: 20 }).map(hostileDataset);
    expect(datasets.some((d) => d.actors.some((a) => a.id === '__proto__'))).toBe(true);
    expect(datasets.some((d) => d.events.some((e) => Object.hasOwn(e, '__proto__')))).toBe(true);

    // The labels reach the figure: markup escaped, removed characters marked.
    const view = { ...DEFAULT_VIEW, grouping: 'actor' as const };
    const svg = datasets.slice(0, 3).map((d) => renderFigure(d, view, { kind: 'timeline', size: 'slide', lang: 'en' }));
    expect(svg.some((s) => s.includes('&lt;') && s.includes('\uFFFD'))).toBe(true);
  });
});

describe('figureProblems(svg)', () => {
  const wrap = (body: string, attrs = '') => `<svg xmlns="${SVG_NS}"${attrs}>${body}</svg>`;
  const XLINK = ' xmlns:xlink="http://www.w3.org/1999/xlink"';

  it('finds nothing wrong with a clean figure', () => {
    expect(figureProblems(wrap('<text x="1">a &lt;b&gt; \uD83D\uDE00</text>'))).toEqual([]);
  });

  it.each([
    ['a lone surrogate', wrap('<text>\uD800</text>'), 'has a lone surrogate'],
    ['a C0 control', wrap('<text>\u0007</text>'), 'has a character XML 1.0 forbids'],
    ['a script', wrap('<script>1</script>'), 'has <script>'],
    ['an event handler', wrap('<g onload="x"/>'), 'event handler onload on <g>'],
    ['an outside link', wrap('<use xlink:href="http://x"/>', XLINK), 'xlink:href=http://x'],
    ['an unbound prefix', wrap('<a:b/>'), 'XML: 1:46: unbound namespace prefix: "a".'],
    ['a number that is not one', wrap('<rect x="NaN"/>'), 'has NaN or Infinity'],
  ])('reports %s', (_, svg, problem) => {
    expect(figureProblems(svg)).toContain(problem);
  });
});

const KINDS: readonly FigureKind[] = ['timeline', 'graph'];
const LANGS: readonly Lang[] = ['en', 'ar'];

describe('renderFigure(dataset, view, options) over hostile datasets', () => {
  for (const kind of KINDS) {
    for (const lang of LANGS) {
      it(
        `draws the ${kind} in ${lang} as well-formed, inert XML without forbidden characters`,
        () => {
          fc.assert(
            fc.property(hostile, viewParts, (h, parts) => {
              const dataset = hostileDataset(h);
              const svg = renderFigure(dataset, viewOf(dataset, parts), { kind, size: parts.size, lang });
              expect(figureProblems(svg)).toEqual([]);
              expect(prototypeIsClean()).toBe(true);
            }),
            { seed: SEED, numRuns: NUM_RUNS },
          );
        },
        TIMEOUT,
      );
    }
  }
});
