/**
 * Stacking a row's items into lanes so that no two overlap, labels included. Positions are in reading
 * order (0 at the reading start), so the same packing serves left-to-right and right-to-left figures.
 */

export interface Extent {
  /** The item's id, for a stable order. */
  readonly id: string;
  /** Where the item begins and ends, labels included, in pixels from the reading start. */
  readonly from: number;
  readonly to: number;
}

export interface Packing {
  /** Lane of each placed item, by id. */
  readonly lanes: ReadonlyMap<string, number>;
  /** Items that found no free lane within the limit, in reading order. */
  readonly overflow: readonly string[];
  /** Lanes used. */
  readonly count: number;
}

/**
 * Greedy first-fit in reading order: each item goes in the first lane whose last item ends `gap` pixels
 * before it starts. With `maxLanes`, an item that fits in none of them overflows.
 */
export function packLanes(extents: readonly Extent[], gap: number, maxLanes = Infinity): Packing {
  const sorted = [...extents].sort((a, b) => a.from - b.from || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ends: number[] = [];
  const lanes = new Map<string, number>();
  const overflow: string[] = [];
  for (const item of sorted) {
    let lane = ends.findIndex((end) => end + gap <= item.from);
    if (lane === -1 && ends.length < maxLanes) lane = ends.length;
    if (lane === -1) {
      overflow.push(item.id);
      continue;
    }
    ends[lane] = item.to;
    lanes.set(item.id, lane);
  }
  return { lanes, overflow, count: ends.length };
}

/**
 * The most lanes each row may have so that all rows fit in `height`: rows needing no more than the cap keep
 * what they need, the others get the cap and a strip for their overflow. Undefined when even one lane a
 * row does not fit.
 */
export function laneCap(
  needs: readonly number[],
  height: number,
  laneHeight: number,
  stripHeight: number,
  padding: number,
): number | undefined {
  const total = (cap: number) =>
    needs.reduce((sum, need) => sum + (need <= cap ? need * laneHeight : cap * laneHeight + stripHeight) + padding, 0);
  const most = Math.max(1, ...needs);
  for (let cap = most; cap >= 1; cap -= 1) if (total(cap) <= height) return cap;
  return undefined;
}
