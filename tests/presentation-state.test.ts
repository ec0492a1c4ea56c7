import { describe, expect, it } from 'vitest';
import type { Story } from '../src/lib/model/schema.ts';
import { ExploreState } from '../src/lib/state/explore.svelte.ts';
import { PresentationState } from '../src/lib/state/presentation.svelte.ts';
import { USER_STORY_ID, UserStories } from '../src/lib/state/user-stories.svelte.ts';
import { validatePaths } from '../src/node/dataset-files.ts';
import { bundledDataset } from './helpers/bundled-dataset.ts';

const stories = validatePaths([]).stories ?? [];
const story = stories[0] as Story;

function setUp() {
  const explore = new ExploreState(bundledDataset());
  const presentation = new PresentationState(explore, stories, new UserStories());
  return { explore, presentation };
}

describe('PresentationState', () => {
  it("present(story) shows its first step and moves the explore state to the step's view", () => {
    const { explore, presentation } = setUp();
    presentation.present(story.id);
    expect(presentation.active).toBe(true);
    expect(presentation.step).toBe(story.steps[0]);
    expect(presentation.progress).toEqual({ at: 1, of: story.steps.length });
    const params = new URLSearchParams(story.steps[0]?.view);
    expect(explore.window?.start).toBe(params.get('start'));
    expect(explore.level).toBe(params.get('level') ?? 'actor');
  });

  it('next, previous, first, last and go(n) stay within the story', () => {
    const { explore, presentation } = setUp();
    presentation.present(story);
    presentation.previous();
    expect(presentation.index).toBe(0);
    presentation.next();
    expect(presentation.index).toBe(1);
    expect(explore.selected).toBe(new URLSearchParams(story.steps[1]?.view).get('event'));
    presentation.last();
    expect(presentation.index).toBe(story.steps.length - 1);
    presentation.next();
    expect(presentation.index).toBe(story.steps.length - 1);
    presentation.first();
    expect(presentation.index).toBe(0);
    presentation.go(99);
    expect(presentation.index).toBe(story.steps.length - 1);
  });

  it("keeps the presenter's language when it applies a step's view", () => {
    const { explore, presentation } = setUp();
    explore.lang = 'ar';
    presentation.present(story, 1);
    expect(explore.lang).toBe('ar');
    expect(presentation.stepView?.lang).toBe('ar');
  });

  it('openFromUrl opens the linked story and step, and reports what it cannot read', () => {
    const { explore, presentation } = setUp();
    expect(presentation.openFromUrl(`?present=${story.id}&step=2`, 'ar')).toEqual({ opened: true, problems: [] });
    expect(presentation.index).toBe(1);
    expect(explore.lang).toBe('ar');
    expect(presentation.openFromUrl(`?present=${story.id}&step=99`, 'en')).toEqual({
      opened: true,
      problems: ['step=99'],
    });
    expect(presentation.index).toBe(0);
    presentation.exit();
    expect(presentation.openFromUrl('?present=nothing', 'en')).toEqual({
      opened: false,
      problems: ['present=nothing'],
    });
    expect(presentation.active).toBe(false);
    expect(presentation.openFromUrl('?event=x', 'en')).toEqual({ opened: false, problems: [] });
  });

  it('toggles the notes and exits', () => {
    const { presentation } = setUp();
    presentation.present(story);
    presentation.toggleNotes();
    expect(presentation.notesShown).toBe(true);
    presentation.exit();
    expect(presentation.active).toBe(false);
    expect(presentation.step).toBeUndefined();
  });

  it("lists the reader's story once it has a step, and presents it like a curated one", () => {
    const { explore, presentation } = setUp();
    expect(presentation.stories.map((s) => s.id)).not.toContain(USER_STORY_ID);
    presentation.user.add('?level=state', { en: 'One', ar: 'واحد' });
    presentation.user.add('?group=actor', { en: 'Two', ar: 'اثنان' }, { en: 'Say two.', ar: 'قل اثنين.' });
    presentation.user.move(1, -1);
    expect(presentation.stories.at(-1)?.id).toBe(USER_STORY_ID);
    presentation.present(USER_STORY_ID);
    expect(presentation.step?.caption.en).toBe('Two');
    expect(explore.grouping).toBe('actor');
    presentation.next();
    expect(presentation.step?.caption.en).toBe('One');
    expect(explore.level).toBe('state');
  });

  it('cites the sources of what the explore state shows', () => {
    const { explore, presentation } = setUp();
    presentation.present(story, 1);
    const selected = explore.selectedEvent;
    expect(selected).toBeDefined();
    const expected = new Set(selected?.evidence.map((e) => e.source));
    for (const source of presentation.sources) expect(expected.has(source.id)).toBe(true);
  });
});
