/**
 * What the presentation and its notes window say to each other over a BroadcastChannel: the presenter's
 * window announces each slide; the notes window asks for the current one when it opens and can move the
 * presentation on or back. Messages are checked on arrival, since a channel carries whatever is posted to it.
 */
import type { Lang } from './view-state.ts';

/** The channel's name; both windows are of the same origin. */
export const NOTES_CHANNEL = 'chronograph-presenter-notes';

/** The slide being shown, as the notes window needs it. */
export interface SlideMessage {
  readonly type: 'slide';
  readonly lang: Lang;
  /** The story's title. */
  readonly title: string;
  readonly caption: string;
  readonly notes: string;
  /** The step, counted from 1, and the number of steps. */
  readonly at: number;
  readonly of: number;
}

export type NotesMessage = SlideMessage | { readonly type: 'hello' | 'next' | 'previous' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The message `data` holds, or `undefined` if it is not one. */
export function readNotesMessage(data: unknown): NotesMessage | undefined {
  if (!isRecord(data)) return undefined;
  const { type } = data;
  if (type === 'hello' || type === 'next' || type === 'previous') return { type };
  if (type !== 'slide') return undefined;
  const { lang, title, caption, notes, at, of } = data;
  if (lang !== 'en' && lang !== 'ar') return undefined;
  if (typeof title !== 'string' || typeof caption !== 'string' || typeof notes !== 'string') return undefined;
  if (!Number.isInteger(at) || !Number.isInteger(of) || typeof at !== 'number' || typeof of !== 'number')
    return undefined;
  return { type, lang, title, caption, notes, at, of };
}
