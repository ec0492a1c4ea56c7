/**
 * A small seeded random source for the synthetic datasets: mulberry32, which passes the usual statistical
 * batteries for this purpose, is four lines long, and gives the same sequence for the same seed on every
 * machine. Nothing in the benchmark may call `Math.random`, or two runs would measure different data.
 */

/** A seeded sequence of numbers and the few draws the generators need. */
export class Random {
  #state: number;

  constructor(seed: number) {
    if (!Number.isInteger(seed)) throw new RangeError(`invalid seed: ${seed} (expected an integer)`);
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new RangeError('cannot pick from an empty list');
    return item;
  }

  /** One value of a list of `[value, weight]` pairs, drawn in proportion to its weight. */
  weighted<K>(entries: readonly (readonly [K, number])[]): K {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let at = this.next() * total;
    for (const [key, weight] of entries) {
      at -= weight;
      if (at < 0) return key;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new RangeError('cannot draw from no weights');
    return last[0];
  }
}
