/**
 * The explore screen's shareable state — selection, filters, visible window, grouping, level and language —
 * and its form in a URL query string. Parsing is strict: a value it does not understand is dropped and
 * reported, never guessed at, so a mistyped link shows what was ignored.
 */
import { isIsoDay } from './edtf.ts';
import { EMPTY_FILTER, type ActorRole, type EventFilter } from './filters.ts';
import { LEVELS, type Level } from './hierarchy.ts';
import { EVENT_TYPES, STATUSES, type EventType, type Status } from './schema.ts';
import { GROUPINGS, type Grouping } from './timeline-items.ts';

export type Lang = 'en' | 'ar';

export interface ViewState {
  readonly lang: Lang;
  /** The selected event's id. */
  readonly selected?: string | undefined;
  readonly filter: EventFilter;
  /** The timeline's visible window, `YYYY-MM-DD` days; absent means "fit all". */
  readonly window?: { readonly start: string; readonly end: string } | undefined;
  readonly grouping: Grouping;
  readonly level: Level;
}

export const DEFAULT_VIEW: ViewState = { lang: 'en', filter: EMPTY_FILTER, grouping: 'type', level: 'actor' };

const ROLES: readonly ActorRole[] = ['any', 'made', 'received'];

/** What the URL may refer to, so that unknown ids are reported rather than kept. */
export interface KnownIds {
  /** The events' ids: a set, or the events by id. */
  readonly events: Pick<ReadonlySet<string>, 'has'>;
  readonly actors: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  readonly subtypes: ReadonlySet<string>;
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

/** Reads a view from a query string; `problems` lists each ignored part in words. */
export function parseViewState(search: string, known: KnownIds): { view: ViewState; problems: string[] } {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = params.get(name);
    if (value === null) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${name}=${value}`);
    return fallback;
  };
  const ids = <T extends string>(name: string, allowed: ReadonlySet<string> | readonly string[]): T[] => {
    const has = (v: string) => (Array.isArray(allowed) ? allowed.includes(v) : (allowed as ReadonlySet<string>).has(v));
    const values = list(params.get(name));
    for (const v of values) if (!has(v)) problems.push(`${name}: ${v}`);
    return values.filter(has) as T[];
  };
  const day = (name: string): string | undefined => {
    const value = params.get(name);
    if (value === null) return undefined;
    if (isIsoDay(value)) return value;
    problems.push(`${name}=${value}`);
    return undefined;
  };

  const selectedRaw = params.get('event');
  const selected = selectedRaw !== null && known.events.has(selectedRaw) ? selectedRaw : undefined;
  if (selectedRaw !== null && selected === undefined) problems.push(`event=${selectedRaw}`);

  const start = day('start');
  const end = day('end');
  let window = start && end ? { start, end } : undefined;
  if (window && window.end < window.start) {
    problems.push(`start=${start}&end=${end}`);
    window = undefined;
  }
  let from = day('from');
  let to = day('to');
  if (from && to && to < from) {
    problems.push(`from=${from}&to=${to}`);
    from = to = undefined;
  }

  const filter: EventFilter = {
    types: ids<EventType>('types', EVENT_TYPES),
    subtypes: ids('subtypes', known.subtypes),
    statuses: ids<Status>('status', STATUSES),
    actors: ids('actors', known.actors),
    role: pick('role', ROLES, 'any'),
    sources: ids('sources', known.sources),
    from,
    to,
    query: params.get('q') ?? '',
  };
  const view: ViewState = {
    lang: pick<Lang>('lang', ['en', 'ar'], DEFAULT_VIEW.lang),
    selected,
    filter,
    window,
    grouping: pick('group', GROUPINGS, DEFAULT_VIEW.grouping),
    level: pick('level', LEVELS, DEFAULT_VIEW.level),
  };
  return { view, problems };
}

/** Writes a view as a query string, leaving out what is at its default, in a fixed order. */
export function formatViewState(view: ViewState): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | undefined, fallback?: string) => {
    if (value !== undefined && value !== '' && value !== fallback) params.set(name, value);
  };
  set('lang', view.lang, DEFAULT_VIEW.lang);
  set('event', view.selected);
  set('start', view.window?.start);
  set('end', view.window?.end);
  set('group', view.grouping, DEFAULT_VIEW.grouping);
  set('level', view.level, DEFAULT_VIEW.level);
  set('types', view.filter.types.join(','));
  set('subtypes', view.filter.subtypes.join(','));
  set('status', view.filter.statuses.join(','));
  set('actors', view.filter.actors.join(','));
  set('role', view.filter.role, 'any');
  set('sources', view.filter.sources.join(','));
  set('from', view.filter.from);
  set('to', view.filter.to);
  set('q', view.filter.query.trim());
  const text = params.toString();
  return text ? `?${text}` : '';
}
