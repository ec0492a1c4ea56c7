import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../src/lib/model/filters.ts';
import {
  DEFAULT_VIEW,
  formatViewState,
  parseViewState,
  type KnownIds,
  type ViewState,
} from '../src/lib/model/view-state.ts';

const known: KnownIds = {
  events: new Set(['lavrov-accuses-coalition']),
  actors: new Set(['russia', 'sdf']),
  sources: new Set(['watan']),
  subtypes: new Set(['accusation', 'denial']),
};

describe('formatViewState(view) and parseViewState(query, known)', () => {
  it('writes nothing for the default view', () => {
    expect(formatViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('', known)).toEqual({ view: DEFAULT_VIEW, problems: [] });
  });

  it('round-trips a full view', () => {
    const view: ViewState = {
      lang: 'ar',
      selected: 'lavrov-accuses-coalition',
      window: { start: '2017-05-01', end: '2017-06-30' },
      grouping: 'actor',
      level: 'state',
      filter: {
        ...EMPTY_FILTER,
        types: ['statement', 'strike'],
        subtypes: ['denial'],
        statuses: ['alleged'],
        actors: ['russia', 'sdf'],
        role: 'made',
        sources: ['watan'],
        from: '2017-05-20',
        to: '2017-06-10',
        query: 'الرقة & co',
      },
    };
    const query = formatViewState(view);
    expect(query).toContain('lang=ar');
    expect(parseViewState(query, known)).toEqual({ view, problems: [] });
  });

  it('drops and reports what it cannot read rather than guessing', () => {
    const { view, problems } = parseViewState(
      '?lang=fr&event=nope&level=planet&group=x&types=statement,rumour&actors=russia,nato&start=2017-02-30&end=2017-03-01&from=2017-06-01&to=2017-05-01',
      known,
    );
    expect(view.lang).toBe('en');
    expect(view.selected).toBeUndefined();
    expect(view.level).toBe('actor');
    expect(view.filter.types).toEqual(['statement']);
    expect(view.filter.actors).toEqual(['russia']);
    expect(view.window).toBeUndefined();
    expect(view.filter.from).toBeUndefined();
    expect(problems).toEqual([
      'event=nope',
      'start=2017-02-30',
      'from=2017-06-01&to=2017-05-01',
      'types: rumour',
      'actors: nato',
      'lang=fr',
      'group=x',
      'level=planet',
    ]);
  });

  it('rejects a window that ends before it starts', () => {
    const { view, problems } = parseViewState('?start=2017-06-01&end=2017-05-01', known);
    expect(view.window).toBeUndefined();
    expect(problems).toEqual(['start=2017-06-01&end=2017-05-01']);
  });
});
