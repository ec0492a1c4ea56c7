/**
 * One redraw for a batch of DataSet changes. vis-timeline's item set listens to its DataSet and, on every
 * `add`, `update` and `remove` event, redraws itself at once — reading element sizes, which makes the browser
 * lay out the page there and then — although each event also queues the widget's own redraw for the next
 * animation frame. A filter change is up to three such events, each laying out a page that the rest of the
 * app has just changed. Inside `batch`, those immediate redraws are skipped; the queued one draws the result
 * once, before the frame is painted.
 */

/** The part of vis-timeline's item set this relies on: its own `redraw`, which the listeners call. */
interface ItemSetLike {
  redraw(): unknown;
  /** Set once the item set has drawn; before that, DataSet events redraw the widget at once instead of queueing. */
  initialItemSetDrawn?: unknown;
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

/**
 * Runs `change` (DataSet updates) with the item set's immediate redraws skipped. Each DataSet event has also
 * queued the widget's redraw for the next animation frame, which draws the result; asking for one here would
 * be worse, since vis-timeline's public `redraw` re-measures every item at once. Without the item set, or
 * inside another batch, `change` runs as it is. The skip is an own property over the prototype's method,
 * removed afterwards even if `change` throws.
 */
export function batch(timeline: object, change: () => void): void {
  const items = itemSetOf(timeline);
  if (!items || Object.hasOwn(items, 'redraw')) {
    change();
    return;
  }
  Object.defineProperty(items, 'redraw', { value: () => false, configurable: true, writable: true });
  try {
    change();
  } finally {
    delete (items as Partial<ItemSetLike>).redraw;
  }
}
