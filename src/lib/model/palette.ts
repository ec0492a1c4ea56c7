/**
 * Colours shared by every view and figure: the Okabe–Ito palette, chosen because its hues stay distinct for
 * the common forms of colour-blindness. Each side in the conflict, and each event type, has one colour.
 */
import type { Alignment, EventType } from './schema.ts';

export const ALIGNMENT_COLOURS: Record<Alignment, string> = {
  'russia-allies': '#D55E00',
  'us-coalition': '#0072B2',
  'sdf-kurdish': '#009E73',
  isis: '#1A1A1A',
  other: '#8C8C8C',
};

export const TYPE_COLOURS: Record<EventType, string> = {
  statement: '#0072B2',
  strike: '#D55E00',
  convoy: '#009E73',
  meeting: '#E69F00',
  attack: '#CC79A7',
  milestone: '#555555',
};
