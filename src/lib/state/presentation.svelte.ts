/**
 * Presentation mode's state: which story is presented and at which step, whether the presenter's notes
 * show, and what the slide cites. A step is shown by handing its view to the explore state
 * (`ExploreState.applyView`), so the timeline and the graph move exactly as a link to that view would move
 * them; nothing of the explore screen's logic is repeated here.
 */
import { createContext } from 'svelte';
import { readPresentLink } from '../model/present-link.ts';
import type { Source, Story } from '../model/schema.ts';
import { slideSources } from '../model/slide-sources.ts';
import { clampStep } from '../model/story-steps.ts';
import { parseViewState, type Lang, type ViewState } from '../model/view-state.ts';
import type { ExploreState } from './explore.svelte.ts';
import type { UserStories } from './user-stories.svelte.ts';

export class PresentationState {
  readonly explore: ExploreState;
  /** The curated stories, validated against the dataset before the app starts. */
  readonly bundled: readonly Story[];
  /** The story the reader is building in this session. */
  readonly user: UserStories;

  /** The story being presented; `undefined` means the explore screen is showing. */
  story = $state.raw<Story | undefined>(undefined);
  /** The current step, counted from 0. */
  index = $state(0);
  notesShown = $state(false);
  /** Parts of the link that opened the presentation and could not be read. */
  problems = $state.raw<readonly string[]>([]);

  constructor(explore: ExploreState, bundled: readonly Story[], user: UserStories) {
    this.explore = explore;
    this.bundled = bundled;
    this.user = user;
    // Derived values that read the fields above are declared here, after they are set.
    this.stories = $derived(this.user.story ? [...this.bundled, this.user.story] : this.bundled);
    this.stepView = $derived(
      this.step ? { ...parseViewState(this.step.view, this.explore.known).view, lang: this.explore.lang } : undefined,
    );
    this.sources = $derived(
      slideSources(
        { selected: this.explore.selectedEvent, events: this.explore.filtered, window: this.explore.window },
        this.explore.dataset.sources,
      ),
    );
  }

  readonly active: boolean = $derived(this.story !== undefined);

  /** Every story that can be presented: the curated ones, then the reader's own once it has a step. */
  readonly stories: readonly Story[];

  readonly step = $derived(this.story?.steps[this.index]);

  /** The current step's view, read as a link to it would be; the language stays the presenter's. */
  readonly stepView: ViewState | undefined;

  /** Where the presentation is: step `at` (from 1) of `of`. */
  readonly progress = $derived({ at: this.index + 1, of: this.story?.steps.length ?? 0 });

  /** The articles behind what the slide shows now (see `slideSources`), for its footer. */
  readonly sources: readonly Source[];

  find(id: string): Story | undefined {
    return this.stories.find((s) => s.id === id);
  }

  /** Starts presenting a story (by value or id) at a step, counted from 0. */
  present(story: Story | string, index = 0): void {
    const found = typeof story === 'string' ? this.find(story) : story;
    if (!found) return;
    this.story = found;
    this.problems = [];
    this.go(index);
  }

  /** Shows step `index` (counted from 0, kept within the story) and moves the explore state to its view. */
  go(index: number): void {
    const story = this.story;
    if (!story) return;
    this.index = clampStep(index, story.steps.length);
    const view = this.stepView;
    if (view) this.explore.applyView(view);
  }

  next(): void {
    this.go(this.index + 1);
  }

  previous(): void {
    this.go(this.index - 1);
  }

  first(): void {
    this.go(0);
  }

  last(): void {
    this.go((this.story?.steps.length ?? 1) - 1);
  }

  toggleNotes(): void {
    this.notesShown = !this.notesShown;
  }

  /** Leaves presentation mode; the explore screen opens on the view of the step last shown. */
  exit(): void {
    this.story = undefined;
    this.problems = [];
  }

  /**
   * Opens the story and step a query string names (`?present=…&step=…`), in `lang`. Returns whether it
   * did, and the parts of the link it could not read.
   */
  openFromUrl(search: string, lang: Lang): { opened: boolean; problems: readonly string[] } {
    const link = readPresentLink(search, (id) => this.find(id)?.steps.length);
    if (link.kind !== 'open') return { opened: false, problems: link.kind === 'unknown' ? link.problems : [] };
    this.explore.lang = lang;
    this.present(link.story, link.step);
    this.problems = link.problems;
    return { opened: true, problems: link.problems };
  }
}

export const [getPresentation, setPresentation] = createContext<PresentationState>();
