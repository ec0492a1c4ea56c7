/**
 * The change from one set of timeline items (or rows) to the next, by id: what to add, what to update and
 * what to remove, so that the adapter touches only what changed and vis-timeline redraws only that. An item
 * that moves to another row is removed and added again, because a vis-data update merges fields and would
 * keep a row the item no longer has.
 */
import type { ShownItem } from './timeline-aggregate.ts';
import type { TimelineGroup } from './timeline-items.ts';

export interface Diff<T> {
  readonly add: readonly T[];
  readonly update: readonly T[];
  readonly remove: readonly string[];
}

/**
 * Compares `next` with `previous` by id. `same` says two versions draw the same; `moved`, that the change
 * cannot be an update. Ids of `next` are taken as unique.
 */
export function diffById<T extends { readonly id: string }>(
  previous: ReadonlyMap<string, T>,
  next: readonly T[],
  same: (a: T, b: T) => boolean,
  moved: (a: T, b: T) => boolean = () => false,
): Diff<T> {
  const add: T[] = [];
  const update: T[] = [];
  const remove: string[] = [];
  const kept = new Set<string>();
  for (const item of next) {
    kept.add(item.id);
    const old = previous.get(item.id);
    if (old === undefined) add.push(item);
    else if (moved(old, item)) {
      remove.push(item.id);
      add.push(item);
    } else if (old !== item && !same(old, item)) update.push(item);
  }
  for (const id of previous.keys()) if (!kept.has(id)) remove.push(id);
  return { add, update, remove };
}

const time = (date: Date | undefined) => date?.getTime();

/** Two versions of an item draw the same: same span, shape, row, classes and words. */
export function sameItem(a: ShownItem, b: ShownItem): boolean {
  return (
    a.kind === b.kind &&
    time(a.start) === time(b.start) &&
    time(a.end) === time(b.end) &&
    a.group === b.group &&
    a.className === b.className &&
    a.label === b.label &&
    a.title === b.title
  );
}

/** An item changed rows. */
export function movedItem(a: ShownItem, b: ShownItem): boolean {
  return a.group !== b.group;
}

/** Two versions of a row draw the same. */
export function sameGroup(a: TimelineGroup, b: TimelineGroup): boolean {
  return a.label === b.label && a.order === b.order;
}
