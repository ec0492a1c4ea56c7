import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../src/lib/model/filters.ts';
import { presentQuery, readPresentLink, type PresentLink } from '../src/lib/model/present-link.ts';
import { DEFAULT_VIEW } from '../src/lib/model/view-state.ts';

/** One story of four steps. */
const steps = (id: string) => (id === 'a-story' ? 4 : undefined);

describe('readPresentLink(search, stepCount)', () => {
  const cases: [string, string, PresentLink][] = [
    ['no story named', '?event=x&level=state', { kind: 'none' }],
    ['a story and no step', '?present=a-story', { kind: 'open', story: 'a-story', step: 0, problems: [] }],
    [
      'a story and its third step',
      '?present=a-story&step=3',
      { kind: 'open', story: 'a-story', step: 2, problems: [] },
    ],
    ['the last step', '?present=a-story&step=4', { kind: 'open', story: 'a-story', step: 3, problems: [] }],
    [
      'a step past the end',
      '?present=a-story&step=5',
      { kind: 'open', story: 'a-story', step: 0, problems: ['step=5'] },
    ],
    ['step zero', '?present=a-story&step=0', { kind: 'open', story: 'a-story', step: 0, problems: ['step=0'] }],
    [
      'a step that is not a number',
      '?present=a-story&step=two',
      { kind: 'open', story: 'a-story', step: 0, problems: ['step=two'] },
    ],
    [
      'a fractional step',
      '?present=a-story&step=1.5',
      { kind: 'open', story: 'a-story', step: 0, problems: ['step=1.5'] },
    ],
    ['an unknown story', '?present=no-story&step=2', { kind: 'unknown', problems: ['present=no-story'] }],
    ['an empty story id', '?present=', { kind: 'unknown', problems: ['present='] }],
  ];
  it.each(cases)('reads %s', (_name, search, expected) => {
    expect(readPresentLink(search, steps)).toEqual(expected);
  });
});

describe('presentQuery(view, story, step)', () => {
  it('puts the view first, then the story and the step counted from 1', () => {
    const view = { ...DEFAULT_VIEW, selected: 'an-event', window: { start: '2017-05-01', end: '2017-05-31' } };
    expect(presentQuery(view, 'a-story', 1)).toBe(
      '?event=an-event&start=2017-05-01&end=2017-05-31&present=a-story&step=2',
    );
  });

  it('keeps the language when it is not the default', () => {
    expect(presentQuery({ ...DEFAULT_VIEW, lang: 'ar', filter: EMPTY_FILTER }, 'a-story', 0)).toBe(
      '?lang=ar&present=a-story&step=1',
    );
  });

  it('reads back as the same story and step', () => {
    const query = presentQuery({ ...DEFAULT_VIEW, level: 'state' }, 'a-story', 3);
    expect(readPresentLink(query, steps)).toEqual({ kind: 'open', story: 'a-story', step: 3, problems: [] });
  });
});
