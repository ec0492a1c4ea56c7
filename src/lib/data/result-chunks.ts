/**
 * A large result crosses from the worker in pieces. Copying a message into the page is one task on its main
 * thread, as long as the message is big — about a second for 100,000 events — so the events go ahead in
 * chunks, each a short task between which the page answers clicks, and the rest of the result follows.
 */
import type { ResolvedEvent } from '../model/resolve.ts';
import type { DataResult } from './data-task.ts';

/** Events per message: a few milliseconds of copying each. */
export const EVENTS_PER_CHUNK = 2000;

/** The result without its events, and the events in chunks; a small result is one piece. */
export function splitResult(result: DataResult): { head: DataResult; chunks: (readonly ResolvedEvent[])[] } {
  if (result.kind === 'csv-header' || !result.data || result.data.resolved.events.length <= EVENTS_PER_CHUNK) {
    return { head: result, chunks: [] };
  }
  const { events } = result.data.resolved;
  const chunks: (readonly ResolvedEvent[])[] = [];
  for (let k = 0; k < events.length; k += EVENTS_PER_CHUNK) chunks.push(events.slice(k, k + EVENTS_PER_CHUNK));
  const data = { ...result.data, resolved: { ...result.data.resolved, events: [] } };
  return { head: { ...result, data }, chunks };
}

/** The result with the chunks' events back in place, in order. */
export function joinResult(head: DataResult, chunks: readonly (readonly ResolvedEvent[])[]): DataResult {
  if (chunks.length === 0 || head.kind === 'csv-header' || !head.data) return head;
  const data = { ...head.data, resolved: { ...head.data.resolved, events: chunks.flat() } };
  return { ...head, data };
}
