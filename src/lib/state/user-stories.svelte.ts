/**
 * The story a reader builds on the explore screen, one "Add current view as a step" at a time. It starts from
 * the stories the workspace restored from the device, and `stored` is its JSON text for the workspace to save.
 */
import { STRINGS } from '../i18n/strings.ts';
import type { Story, StoryStep } from '../model/schema.ts';
import { moveItem } from '../model/story-steps.ts';

/** The id of the story being built; bundled story ids are dated, so they do not take this one. */
export const USER_STORY_ID = 'my-story';

/** Words in both languages. */
export interface Localized {
  en: string;
  ar: string;
}

export class UserStories {
  /** The steps in order. Deeply reactive, so that the editing form can bind to each caption and note. */
  steps = $state<StoryStep[]>([]);

  /** Starts from a stored story, if the workspace restored one. */
  constructor(stored: readonly Story[] = []) {
    const mine = stored.find((story) => story.id === USER_STORY_ID);
    if (mine)
      this.steps = mine.steps.map((step) => ({ ...step, caption: { ...step.caption }, notes: { ...step.notes } }));
  }

  /** The story as the presentation takes it, once it has a step. */
  readonly story: Story | undefined = $derived(
    this.steps.length === 0
      ? undefined
      : {
          id: USER_STORY_ID,
          title: { en: STRINGS.en.myStory, ar: STRINGS.ar.myStory },
          summary: { en: STRINGS.en.myStorySummary, ar: STRINGS.ar.myStorySummary },
          steps: this.steps,
        },
  );

  /** The stories as stored: a JSON array holding the reader's story, or none. */
  get stored(): string {
    return JSON.stringify(this.story ? [$state.snapshot(this.story)] : []);
  }

  /** Appends a step showing `view` (a query string, as the URL holds it). */
  add(view: string, caption: Localized, notes: Localized = { en: '', ar: '' }): void {
    this.steps.push({ view, caption: { ...caption }, notes: { ...notes } });
  }

  remove(index: number): void {
    this.steps.splice(index, 1);
  }

  /** Moves a step earlier (`-1`) or later (`1`). */
  move(index: number, delta: -1 | 1): void {
    this.steps = moveItem(this.steps, index, delta);
  }
}
