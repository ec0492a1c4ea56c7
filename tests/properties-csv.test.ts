/**
 * CSV formula defusing, as a spreadsheet user would meet it: every cell that a spreadsheet could evaluate —
 * a formula start at the cell's start or at the start of any of its lines, after white space — leaves the
 * export as text, and the import takes the marker off again, so an export reads back to the same records.
 * Past the cells, the whole round trip: hostile prose in every free-text field of an event exports and imports
 * back to the same events. Seeds are fixed and runs few, so the file is deterministic and quick.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { importAcledCsv } from '../src/lib/import/acled-import.ts';
import { ACLED_EXPORT_MAPPING, resolveMapping, type ColumnMapping } from '../src/lib/import/acled-mapping.ts';
import { readCsv } from '../src/lib/import/csv-reader.ts';
import { mappedTexts, readMappedRows } from '../src/lib/import/mapped-rows.ts';
import { undefuseFormula } from '../src/lib/import/undefuse.ts';
import { CSV_COLUMNS, defuseFormula, toAcledCsv } from '../src/lib/model/csv.ts';
import { resolveDataset, type ResolvedDataset } from '../src/lib/model/resolve.ts';
import { Dataset } from '../src/lib/model/schema.ts';
import { isBlank } from '../src/lib/model/text.ts';
import { exportableDataset, hostileText } from './helpers/arbitraries.ts';
import { fixture, readFixtureArticle } from './helpers/fixture.ts';

const SETTINGS = { seed: 20151130, numRuns: 400 } as const;

/**
 * The characters that make a spreadsheet read a cell as a formula when they start it: the four ASCII
 * operators, their full-width forms, and tab and carriage return, which some spreadsheets strip first.
 */
const OPERATORS = ['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

/**
 * The oracle, written apart from the implementation: true when a line of `cell` (the cell itself, or what
 * follows any \n or \r in it) begins with an operator after white space, or with a tab, or when the cell
 * begins with a carriage return.
 */
function evaluable(cell: string): boolean {
  const starts = [0, ...cell.split('').flatMap((c, k) => (c === '\n' || c === '\r' ? [k + 1] : []))];
  return starts.some((p) => {
    if (cell[p] === '\t' || (p === 0 && cell[0] === '\r')) return true;
    let q = p;
    while (q < cell.length && /[^\S\n\r]/.test(cell[q] ?? '')) q += 1;
    return OPERATORS.includes(cell[q] ?? '');
  });
}

/** Safe to open: either nothing in it evaluates, or it starts with the apostrophe that makes it all text. */
const isInert = (cell: string) => cell.startsWith("'") || !evaluable(cell);

/** Text built around formula starts: white space before them, line breaks of every kind, apostrophes. */
const formulaText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...OPERATORS, '=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", '@SUM(A1:A9)', '+1', '-2'),
      fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\r\n', '\u00A0', '\u3000', '\uFEFF', '\u200B', "'", '"', ','),
      fc.string({ unit: 'binary', maxLength: 3 }),
      hostileText(2),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(''));

