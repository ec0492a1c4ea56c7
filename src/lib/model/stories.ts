/**
 * Stories, validated against the dataset they tell: each step's view must be one the explore screen can
 * open — only settings it knows and ids the dataset has — so a briefing never fails in front of a room.
 */
import * as v from 'valibot';
import type { Issue } from './issue.ts';
import { parseJson } from './json-text.ts';
import { locate, schemaIssue, type DatasetFile } from './records.ts';
import { Story, type Dataset } from './schema.ts';
import { parseViewState, type KnownIds } from './view-state.ts';

export interface StoriesResult {
  /** The stories, only when there were no issues. */
  readonly stories?: readonly Story[];
  readonly issues: readonly Issue[];
}

/** What stories are checked against: a dataset's ids and subtypes, in either form of its dates. */
export type StoryContext = Pick<Dataset, 'actors' | 'sources'> & {
  readonly events: readonly Pick<Dataset['events'][number], 'id' | 'subtype'>[];
};

/** The ids a view may refer to in this dataset. */
export function knownIds(dataset: StoryContext): KnownIds {
  return {
    events: new Set(dataset.events.map((e) => e.id)),
    actors: new Set(dataset.actors.map((a) => a.id)),
    sources: new Set(dataset.sources.map((s) => s.id)),
    subtypes: new Set(dataset.events.map((e) => e.subtype)),
  };
}

/** Validates a stories file (an array of stories sorted by id) against a validated dataset. */
export function validateStories(file: DatasetFile, dataset: StoryContext): StoriesResult {
  const parsed = parseJson(file.text);
  const origin = { file: file.file, positions: parsed.positions };
  const issues: Issue[] = parsed.problems.map((p) => locate(origin, p.pointer, p.code, p.message));
  if (!('value' in parsed)) return { issues };
  if (!Array.isArray(parsed.value)) {
    return { issues: [...issues, locate(origin, '', 'document-shape', 'a stories file holds an array of stories')] };
  }
  // The ids are gathered only when there is a story to check: at 100,000 events it is a pass worth skipping.
  let known: KnownIds | undefined;
  const stories: Story[] = [];
  const seen = new Set<string>();
  let previous: string | undefined;
  parsed.value.forEach((item: unknown, index) => {
    const at = `/${index}`;
    const result = v.safeParse(Story, item, { abortEarly: false });
    if (!result.success) {
      const id =
        item !== null && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? item.id : undefined;
      for (const problem of result.issues) {
        const { code, at: where, message } = schemaIssue(problem, at);
        issues.push(locate(origin, where, code, message, id));
      }
      return;
    }
    const story = result.output;
    if (seen.has(story.id))
      issues.push(locate(origin, `${at}/id`, 'id-duplicate', `id "${story.id}" is already used`, story.id));
    if (previous !== undefined && story.id < previous) {
      issues.push(locate(origin, `${at}/id`, 'records-unsorted', `"${story.id}" comes after "${previous}"`, story.id));
    }
    seen.add(story.id);
    previous = story.id;
    story.steps.forEach((step, k) => {
      known ??= knownIds(dataset);
      const { problems } = parseViewState(step.view, known);
      if (problems.length) {
        issues.push(
          locate(
            origin,
            `${at}/steps/${k}/view`,
            'story-view-invalid',
            `cannot open: ${problems.join(', ')}`,
            story.id,
          ),
        );
      }
    });
    stories.push(story);
  });
  return issues.length ? { issues } : { stories, issues };
}
