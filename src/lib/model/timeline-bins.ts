/**
 * The time bins timeline aggregates are made of. A bin is at least a label's width on screen, and bins are
 * fixed steps of time counted from the epoch, not from the window's edge: panning moves the window over the
 * same bins, so an aggregate keeps its members, its id and its place while the reader drags.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Bin widths to choose from, narrowest first. */
export const BIN_STEPS: readonly number[] = [
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  28 * DAY,
  91 * DAY,
  182 * DAY,
  364 * DAY,
  728 * DAY,
  1820 * DAY,
  3640 * DAY,
];

/** The narrowest step at least `pixels` wide when `msPerPixel` milliseconds fill one pixel. */
export function binWidth(msPerPixel: number, pixels: number): number {
  const least = msPerPixel * pixels;
  const widest = BIN_STEPS[BIN_STEPS.length - 1] ?? DAY;
  return BIN_STEPS.find((step) => step >= least) ?? Math.ceil(least / widest) * widest;
}

/** The bin an instant falls in, by number, for bins `width` ms wide. */
export function binOf(time: number, width: number): number {
  return Math.floor(time / width);
}
