/**
 * Property tests: for generated hostile input, the validator and the importer answer with issues and never
 * throw or pollute Object.prototype; the CSV export reads back to the same cells; defusing and search folding
 * are stable. Seeds are fixed and runs few, so the suite is deterministic and quick.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveMapping } from '../src/lib/import/acled-mapping.ts';
import { ACLED_COLUMNS } from './helpers/import-csv.ts';
import { importAcledCsv } from '../src/lib/import/acled-import.ts';
import { readCsv } from '../src/lib/import/csv-reader.ts';
import type { Delimiter } from '../src/lib/import/csv-table.ts';
import { checkLimits } from '../src/lib/import/limits.ts';
import { mappedTexts, readMappedRows } from '../src/lib/import/mapped-rows.ts';
import { undefuseFormula } from '../src/lib/import/undefuse.ts';
import { defuseFormula, toAcledCsv } from '../src/lib/model/csv.ts';
import type { ResolvedDataset, ResolvedEvent } from '../src/lib/model/resolve.ts';
import { foldForSearch } from '../src/lib/model/search.ts';
import { validateDataset } from '../src/lib/model/validate.ts';
import { exportableDataset, hostileText, jsonish } from './helpers/arbitraries.ts';
import { fixture, readFixtureArticle } from './helpers/fixture.ts';
import { MAPPING, reference } from './helpers/import-csv.ts';

const SETTINGS = { seed: 20170531, numRuns: 150 } as const;

/** True when nothing has been added to Object.prototype: no own keys, and a fresh object sees nothing. */
function prototypeIsClean(): boolean {
  const probe: Record<string, unknown> = {};
  return (
    Object.getOwnPropertyNames(Object.prototype).every((name) => CLEAN_PROTOTYPE.has(name)) &&
    probe.polluted === undefined &&
    probe.id === undefined
  );
}
const CLEAN_PROTOTYPE = new Set(Object.getOwnPropertyNames(Object.prototype));

afterEach(() => expect(prototypeIsClean()).toBe(true));

/** Documents that try to reach the prototype through the parser or the schema. */
const pollutingText = fc.constantFrom(
  '{"__proto__": {"polluted": true}}',
  '{"sources": [], "actors": [], "places": [], "events": [{"__proto__": {"id": "x"}}]}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '[{"__proto__": {"polluted": 1}, "id": "a"}]',
);

/** The fixture with one field somewhere replaced by a generated value. */
const mutatedFixture = fc
  .record({
    collection: fc.constantFrom('sources', 'actors', 'places', 'events' as const),
    index: fc.nat(2),
    key: fc.constantFrom('id', 'name', 'date', 'evidence', 'actors', 'summary', 'memberOf', '__proto__', 'lat', 'body'),
    value: jsonish,
  })
  .map(({ collection, index, key, value }) => {
    const d = fixture();
    const record = d[collection][index % d[collection].length];
    if (record) Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
    return JSON.stringify(d);
  });

const deepText = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.boolean())
  .map(([n, objects]) => (objects ? `${'{"a":'.repeat(n)}1${'}'.repeat(n)}` : `${'['.repeat(n)}${']'.repeat(n)}`));

describe('validateDataset(files, articles) over hostile documents', () => {
  const documents = fc.oneof(
    jsonish.map((value) => JSON.stringify(value) ?? 'null'),
    mutatedFixture,
    pollutingText,
    deepText,
    hostileText(12),
  );

  it('returns issues and never throws, for any file name and text', () => {
    fc.assert(
      fc.property(documents, fc.constantFrom('dataset.json', 'events.json', 'actors.json', 'x.txt'), (text, file) => {
        const result = validateDataset([{ file, text }], readFixtureArticle);
        expect(Array.isArray(result.issues)).toBe(true);
        expect(result.dataset === undefined || result.issues.length === 0).toBe(true);
        expect(prototypeIsClean()).toBe(true);
      }),
      SETTINGS,
    );
  });
});

/** CSV text assembled from hostile pieces and CSV syntax. */
const csvText = fc
  .array(fc.oneof(hostileText(3), fc.constantFrom('"', '""', ',', ';', '\t', '\n', '\r\n', '\r', '\uFEFF', 'a,b\n')), {
    maxLength: 20,
  })
  .map((parts) => parts.join(''));

