/**
 * Capping the timeline's rows. Grouped by actor, a large dataset has hundreds of rows, which no reader can
 * scan and vis-timeline draws very slowly; so past a cap the rows kept are the busiest in the visible
 * window, and every other row is folded into one last row, "other actors (N)".
 */
import type { TimelineGroup } from './timeline-items.ts';

/** The id of the row that holds the folded rows; no event, actor or source id contains a space. */
export const OTHER_ROW = 'other rows';

export interface RowCap {
  /** The rows to draw, busiest first, the folded row last. */
  readonly groups: readonly TimelineGroup[];
  /** The row each original row is drawn in: itself, or `OTHER_ROW`. */
  readonly rowOf: (group: string) => string;
}

/** How many events a row has in the visible window, and near it (the window and its margins). */
export interface RowCount {
  readonly inWindow: number;
  readonly near: number;
}

/**
 * The rows to draw. With at most `maxRows` rows in all, every row, as given. Otherwise only the rows with
 * events near the window: all of them if they fit, else the `maxRows - 1` busiest in the window plus the
 * folded row, labelled by `otherLabel(folded)`. Ties go to the rows' order in `groups`, so the same counts
 * always keep the same rows.
 */
export function capRows(
  groups: readonly TimelineGroup[],
  counts: ReadonlyMap<string, RowCount>,
  maxRows: number,
  otherLabel: (folded: number) => string,
): RowCap {
  if (groups.length <= maxRows) return { groups, rowOf: (group) => group };
  const inWindow = (id: string) => counts.get(id)?.inWindow ?? 0;
  const near = (id: string) => counts.get(id)?.near ?? 0;
  const present = groups.filter((g) => near(g.id) > 0);
  const busiest = present.sort(
    (a, b) => inWindow(b.id) - inWindow(a.id) || near(b.id) - near(a.id) || a.order - b.order,
  );
  if (busiest.length <= maxRows) {
    return { groups: busiest.map((g, order) => ({ ...g, order })), rowOf: (group) => group };
  }
  const kept = busiest.slice(0, Math.max(0, maxRows - 1));
  const keptIds = new Set(kept.map((g) => g.id));
  const other: TimelineGroup = { id: OTHER_ROW, label: otherLabel(busiest.length - kept.length), order: kept.length };
  return {
    groups: [...kept.map((g, order) => ({ ...g, order })), other],
    rowOf: (group) => (keptIds.has(group) ? group : OTHER_ROW),
  };
}
