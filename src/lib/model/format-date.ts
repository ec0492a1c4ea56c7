/**
 * Dates for people: an EDTF value read aloud in English, keeping its precision and qualifiers visible
 * ("May 2017", "29–30 May 2017", "c. 21 May 2017", "25 May 2017?").
 */
import type { EdtfValue } from './edtf.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function day(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? '?'} ${y}`;
}

function month(iso: string): string {
  const [y, m] = iso.split('-');
  return `${MONTHS[Number(m) - 1] ?? '?'} ${y}`;
}

/** An English rendering of a resolved EDTF value. */
export function formatEventDate(date: EdtfValue): string {
  let text: string;
  if (date.precision === 'year')
    text =
      date.start.slice(0, 4) === date.end.slice(0, 4)
        ? date.start.slice(0, 4)
        : `${date.start.slice(0, 4)}–${date.end.slice(0, 4)}`;
  else if (date.precision === 'month' || date.precision === 'season')
    text =
      date.start.slice(0, 7) === date.end.slice(0, 7) ? month(date.start) : `${month(date.start)} – ${month(date.end)}`;
  else text = date.start === date.end ? day(date.start) : `${day(date.start)} – ${day(date.end)}`;
  if (date.approximate) text = `c. ${text}`;
  if (date.uncertain) text = `${text}?`;
  return text;
}
