/**
 * Offsets to line:column (1-based, columns in UTF-16 code units, a line ending at each \n), shared by the
 * JSON and CSV readers so that their problems are located alike.
 */

/** Where something starts in a text. */
export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, counted in UTF-16 code units. */
  readonly column: number;
  /** 0-based offset in the text. */
  readonly offset: number;
}

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