describe('defuseFormula(text) on the cases the issue names', () => {
  it.each([
    [' =1+1', "' =1+1"],
    ['\t=cmd', "'\t=cmd"],
    ['a\n=HYPERLINK("http://x")', '\'a\n=HYPERLINK("http://x")'],
    ['\r@SUM(A1)', "'\r@SUM(A1)"],
    ['a\r@SUM(A1)', "'a\r@SUM(A1)"],
    ['a\r\n  -1', "'a\r\n  -1"],
    ['a\u2028b', 'a\u2028b'],
    ['\u00A0+1', "'\u00A0+1"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['a\n\uFF20x', "'a\n\uFF20x"],
    ["'quoted", "''quoted"],
    ['a = b, c - d', 'a = b, c - d'],
    ['', ''],
  ])('defuseFormula(%j) is %j', (input, expected) => {
    expect(defuseFormula(input)).toBe(expected);
    expect(undefuseFormula(defuseFormula(input))).toBe(input);
  });
});

describe('defuseFormula and undefuseFormula over generated cells', () => {
  it('the generator yields formula starts after white space, after \\n and after a lone \\r', () => {
    const sample = fc.sample(formulaText, { seed: SETTINGS.seed, numRuns: 500 });
    expect(sample.some((s) => /^\s+[=+\-@]/.test(s))).toBe(true);
    expect(sample.some((s) => /\n\s*[=+\-@]/.test(s))).toBe(true);
    expect(sample.some((s) => /\r(?!\n)\s*[=+\-@]/.test(s))).toBe(true);
    expect(sample.some((s) => /[\uFF1D\uFF0B\uFF0D\uFF20]/.test(s))).toBe(true);
    expect(sample.some((s) => /[\uD800-\uDFFF]/.test(s))).toBe(true);
  });

  it('undefuseFormula(defuseFormula(s)) is s for every string', () => {
    fc.assert(
      fc.property(fc.oneof(formulaText, fc.string({ unit: 'binary' }), hostileText(8)), (s) => {
        expect(undefuseFormula(defuseFormula(s))).toBe(s);
      }),
      SETTINGS,
    );
  });

  it('a defused cell is never one a spreadsheet would evaluate', () => {
    fc.assert(
      fc.property(fc.oneof(formulaText, hostileText(8)), (s) => {
        expect(isInert(defuseFormula(s))).toBe(true);
      }),
      SETTINGS,
    );
  });

  it('leaves a cell without operators, tabs, carriage returns or a leading apostrophe as it is', () => {
    const plain = fc.string({ unit: 'binary' }).filter((s) => !/[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]|^'/.test(s));
    fc.assert(
      fc.property(plain, (s) => {
        expect(defuseFormula(s)).toBe(s);
      }),
      SETTINGS,
    );
  });
});

/** The free-text columns: the ones the export defuses, as opposed to dates and numbers. */
const TEXT_COLUMNS: ReadonlySet<string> = new Set(
  CSV_COLUMNS.filter((c) => !['event_date', 'time_precision', 'latitude', 'longitude', 'fatalities'].includes(c)),
);

/** ACLED's columns as the fields they give, for reading the export's ACLED part alone. */
const ACLED_COLUMNS_MAPPING: ColumnMapping = {
  summaryEn: 'notes',
  location: 'location',
  agent: 'actor1',
  target: 'actor2',
};

/** An exportable dataset whose actor names, place name and English summaries are formula text. */
const formulaDataset: fc.Arbitrary<ResolvedDataset> = fc
  .tuple(exportableDataset, fc.array(formulaText, { minLength: 8, maxLength: 8 }))
  .map(([d, texts]) => {
    const pick = (k: number) => texts[k % texts.length] ?? '';
    return {
      ...d,
      actors: d.actors.map((a, k) => ({ ...a, name: { en: pick(k), ar: pick(k) } })),
      places: d.places.map((p) => ({ ...p, name: { en: pick(3), ar: pick(3) } })),
      sources: d.sources.map((s) => ({ ...s, outlet: { en: pick(4), ar: pick(4) } })),
      events: d.events.map((e, k) => ({ ...e, summary: { en: pick(k + 5), ar: pick(k + 5) } })),
    };
  });

describe('toAcledCsv(dataset) with formula text in every free-text field', () => {
  it('writes every free-text cell so that a spreadsheet shows it as text', () => {
    fc.assert(
      fc.property(formulaDataset, (dataset) => {
        const read = readCsv(toAcledCsv(dataset), { delimiter: ',' });
        expect(read.issues).toEqual([]);
        for (const row of read.table?.rows ?? []) {
          row.cells.forEach((cell, k) => {
            if (TEXT_COLUMNS.has(CSV_COLUMNS[k] ?? ''))
              expect(isInert(cell.text), JSON.stringify(cell.text)).toBe(true);
          });
        }
      }),
      { ...SETTINGS, numRuns: 100 },
    );
  });

  it('reads back, through the import’s cell reader, to the names, places and summaries it was given', () => {
    fc.assert(
      fc.property(formulaDataset, (dataset) => {
        const read = readCsv(toAcledCsv(dataset), { delimiter: ',' });
        if (!read.table) throw new Error('no table');
        const { columns } = resolveMapping(ACLED_COLUMNS_MAPPING, read.table.header, 'export.csv');
        const texts = readMappedRows(read.table.rows, columns).map(mappedTexts);
        const name = (id: string) => dataset.actors.find((a) => a.id === id)?.name.en ?? id;
        expect(texts.map((t) => [t.summaryEn, t.location, t.agent, t.target])).toEqual(
          dataset.events.map((e) => [
            e.summary.en,
            dataset.places[0]?.name.en ?? '',
            e.actors
              .filter((a) => a.role === 'agent' || a.role === 'participant')
              .map((a) => name(a.actor))
              .join('; '),
            e.actors
              .filter((a) => a.role === 'target')
              .map((a) => name(a.actor))
              .join('; '),
          ]),
        );
      }),
      { ...SETTINGS, numRuns: 100 },
    );
  });
});

/**
 * Prose a validator accepts but a naive CSV writer or spreadsheet does not survive: markup, quotes, commas,
 * line breaks of every kind, formula starts after white space, apostrophes, Arabic text and the direction
 * marks prose may hold. Blank text is not a summary, so it is left out.
 */
const hostileProse: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<script>alert(1)</script>',
        '"><img src=x onerror=alert(1)>',
        '&lt;b&gt;',
        '=HYPERLINK("http://x","y")',
        "=cmd|' /C calc'!A0",
        '+1',
        '-2',
        '@SUM(A1)',
        '\uFF1D1',
        ' ',
        '\t',
        '\n',
        '\r',
        '\r\n',
        "'",
        '"',
        '""',
        ',',
        ';',
        '[',
        ']',
        '{"a":1}',
        '\\',
        'اتهمت روسيا',
        '\u200F',
        '\u202E',
      ),
      fc.string({ unit: 'grapheme-ascii', maxLength: 4 }),
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((parts) => parts.join(''))
  .filter((text) => !isBlank(text));

/** The fixture with hostile prose in every free-text field of its events. */
const hostileFixture = fc
  .record({
    summaries: fc.array(fc.record({ en: hostileProse, ar: hostileProse }), { minLength: 2, maxLength: 2 }),
    reasons: fc.array(hostileProse, { minLength: 3, maxLength: 3 }),
    notes: fc.array(fc.option(hostileProse, { nil: undefined }), { minLength: 2, maxLength: 2 }),
  })
  .map(({ summaries, reasons, notes }) => {
    const d = fixture();
    d.events = d.events.map((e, k) => {
      const note = notes[k];
      return {
        ...e,
        summary: summaries[k],
        dateBasis: { ...(e.dateBasis as object), reasoning: reasons[k] },
        ...(k === 1
          ? { alternativeDates: [{ date: '2017-05~', source: 'fixture-article', reasoning: reasons[2] }] }
          : {}),
        ...(note === undefined ? {} : { notes: note }),
      };
    });
    return v.parse(Dataset, d);
  });

describe('toAcledCsv then importAcledCsv through ACLED_EXPORT_MAPPING', () => {
  it('the generator yields markup, quotes, line breaks and formula starts after white space', () => {
    const sample = fc.sample(hostileProse, { seed: SETTINGS.seed, numRuns: 300 });
    expect(sample.some((s) => s.includes('<script>'))).toBe(true);
    expect(sample.some((s) => /^\s*[=+\-@]/.test(s))).toBe(true);
    expect(sample.some((s) => /\n\s*[=+\-@]/.test(s))).toBe(true);
    expect(sample.some((s) => s.includes('"') && s.includes(','))).toBe(true);
  });

  it('gives back the same events for hostile summaries, date reasoning and notes', () => {
    fc.assert(
      fc.property(hostileFixture, (dataset) => {
        const result = importAcledCsv(toAcledCsv(resolveDataset(dataset)), ACLED_EXPORT_MAPPING, {
          reference: dataset,
          events: 'replace',
          articles: readFixtureArticle,
        });
        expect(result.issues).toEqual([]);
        expect(result.dataset?.events).toStrictEqual(dataset.events);
      }),
      { ...SETTINGS, numRuns: 200 },
    );
  });
});
