/**
 * The graph layout worker's message handler, as a plain function: the worker file only wires it to its
 * messages, so the handler can be tested, and run in place, without a worker.
 */
import { simulateLayout, type LayoutInput, type LayoutPositions } from '../model/graph-layout.ts';

/** What the page asks for: the layout of `input`, under the key the page knows it by. */
export interface LayoutRequest {
  readonly key: string;
  readonly input: LayoutInput;
}

/** What the worker answers: the positions for that key, or the message of a defect. */
export type LayoutReply =
  { readonly key: string; readonly positions: LayoutPositions } | { readonly key: string; readonly failure: string };

/** Lays out one request. Never throws: a defect comes back as a `failure`, so the page always hears back. */
export function handleLayoutRequest(request: LayoutRequest): LayoutReply {
  try {
    return { key: request.key, positions: simulateLayout(request.input) };
  } catch (error) {
    return { key: request.key, failure: error instanceof Error ? error.message : String(error) };
  }
}

/** The buffers a reply can hand over rather than copy. */
export function replyTransfer(reply: LayoutReply): ArrayBuffer[] {
  if (!('positions' in reply)) return [];
  return [reply.positions.x.buffer, reply.positions.y.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
