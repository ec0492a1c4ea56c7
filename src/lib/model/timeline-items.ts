/**
 * From events to timeline items: the pure half of the timeline. It decides how each event's date is drawn
 * (a box on a known day, a range for a known span, a faded range for a date known only roughly), which row
 * it sits in, and what its label says. The vis-timeline adapter only turns these into DOM nodes.
 */
import type { EdtfValue } from './edtf.ts';
import { rollUp, type Level } from './hierarchy.ts';
import type { ResolvedDataset, ResolvedEvent } from './resolve.ts';
import type { Actor, EventType } from './schema.ts';

/** How the timeline groups its rows. */
export type Grouping = 'none' | 'type' | 'actor' | 'source';
export const GROUPINGS: readonly Grouping[] = ['none', 'type', 'actor', 'source'];

export interface TimelineItem {
  /** The event id. */
  readonly id: string;
  /** First instant drawn (UTC). */
  readonly start: Date;
  /** Last instant drawn, for ranges. */
  readonly end?: Date;
  /** `box` for a known day, `range` for a span. */
  readonly kind: 'box' | 'range';
  /** The event's type, for the breakdown of an aggregate the item falls into. */
  readonly type: EventType;
  /** Row id, when grouped. */
  readonly group?: string;
  /** The span is a bound on an uncertain or approximate date, not the event's duration. */
  readonly uncertain: boolean;
  /** Classes for type and status styling. */
  readonly className: string;
  /** Short text on the item. */
  readonly label: string;
  /** Longer text for the tooltip. */
  readonly title: string;
}

export interface TimelineGroup {
  readonly id: string;
  readonly label: string;
  /** Sort position. */
  readonly order: number;
}

/** How far an approximate date (`~`) may stray on each side, by precision, in days. */
export const APPROXIMATE_SLACK_DAYS = { day: 3, month: 15, season: 15, year: 182 } as const;

const DAY_MS = 86_400_000;

function utc(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/**
 * The span drawn for a date: a single known day is a point at noon; anything else covers every day the
 * value allows, widened for approximate dates, ending at the close of its last day.
 */
export function displaySpan(date: EdtfValue): { start: Date; end?: Date; kind: 'box' | 'range'; uncertain: boolean } {
  const uncertain = date.uncertain || date.approximate || date.precision !== 'day';
  if (date.start === date.end && !uncertain)
    return { start: new Date(utc(date.start) + DAY_MS / 2), kind: 'box', uncertain };
  const slack = date.approximate ? APPROXIMATE_SLACK_DAYS[date.precision] * DAY_MS : 0;
  return {
    start: new Date(utc(date.start) - slack),
    end: new Date(utc(date.end) + DAY_MS + slack),
    kind: 'range',
    uncertain,
  };
}

/** `f` computed once per distinct key; the extra argument is what the key stands for. */
function memo<A extends unknown[], T extends object | string>(
  f: (key: string, ...rest: A) => T,
): (key: string, ...rest: A) => T {
  const cache = new Map<string, T>();
  return (key, ...rest) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = f(key, ...rest);
    cache.set(key, value);
    return value;
  };
}

/** Text for labels: names in one language, and the words for types and subtypes. */
export interface ItemLabels {
  readonly lang: 'en' | 'ar';
  readonly subtype: (subtype: string) => string;
  readonly type: (type: ResolvedEvent['type']) => string;
  readonly date: (date: EdtfValue) => string;
  readonly sourceTitle: (sourceId: string) => string;
  readonly none: string;
}

/** The actor an event is filed under when rows are by actor: its first agent, else its first participant. */
function leadActor(event: ResolvedEvent): string | undefined {
  return (
    event.actors.find((a) => a.role === 'agent') ??
    event.actors.find((a) => a.role === 'participant') ??
    event.actors[0]
  )?.actor;
}

/** Short display name: the shortest English alias or the name, so that labels stay readable. */
function shortName(actor: Actor, lang: 'en' | 'ar'): string {
  if (lang === 'ar') return actor.name.ar;
  const candidates = [actor.name.en, ...actor.aliases.en].filter((n) => n.length >= 3);
  return candidates.reduce((a, b) => (b.length < a.length ? b : a), actor.name.en);
}

/** Items and rows for a list of events. */
export type ItemsOf = (events: readonly ResolvedEvent[]) => { items: TimelineItem[]; groups: TimelineGroup[] };

/**
 * Maps events to items and groups. `level` rolls actors up when rows are by actor (an actor row is at
 * least an organization, so a minister is filed under the ministry).
 */
export function toTimelineItems(
  dataset: ResolvedDataset,
  events: readonly ResolvedEvent[],
  grouping: Grouping,
  level: Level,
  labels: ItemLabels,
): { items: TimelineItem[]; groups: TimelineGroup[] } {
  return timelineItemsOf(dataset, grouping, level, labels)(events);
}

/**
 * `toTimelineItems` bound to a dataset, a grouping, a level and labels: each event's item is made once and
 * kept, so that a filter change — the same settings, another list of events — makes no item twice.
 */
