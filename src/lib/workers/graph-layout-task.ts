/**
 * The graph layout worker's message handler, as a plain function: the worker file only wires it to its
 * messages, so the handler can be tested, and run in place, without a worker.
 */
import { drawEdges, drawingTransfer, type EdgeDrawing, type EdgeSketch } from '../model/graph-drawing.ts';
import {
  fitLayout,
  simulateLayout,
  type LayoutInput,
  type LayoutOptions,
  type LayoutPositions,
} from '../model/graph-layout.ts';

/**
 * What the page asks to have drawn with a layout: the edges, the box the layout is fitted into, and whether
 * to merge the edges into strokes (see `drawEdges`).
 */
export interface DrawingRequest {
  readonly sketch: EdgeSketch;
  readonly box: LayoutOptions;
  readonly merge: boolean;
}

/**
 * What the page asks for: the layout of `input`, under the key the page knows it by, and, if `drawing` is
 * given, its edges drawn — work the page would otherwise do on its own thread.
 */
export interface LayoutRequest {
  readonly key: string;
  readonly input: LayoutInput;
  readonly drawing?: DrawingRequest | undefined;
}

/** What the worker answers: the positions for that key (and the edges, if asked), or the message of a defect. */
export type LayoutReply =
  | { readonly key: string; readonly positions: LayoutPositions; readonly drawing?: EdgeDrawing }
  | { readonly key: string; readonly failure: string };

/** The edges of `request` drawn on its layout `positions`, fitted into the box as the page fits them. */
export function drawRequested(input: LayoutInput, positions: LayoutPositions, request: DrawingRequest): EdgeDrawing {
  const layout = fitLayout(input, positions, request.box);
  return drawEdges(request.sketch, layout.nodes, layout.zoom, request.merge);
}

/** Lays out one request. Never throws: a defect comes back as a `failure`, so the page always hears back. */
export function handleLayoutRequest(request: LayoutRequest): LayoutReply {
  try {
    const positions = simulateLayout(request.input);
    if (!request.drawing) return { key: request.key, positions };
    return { key: request.key, positions, drawing: drawRequested(request.input, positions, request.drawing) };
  } catch (error) {
    return { key: request.key, failure: error instanceof Error ? error.message : String(error) };
  }
}

/** The buffers a reply can hand over rather than copy. */
export function replyTransfer(reply: LayoutReply): ArrayBuffer[] {
  if (!('positions' in reply)) return [];
  const buffers = [reply.positions.x.buffer, reply.positions.y.buffer];
  const own = buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
  return reply.drawing ? [...own, ...drawingTransfer(reply.drawing)] : own;
}

/** A small graph, a ring of twelve nodes of mixed weights: laying it out readies the layout code. */
export const WARM_UP: LayoutInput = {
  ids: Array.from({ length: 12 }, (_, i) => `n${String(i).padStart(2, '0')}`),
  weights: Array.from({ length: 12 }, (_, i) => i % 4),
  links: Array.from({ length: 12 }, (_, i): [number, number] => [i, (i + 1) % 12]),
  radius: [6, 26],
};

/**
 * Lays out `WARM_UP` `runs` times and throws the result away. The first layouts in a fresh thread run
 * several times slower than later ones, while the engine compiles the force code; after this, a real
 * graph does not pay for that. A layout depends only on its input, never on what ran before.
 */
export function warmUp(runs = 3): void {
  for (let k = 0; k < runs; k += 1) simulateLayout(WARM_UP);
}
