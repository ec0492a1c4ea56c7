/**
 * The one timer the sync uses, as a function that returns its own cancel, so tests can pass a manual timer and no
 * handle type (a number in browsers, an object in Node) leaks into the API.
 */

/** Runs `callback` after `ms` milliseconds and returns a function that cancels it. */
export type Timer = (callback: () => void, ms: number) => () => void;

/** The global `setTimeout`, as a Timer. */
export const realTimer: Timer = (callback, ms) => {
  const handle = setTimeout(callback, ms);
  return () => clearTimeout(handle);
};