describe('the CSV reader and importer over hostile text', () => {
  it('readCsv returns a table or issues and never throws', () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom<Delimiter>(',', ';', '\t'), (text, delimiter) => {
        const result = readCsv(text, { delimiter });
        for (const row of result.table?.rows ?? []) {
          expect(row.cells).toHaveLength(result.table?.header.cells.length ?? -1);
        }
        expect(prototypeIsClean()).toBe(true);
      }),
      SETTINGS,
    );
  });

  it('importAcledCsv returns issues and never throws, with the header it expects or not', () => {
    const header = Object.values(MAPPING).join(',');
    fc.assert(
      fc.property(csvText, fc.boolean(), fc.boolean(), (body, withHeader, validRowsOnly) => {
        const text = withHeader ? `${header}\r\n${body}` : body;
        const result = importAcledCsv(text, MAPPING, {
          reference: reference(),
          events: 'add',
          articles: readFixtureArticle,
          validRowsOnly,
        });
        expect(
          result.dataset === undefined || validRowsOnly || result.issues.every((i) => i.severity === 'warning'),
        ).toBe(true);
        expect(prototypeIsClean()).toBe(true);
      }),
      { ...SETTINGS, numRuns: 60 },
    );
  });

  it('checkLimits never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (bytes, json) => {
        const result = checkLimits(bytes, json ? { kind: 'json' } : { kind: 'csv', delimiter: ',' }, { file: 'f' });
        expect(typeof result.ok).toBe('boolean');
      }),
      SETTINGS,
    );
  });
});

/** The cells the export writes in ACLED's columns for an event, by the fields they map to. */
function exportedCells(dataset: ResolvedDataset, event: ResolvedEvent) {
  const names = (roles: string[]) =>
    event.actors
      .filter((a) => roles.includes(a.role))
      .map((a) => dataset.actors.find((x) => x.id === a.actor)?.name.en ?? a.actor)
      .join('; ');
  const place = dataset.places.find((p) => p.id === event.places[0]);
  return {
    id: event.id,
    date: event.date.start,
    type: event.type,
    subtype: event.subtype,
    agent: names(['agent', 'participant']),
    target: names(['target']),
    location: place?.name.en ?? '',
    latitude: place ? String(place.lat) : '',
    longitude: place ? String(place.lon) : '',
    summaryEn: event.summary.en,
    fatalities: String(event.figures.reduce((sum, f) => sum + f.value, 0)),
  };
}

describe('toAcledCsv then the importer', () => {
  it('gives back the cells of every generated event', () => {
    fc.assert(
      fc.property(exportableDataset, (dataset) => {
        const expected = dataset.events.map((e) => exportedCells(dataset, e));
        const read = readCsv(toAcledCsv(dataset), { delimiter: ',' });
        expect(read.issues).toEqual([]);
        if (!read.table) throw new Error('no table');
        const { columns } = resolveMapping(ACLED_COLUMNS, read.table.header, 'export.csv');
        expect(readMappedRows(read.table.rows, columns).map(mappedTexts)).toEqual(expected);
      }),
      { ...SETTINGS, numRuns: 100 },
    );
  });

  it('keeps a cell that begins with an apostrophe apart from a defused formula', () => {
    expect(defuseFormula("'=1")).toBe("''=1");
    expect(undefuseFormula(defuseFormula("'=1"))).toBe("'=1");
    expect(undefuseFormula(defuseFormula('=1'))).toBe('=1');
  });
});

describe('normalisation is idempotent', () => {
  it('defuseFormula(undefuseFormula(defuseFormula(x))) is defuseFormula(x)', () => {
    fc.assert(
      fc.property(hostileText(8), (x) => {
        expect(defuseFormula(undefuseFormula(defuseFormula(x)))).toBe(defuseFormula(x));
      }),
      { ...SETTINGS, numRuns: 500 },
    );
  });

  it('undefuseFormula(defuseFormula(x)) is x for every cell', () => {
    fc.assert(
      fc.property(hostileText(8), (x) => {
        expect(undefuseFormula(defuseFormula(x))).toBe(x);
      }),
      { ...SETTINGS, numRuns: 500 },
    );
  });

  it('foldForSearch(foldForSearch(x)) is foldForSearch(x)', () => {
    fc.assert(
      fc.property(hostileText(8), (x) => {
        expect(foldForSearch(foldForSearch(x))).toBe(foldForSearch(x));
      }),
      { ...SETTINGS, numRuns: 500 },
    );
  });
});
