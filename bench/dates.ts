/**
 * Synthetic event dates over 2014–2018, as EDTF strings the project's parser accepts. Most are exact days;
 * about one in seven is vague in one of the ways the bundled data is (a month, an interval, an approximate or
 * uncertain day, a qualified month opening an interval). Part of the events cluster around a few busy
 * days, as reporting does around a battle or a summit, so the timeline meets dense stretches as well as gaps.
 */
import type { Random } from './prng.ts';

const FIRST_DAY = Date.UTC(2014, 0, 1);
const LAST_DAY = Date.UTC(2018, 11, 31);
const DAY_MS = 86_400_000;
/** Days in the period, 2014-01-01 being day 0. */
export const PERIOD_DAYS = Math.round((LAST_DAY - FIRST_DAY) / DAY_MS) + 1;

/** Share of dates that are not a plain, certain day. */
export const UNCERTAIN_SHARE = 0.15;

/** A drawn date: its EDTF text, and the first day it allows as a day number for ordering. */
export interface DrawnDate {
  readonly edtf: string;
  readonly day: number;
}

/** `YYYY-MM-DD` of day number `day`. */
export function isoDay(day: number): string {
  return new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
}

/** Draws event dates; the busy days are fixed when it is made, from the same seeded source. */
export class DateDrawer {
  readonly #random: Random;
  readonly #busyDays: readonly number[];

  constructor(random: Random, busyDayCount = 30) {
    this.#random = random;
    this.#busyDays = Array.from({ length: busyDayCount }, () => random.int(0, PERIOD_DAYS - 1));
  }

  /** A date anywhere in the period, or near one of the busy days. */
  draw(): DrawnDate {
    const r = this.#random;
    const day = r.chance(0.4)
      ? Math.min(PERIOD_DAYS - 1, Math.max(0, r.pick(this.#busyDays) + r.int(-10, 10)))
      : r.int(0, PERIOD_DAYS - 1);
    return this.at(day);
  }

  /** A date from `after` to a week later, for replies such as denials. */
  drawAfter(after: number): DrawnDate {
    return this.at(Math.min(PERIOD_DAYS - 1, after + this.#random.int(0, 7)));
  }

  /** Day `day`, written exactly or, for about one date in seven, vaguely. */
  at(day: number): DrawnDate {
    const r = this.#random;
    const text = isoDay(day);
    if (!r.chance(UNCERTAIN_SHARE)) return { edtf: text, day };
    const month = text.slice(0, 7);
    const monthStart = day - (Number(text.slice(8, 10)) - 1);
    const later = isoDay(Math.min(PERIOD_DAYS - 1, day + r.int(1, 14)));
    const form = r.weighted<'month' | 'interval' | 'about' | 'doubt' | 'month-doubt' | 'open-month'>([
      ['month', 30],
      ['interval', 25],
      ['about', 15],
      ['doubt', 15],
      ['month-doubt', 5],
      ['open-month', 10],
    ]);
    switch (form) {
      case 'month':
        return { edtf: month, day: monthStart };
      case 'interval':
        return { edtf: later === text ? text : `${text}/${later}`, day };
      case 'about':
        return { edtf: `${text}~`, day };
      case 'doubt':
        return { edtf: `${text}?`, day };
      case 'month-doubt':
        return { edtf: `${month}?`, day: monthStart };
      case 'open-month': {
        const end = isoDay(Math.min(PERIOD_DAYS - 1, day + r.int(20, 90)));
        return { edtf: `${month}~/${end}`, day: monthStart };
      }
    }
  }
}
