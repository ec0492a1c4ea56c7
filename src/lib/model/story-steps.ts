/** Moving through a story's steps, and rearranging them, as plain functions of an index and a count. */

/** The step index nearest to `index` in a story of `count` steps (0 when there are none). */
export function clampStep(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

/** A copy of `items` with the item at `from` moved by `delta` places; unchanged if it would leave the list. */
export function moveItem<T>(items: readonly T[], from: number, delta: number): T[] {
  const to = from + delta;
  const copy = [...items];
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return copy;
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}
