/**
 * Resolved dates: each event's EDTF value with the first and last day it allows, the form `export`
 * prints and every view consumes.
 */
import { parseEdtf, type EdtfValue } from './edtf.ts';
import type { Dataset, Event } from './schema.ts';

/** An event whose date has been resolved. */
export type ResolvedEvent = Omit<Event, 'date'> & { readonly date: EdtfValue };

/** A validated dataset with resolved dates. */
export interface ResolvedDataset extends Omit<Dataset, 'events'> {
  readonly events: readonly ResolvedEvent[];
}

/** Resolves one EDTF string. Only for validated data: an invalid value is a programming error here. */
export function resolveDate(edtf: string): EdtfValue {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) throw new Error(`unvalidated date reached resolveDate: ${parsed.error.message}`);
  return parsed.value;
}

/**
 * Resolves every event's date. Many events share a date; `parseEdtf` gives a value it has read before, so
 * each distinct value is parsed once and its resolved form shared (resolved dates are read-only).
 */
export function resolveDataset(dataset: Dataset): ResolvedDataset {
  return {
    ...dataset,
    events: dataset.events.map((e) => ({ ...e, date: resolveDate(typeof e.date === 'string' ? e.date : e.date.edtf) })),
  };
}

/** The dataset as written, dates as EDTF text: the inverse of `resolveDataset` for a validated dataset. */
export function unresolveDataset(dataset: ResolvedDataset): Dataset {
  return { ...dataset, events: dataset.events.map((e) => ({ ...e, date: e.date.edtf })) };
}

/** True when the event's span overlaps the closed window [from, to] (either end may be open). */
export function overlaps(date: Pick<EdtfValue, 'start' | 'end'>, from?: string, to?: string): boolean {
  return (from === undefined || date.end >= from) && (to === undefined || date.start <= to);
}

/** Orders events by their first possible day, then by id, so that equal dates sort the same every time. */
export function byDate(a: { date: { start: string }; id: string }, b: { date: { start: string }; id: string }): number {
  return a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
