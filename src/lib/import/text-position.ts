/**
 * Offsets to line:column, counted the way the JSON reader counts them (1-based, columns in UTF-16 code
 * units, a line ending at each \n), so that CSV and JSON problems are located alike.
 */
import type { Position } from '../model/json-text.ts';

/** A function from an offset in `text` to its position; built once per text, O(log lines) per call. */
export function positionFinder(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1, offset };
  };
}
