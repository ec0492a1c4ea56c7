/**
 * How an event looks in a figure, as in the interactive timeline: its type gives the colour and a marker
 * shape (so the type reads without colour too), its status the outline — dashed when claimed or alleged,
 * dotted when planned, the label struck through when denied — and an uncertain date a faded, hatched span.
 */
import type { EventType, Status } from '../model/schema.ts';
import { num } from './xml.ts';

/**
 * Light fills behind each type's outline, the ones the timeline's stylesheet uses. They belong in
 * `palette.ts` beside `TYPE_COLOURS`; they are here until that module can take them.
 */
export const TYPE_FILLS: Record<EventType, string> = {
  statement: '#E8F1FA',
  strike: '#FDE8DC',
  convoy: '#E3F4EE',
  meeting: '#FDF3D6',
  attack: '#F6E4EF',
  milestone: '#EEEEEE',
};

/** Outline dash pattern by status, in pixels; `undefined` draws a solid line. */
export const STATUS_DASHES: Record<Status, string | undefined> = {
  confirmed: undefined,
  claimed: '5 3',
  alleged: '5 3',
  denied: undefined,
  planned: '1.5 2.5',
};

/** Opacity of the span of an uncertain or approximate date. */
export const UNCERTAIN_OPACITY = 0.55;

/** A star's corners: five outer points and five inner ones, from the top, clockwise. */
function starPoints(cx: number, cy: number, r: number): string {
  const points: string[] = [];
  for (let k = 0; k < 10; k += 1) {
    const radius = k % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (k * Math.PI) / 5;
    points.push(`${num(cx + radius * Math.cos(angle))},${num(cy + radius * Math.sin(angle))}`);
  }
  return points.join(' ');
}

/** A plus sign as one outline, arms a third of its width. */
function plusPoints(cx: number, cy: number, r: number): string {
  const a = r / 3;
  const corners: [number, number][] = [
    [-a, -r],
    [a, -r],
    [a, -a],
    [r, -a],
    [r, a],
    [a, a],
    [a, r],
    [-a, r],
    [-a, a],
    [-r, a],
    [-r, -a],
    [-a, -a],
  ];
  return corners.map(([x, y]) => `${num(cx + x)},${num(cy + y)}`).join(' ');
}

/**
 * The marker of a type centred on (cx, cy), `r` pixels from centre to edge: statement a circle, strike a
 * square, convoy a triangle, meeting a diamond, attack a plus, milestone a star.
 */
export function typeMarker(
  type: EventType,
  cx: number,
  cy: number,
  r: number,
): { name: string; attrs: Record<string, string> } {
  const polygon = (points: string) => ({ name: 'polygon', attrs: { points } });
  switch (type) {
    case 'statement':
      return { name: 'circle', attrs: { cx: num(cx), cy: num(cy), r: num(r) } };
    case 'strike':
      return {
        name: 'rect',
        attrs: { x: num(cx - r * 0.85), y: num(cy - r * 0.85), width: num(r * 1.7), height: num(r * 1.7) },
      };
    case 'convoy':
      return polygon(
        `${num(cx)},${num(cy - r)} ${num(cx + r)},${num(cy + r * 0.8)} ${num(cx - r)},${num(cy + r * 0.8)}`,
      );
    case 'meeting':
      return polygon(
        `${num(cx)},${num(cy - r)} ${num(cx + r)},${num(cy)} ${num(cx)},${num(cy + r)} ${num(cx - r)},${num(cy)}`,
      );
    case 'attack':
      return polygon(plusPoints(cx, cy, r));
    case 'milestone':
      return polygon(starPoints(cx, cy, r * 1.1));
  }
}

/** Id of the hatch pattern over uncertain spans; fixed, so that the same figure prints the same bytes. */
export const HATCH_ID = 'chronograph-hatch';

/** The hatch: white diagonal stripes, as the timeline's faded spans have. */
export function hatchPattern(): string {
  return (
    `<pattern id="${HATCH_ID}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="4" height="8" fill="#FFFFFF" fill-opacity="0.6"/></pattern>`
  );
}
