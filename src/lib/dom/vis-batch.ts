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
}

/** The widget, as far as a batch sees it: its item set (not in vis-timeline's types) and its queued redraw. */
export interface BatchTarget {
  redraw(): void;
}

function itemSetOf(timeline: BatchTarget): ItemSetLike | undefined {
  const candidate: unknown = (timeline as { itemSet?: unknown }).itemSet;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  return typeof (candidate as { redraw?: unknown }).redraw === 'function' ? (candidate as ItemSetLike) : undefined;
}

/** Whether `timeline` has the item set a batch works on; when not, `batch` still applies every change. */
export function canBatch(timeline: BatchTarget): boolean {
  return itemSetOf(timeline) !== undefined;
}

/**
 * Runs `change` (DataSet updates) with the item set's immediate redraws skipped, then asks for the widget's
 * redraw at the next frame. Without the item set it runs `change` as it is. The skip is an own property over
 * the prototype's method, removed afterwards even if `change` throws.
 */
export function batch(timeline: BatchTarget, change: () => void): void {
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
  timeline.redraw();
}
