import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Code } from '../src/lib/model/codes.ts';
import { Dataset } from '../src/lib/model/schema.ts';
import { validateStories } from '../src/lib/model/stories.ts';
import { validatePaths } from '../src/node/dataset-files.ts';
import { fixture } from './helpers/fixture.ts';

const dataset = v.parse(Dataset, fixture());
const story = () => ({
  id: 'fixture-story',
  title: { en: 'A story', ar: 'قصة' },
  summary: { en: 'What it shows.', ar: 'ما تعرضه.' },
  steps: [
    {
      view: '?event=mod-accuses-coalition-shelling-raqqa&start=2017-05-01&end=2017-06-30&level=state',
      caption: { en: 'The accusation.', ar: 'الاتهام.' },
      notes: { en: 'Say this.', ar: 'قل هذا.' },
    },
  ],
});
const check = (stories: unknown) =>
  validateStories({ file: 'stories.json', text: JSON.stringify(stories, null, 2) }, dataset);

describe('validateStories(file, dataset)', () => {
  it('accepts a story whose views the dataset can open', () => {
    expect(check([story()])).toEqual({ stories: [story()], issues: [] });
  });

  const broken: [string, (s: ReturnType<typeof story>) => void, Code, string][] = [
    [
      'an unknown event in a view',
      (s) => (s.steps[0]!.view = '?event=no-such-event'),
      'story-view-invalid',
      '/0/steps/0/view',
    ],
    ['an unknown actor in a view', (s) => (s.steps[0]!.view = '?actors=nato'), 'story-view-invalid', '/0/steps/0/view'],
    [
      'an impossible window',
      (s) => (s.steps[0]!.view = '?start=2017-02-30&end=2017-03-01'),
      'story-view-invalid',
      '/0/steps/0/view',
    ],
    ['a view that is not a query', (s) => (s.steps[0]!.view = 'event=x'), 'story-view-syntax', '/0/steps/0/view'],
    ['no steps', (s) => (s.steps = []), 'story-empty', '/0/steps'],
    ['a blank caption', (s) => (s.steps[0]!.caption.ar = '  '), 'text-blank', '/0/steps/0/caption/ar'],
  ];
  it.each(broken)('reports %s with its code and location', (_name, mutate, code, pointer) => {
    const s = story();
    mutate(s);
    const result = check([s]);
    expect(result.stories).toBeUndefined();
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code, pointer, record: 'fixture-story', file: 'stories.json' }),
    );
  });

  it('reports duplicate and unsorted ids', () => {
    const a = story();
    const z = { ...story(), id: 'zz-story' };
    const codes = check([z, a, a]).issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['records-unsorted', 'id-duplicate']));
  });
});

describe('data/stories.json', () => {
  it('holds at least three stories that validate against the bundled dataset', () => {
    const result = validatePaths([]);
    expect(result.issues).toEqual([]);
    expect(result.stories?.length).toBeGreaterThanOrEqual(3);
    for (const s of result.stories ?? []) expect(s.steps.length).toBeGreaterThanOrEqual(3);
  });
});
