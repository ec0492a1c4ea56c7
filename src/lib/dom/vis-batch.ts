/**
 * One redraw for a batch of DataSet changes. vis-timeline's item set listens to its DataSet and, on every
 * `add`, `update` and `remove` event, redraws itself at once — reading element sizes, which makes the browser
 * lay out the page there and then — although each event also queues the widget's own redraw for the next
 * animation frame. A filter change is up to three such events, each laying out a page that the rest of the
 * app has just changed. Worse, each row draws an item added to it at once if it falls in the window, and
 * measures it: a layout per item. Inside `batch`, the item set's redraws and the rows' drawing of added items
 * are skipped; the queued redraw finds the items in the window, draws those not drawn yet together and
 * measures them in one pass, as it does for items that a pan brings into view, before the frame is painted.
 */

/** The part of vis-timeline's row (its `Group`) this relies on: the check that draws an added item at once. */
interface RowLike {
  _checkIfVisible(...args: unknown[]): unknown;
}

/** The part of vis-timeline's item set this relies on: its own `redraw`, which the listeners call, and its rows. */
interface ItemSetLike {
  redraw(): unknown;
  /** Set once the item set has drawn; before that, DataSet events redraw the widget at once instead of queueing. */
  initialItemSetDrawn?: unknown;
  /** Rows by id, the one for ungrouped items included. */
  groups?: Record<string, unknown>;
}

function isRow(value: unknown): value is RowLike {
  return (
    typeof value === 'object' && value !== null && typeof (value as Partial<RowLike>)._checkIfVisible === 'function'
  );
}

function itemSetOf(timeline: object): ItemSetLike | undefined {
  const candidate: unknown = (timeline as { itemSet?: unknown }).itemSet;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const items = candidate as Partial<ItemSetLike>;
  return typeof items.redraw === 'function' && items.initialItemSetDrawn === true ? (items as ItemSetLike) : undefined;
}

/**
 * Whether `timeline` has the item set a batch works on (not in vis-timeline's types), drawn once already, so
 * that DataSet events queue the widget's redraw; when not, `batch` still applies every change, unbatched.
 */
export function canBatch(timeline: object): boolean {
  return itemSetOf(timeline) !== undefined;
}

const skip = { value: () => false, configurable: true, writable: true };

/**
 * Runs `change` (DataSet updates) with the item set's immediate redraws, and its rows' immediate drawing of
 * added items, skipped. Each DataSet event has also queued the widget's redraw for the next animation frame,
 * which draws the result; asking for one here would be worse, since vis-timeline's public `redraw`
 * re-measures every item at once. A row is marked for restacking when an item is added to it, so the queued
 * redraw looks again for the items in its window. Without the item set, or inside another batch, `change`
 * runs as it is. Each skip is an own property over the prototype's method, removed afterwards even if
 * `change` throws; a row added by `change` itself draws its items as usual.
 */
export function batch(timeline: object, change: () => void): void {
  const items = itemSetOf(timeline);
  if (!items || Object.hasOwn(items, 'redraw')) {
    change();
    return;
  }
  const rows = Object.values(items.groups ?? {}).filter(isRow);
  Object.defineProperty(items, 'redraw', skip);
  for (const row of rows) Object.defineProperty(row, '_checkIfVisible', skip);
  try {
    change();
  } finally {
    delete (items as Partial<ItemSetLike>).redraw;
    for (const row of rows) delete (row as Partial<RowLike>)._checkIfVisible;
  }
}
