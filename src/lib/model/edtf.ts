/**
 * A strict parser for the part of the Extended Date/Time Format (ISO 8601-2, level 1) that event dates use:
 * calendar dates at year, month or day precision, qualified as uncertain (`?`), approximate (`~`) or both
 * (`%`), with unspecified digits (`201X`, `2017-XX`), seasons (`2017-21` … `2017-24`), and closed intervals
 * (`2017-05-29/2017-05-30`). It never rolls an impossible date over (2017-02-30 is an error, not March 2)
 * and reads no other notation: ISO week dates, slashes between day and month, and non-ASCII digits are
 * rejected with a reason.
 */

/** How finely a date is known. */
export type Precision = 'year' | 'season' | 'month' | 'day';

/** One endpoint of an EDTF value, with the first and last calendar day it allows. */
export interface EdtfDate {
  /** The endpoint as written. */
  readonly text: string;
  /** The finest unit the endpoint states. */
  readonly precision: Precision;
  /** The source was unsure of it (`?` or `%`). */
  readonly uncertain: boolean;
  /** The source gave it roughly (`~` or `%`). */
  readonly approximate: boolean;
  /** First day allowed, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day allowed, `YYYY-MM-DD`. */
  readonly end: string;
}

/** A parsed EDTF value: a single date, or an interval between two. */
export interface EdtfValue {
  /** The value as written. */
  readonly edtf: string;
  /** First day the value allows, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day the value allows, `YYYY-MM-DD`. */
  readonly end: string;
  /** The coarsest precision of its endpoints. */
  readonly precision: Precision;
  /** Any endpoint is uncertain. */
  readonly uncertain: boolean;
  /** Any endpoint is approximate. */
  readonly approximate: boolean;
  /** The value is an interval (`A/B`) rather than one date. */
  readonly interval: boolean;
}

/** Why a string is not an EDTF value this parser accepts; `code` is stable, `message` is for people. */
export interface EdtfError {
  readonly code: 'date-syntax' | 'date-impossible' | 'date-interval-reversed' | 'date-unbounded';
  readonly message: string;
}

export type EdtfResult =
  { readonly ok: true; readonly value: EdtfValue } | { readonly ok: false; readonly error: EdtfError };