export function timelineItemsOf(
  dataset: ResolvedDataset,
  grouping: Grouping,
  level: Level,
  labels: ItemLabels,
): ItemsOf {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const rowLevel: Level = level === 'actor' ? 'organization' : level;
  // Thousands of events share a few hundred dates, actors and subtypes, and formatting a date or walking the
  // hierarchy is the costliest step here: each is done once per distinct value.
  const rowOf = memo((lead: string) => rollUp(lead, rowLevel, actors));
  const groupOf = (event: ResolvedEvent): string => {
    if (grouping === 'type') return event.type;
    if (grouping === 'source') return event.evidence[0]?.source ?? 'none';
    const lead = leadActor(event);
    return lead ? rowOf(lead) : 'none';
  };
  const dateText = memo((_edtf: string, date: EdtfValue) => labels.date(date));
  const spanOf = memo((_edtf: string, date: EdtfValue) => displaySpan(date));
  const subtypeText = memo((subtype: string) => labels.subtype(subtype));
  const nameOf = memo((lead: string) => {
    const record = actors.get(lead);
    return record ? shortName(record, labels.lang) : '';
  });
  const classOf = memo(
    (_key: string, event: ResolvedEvent, uncertain: boolean) =>
      `type-${event.type} status-${event.status}${uncertain ? ' uncertain' : ''}`,
  );
  const made = new WeakMap<ResolvedEvent, TimelineItem>();
  const itemOf = (event: ResolvedEvent): TimelineItem => {
    const kept = made.get(event);
    if (kept) return kept;
    const span = spanOf(event.date.edtf, event.date);
    const lead = leadActor(event);
    const who = lead === undefined ? '' : nameOf(lead);
    const what = subtypeText(event.subtype);
    // Built field by field rather than with spreads: at 100,000 events the spreads' garbage was most of the cost.
    const item: { -readonly [K in keyof TimelineItem]: TimelineItem[K] } = {
      id: event.id,
      start: span.start,
      kind: span.kind,
      type: event.type,
      uncertain: span.uncertain,
      className: classOf(`${event.type} ${event.status} ${span.uncertain}`, event, span.uncertain),
      label: who ? `${who}: ${what}` : what,
      title: `${dateText(event.date.edtf, event.date)} — ${event.summary[labels.lang]}`,
    };
    if (span.end) item.end = span.end;
    if (grouping !== 'none') item.group = groupOf(event);
    made.set(event, item);
    return item;
  };
  const label = memo((id: string): string => {
    if (id === 'none') return labels.none;
    if (grouping === 'type') return labels.type(id as ResolvedEvent['type']);
    if (grouping === 'source') return labels.sourceTitle(id);
    const actor = actors.get(id);
    return actor ? actor.name[labels.lang] : id;
  });

  return (events) => {
    const items = events.map(itemOf);
    if (grouping === 'none') return { items, groups: [] };
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item.group ?? 'none', (counts.get(item.group ?? 'none') ?? 0) + 1);
    // Busiest rows first, so the rows most worth reading are on top; ties by label.
    const sorted = [...counts.keys()].sort(
      (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || label(a).localeCompare(label(b)),
    );
    return { items, groups: sorted.map((id, order) => ({ id, label: label(id), order })) };
  };
}

/** Each item's first and last instant, in ms, by its place in the list. */
export interface ItemTimes {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/** The times of lists of items, kept while the list lives: a pan or a zoom reads the same list again. */
const times = new WeakMap<readonly TimelineItem[], ItemTimes>();

/**
 * The first and last instant of each item of `items`, read once per list: aggregation compares them with the
 * window over and over, and reading them from numbers is several times faster than from the items' dates.
 */
export function itemTimes(items: readonly TimelineItem[]): ItemTimes {
  const kept = times.get(items);
  if (kept) return kept;
  const read = { starts: new Float64Array(items.length), ends: new Float64Array(items.length) };
  items.forEach((item, k) => {
    read.starts[k] = item.start.getTime();
    read.ends[k] = (item.end ?? item.start).getTime();
  });
  times.set(items, read);
  return read;
}

/** From the first item's start to the last item's end, with a little room each side; none for no items. */
export function itemsExtent(items: readonly TimelineItem[]): { start: Date; end: Date } | undefined {
  const { starts, ends } = itemTimes(items);
  let first = Infinity;
  let last = -Infinity;
  for (let k = 0; k < items.length; k++) {
    first = Math.min(first, starts[k] ?? Infinity);
    last = Math.max(last, ends[k] ?? -Infinity);
  }
  if (first > last) return undefined;
  const pad = Math.max(DAY_MS, (last - first) * 0.02);
  return { start: new Date(first - pad), end: new Date(last + pad) };
}

/**
 * `extent` widened so that, drawn `width` pixels wide, it leaves `room` pixels at each end (at most a quarter
 * of the width each): an event's label runs on past its day, so the last ones need room to be read.
 */
export function withRoom(extent: { start: Date; end: Date }, width: number, room: number): { start: Date; end: Date } {
  const [start, end] = [extent.start.getTime(), extent.end.getTime()];
  const inner = Math.max(width - 2 * room, width / 2, 1);
  const pad = ((end - start) * (Math.max(width, 1) / inner - 1)) / 2;
  return { start: new Date(start - pad), end: new Date(end + pad) };
}
