/**
 * Moving the keyboard along the graph's edges: the arrow keys step to the next or previous edge, Home and
 * End to the first and last, in the order the edges are listed. The view keeps one tab stop for all edges
 * and moves it with these keys, however the edges are drawn.
 */
import type { Lang } from './view-state.ts';

/**
 * The index the focus moves to from `at` among `count` edges when `key` is pressed, clamped to the list;
 * `undefined` for a key that does not move it. In Arabic the drawing's reading order runs right to left,
 * so there the left arrow moves on and the right arrow back.
 */
export function edgeStep(key: string, at: number, count: number, lang: Lang): number | undefined {
  const next = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
  const previous = lang === 'ar' ? 'ArrowRight' : 'ArrowLeft';
  const to =
    key === next || key === 'ArrowDown'
      ? at + 1
      : key === previous || key === 'ArrowUp'
        ? at - 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? count - 1
            : undefined;
  return to === undefined || count === 0 ? undefined : Math.min(count - 1, Math.max(0, to));
}