const DATE = /^(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?([?~%])?$/;
const PRECISION_RANK: Record<Precision, number> = { year: 0, season: 1, month: 2, day: 3 };

/** Seasons 21–24 (spring, summer, autumn, winter, northern hemisphere) as month spans. */
const SEASON_MONTHS: Record<string, readonly [number, number]> = {
  '21': [3, 5],
  '22': [6, 8],
  '23': [9, 11],
  '24': [12, 12],
};

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function syntax(text: string, why: string): EdtfResult {
  return { ok: false, error: { code: 'date-syntax', message: `invalid EDTF date "${text}": ${why}` } };
}

/** Explains the common near-misses so the author knows what to write instead. */
function diagnose(text: string): string {
  if (/[\u0660-\u0669\u06F0-\u06F9]/u.test(text)) return 'write the digits as ASCII 0–9';
  if (/^\d{4}-W\d{2}/.test(text)) return 'ISO week dates are not accepted; give the calendar day';
  if (/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(text)) return 'day and month order is ambiguous; write YYYY-MM-DD';
  if (/^\d{8}$/.test(text)) return 'separate year, month and day with hyphens: YYYY-MM-DD';
  if (/T|:/.test(text)) return 'times are not recorded; give the day only';
  if (text.trim() !== text) return 'remove the surrounding white space';
  return 'expected YYYY, YYYY-MM, YYYY-MM-DD (optionally ending in ?, ~ or %), or two of them joined by /';
}

/** Parses one endpoint: a calendar date or a season, with an optional qualifier. */
export function parseEdtfDate(text: string): { ok: true; value: EdtfDate } | { ok: false; error: EdtfError } {
  const match = DATE.exec(text);
  if (!match) return syntax(text, diagnose(text)) as { ok: false; error: EdtfError };
  const [, yearText = '', monthText, dayText, qualifier] = match;
  const uncertain = qualifier === '?' || qualifier === '%';
  const approximate = qualifier === '~' || qualifier === '%';
  const impossible = (why: string) => ({
    ok: false as const,
    error: { code: 'date-impossible' as const, message: `impossible date "${text}": ${why}` },
  });

  const yearFrom = Number(yearText.replace(/X/g, '0'));
  const yearTo = Number(yearText.replace(/X/g, '9'));
  const yearKnown = !yearText.includes('X');

  if (monthText === undefined) {
    return {
      ok: true,
      value: { text, precision: 'year', uncertain, approximate, start: iso(yearFrom, 1, 1), end: iso(yearTo, 12, 31) },
    };
  }

  const season = SEASON_MONTHS[monthText];
  if (season && dayText === undefined) {
    const [first, last] = season;
    const endYear = monthText === '24' ? yearTo + 1 : yearTo;
    const endMonth = monthText === '24' ? 2 : last;
    return {
      ok: true,
      value: {
        text,
        precision: 'season',
        uncertain,
        approximate,
        start: iso(yearFrom, first, 1),
        end: iso(endYear, endMonth, daysInMonth(endYear, endMonth)),
      },
    };
  }

  if (monthText === 'XX') {
    if (dayText !== undefined && dayText !== 'XX') return impossible('a day cannot be known when its month is not');
    return {
      ok: true,
      value: { text, precision: 'year', uncertain, approximate, start: iso(yearFrom, 1, 1), end: iso(yearTo, 12, 31) },
    };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) return impossible(`month ${monthText} does not exist`);
  if (!yearKnown && dayText !== undefined && dayText !== 'XX') {
    return impossible('a day cannot be known when its year is not');
  }

  if (dayText === undefined || dayText === 'XX') {
    return {
      ok: true,
      value: {
        text,
        precision: 'month',
        uncertain,
        approximate,
        start: iso(yearFrom, month, 1),
        end: iso(yearTo, month, daysInMonth(yearTo, month)),
      },
    };
  }
  const day = Number(dayText);
  const last = daysInMonth(yearFrom, month);
  if (day < 1 || day > last) return impossible(`${iso(yearFrom, month, 1).slice(0, 7)} has days 01 to ${last}`);
  const date = iso(yearFrom, month, day);
  return { ok: true, value: { text, precision: 'day', uncertain, approximate, start: date, end: date } };
}

/** Most values `parseEdtf` keeps; past it, it starts again, so that a long session keeps a bounded number. */
const KEPT_VALUES = 20_000;

/** The results of `parseEdtf` so far, by text: they are read-only, so every caller can share one. */
const parsedValues = new Map<string, EdtfResult>();

/**
 * Parses an EDTF value (a date or a closed interval) and resolves the first and last day it allows. Many
 * events share a date, and each date is read by the schema, the validator and the resolver in turn, so a
 * value already parsed is given again, not parsed again.
 */
export function parseEdtf(text: string): EdtfResult {
  let result = parsedValues.get(text);
  if (result === undefined) {
    result = readEdtf(text);
    if (parsedValues.size >= KEPT_VALUES) parsedValues.clear();
    parsedValues.set(text, result);
  }
  return result;
}

function readEdtf(text: string): EdtfResult {
  // A slashed day/month date would otherwise be read as an interval of two bad years.
  if (/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(text)) return syntax(text, diagnose(text));
  const parts = text.split('/');
  if (parts.length > 2) return syntax(text, 'an interval has exactly one /');
  if (parts.length === 2 && parts.some((p) => p === '' || p === '..')) {
    return {
      ok: false,
      error: {
        code: 'date-unbounded',
        message: `open or unknown interval ends are not accepted in "${text}": give the latest start or earliest end the source allows`,
      },
    };
  }
  const endpoints: EdtfDate[] = [];
  for (const part of parts) {
    const parsed = parseEdtfDate(part);
    if (!parsed.ok) return parsed;
    endpoints.push(parsed.value);
  }
  const first = endpoints[0];
  const last = endpoints[endpoints.length - 1];
  if (!first || !last) return syntax(text, 'empty value');
  if (last.end < first.start) {
    return {
      ok: false,
      error: {
        code: 'date-interval-reversed',
        message: `interval "${text}" ends (${last.end}) before it starts (${first.start})`,
      },
    };
  }
  const precision = endpoints
    .map((e) => e.precision)
    .reduce((a, b) => (PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b));
  return {
    ok: true,
    value: {
      edtf: text,
      start: first.start,
      end: last.end,
      precision,
      uncertain: endpoints.some((e) => e.uncertain),
      approximate: endpoints.some((e) => e.approximate),
      interval: endpoints.length === 2,
    },
  };
}

/** A strict `YYYY-MM-DD` calendar day (no qualifiers, no rollover), as publication dates and CLI flags use. */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = parseEdtfDate(text);
  return parsed.ok && parsed.value.precision === 'day';
}
