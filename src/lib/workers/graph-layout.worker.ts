/**
 * The graph layout worker: a thousand-node layout takes a few hundred milliseconds, which the page spends
 * answering the reader instead; it draws the edges too when asked (see `DrawingRequest`). It hands each
 * request to `handleLayoutRequest` and posts the answer back, the positions' and curves' buffers
 * transferred rather than copied. (`addEventListener` and `postMessage` are typed by the DOM library as the
 * window's; in a worker they are the worker scope's, which take the same arguments.)
 */
import { handleLayoutRequest, replyTransfer, warmUp, type LayoutRequest } from './graph-layout-task.ts';

// Ready the force code before the first request: requests that arrive meanwhile wait their turn.
warmUp();

addEventListener('message', (message: MessageEvent<LayoutRequest>) => {
  const reply = handleLayoutRequest(message.data);
  postMessage(reply, { transfer: replyTransfer(reply) });
});
