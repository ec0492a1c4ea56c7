/**
 * The data worker answering in place, for tests in Node or jsdom, which have no workers: each request is read
 * as the worker reads it and answered by the worker's own `answerRequest` on the request's port (a real
 * message port), parts sent as copies — there is no memory shared between these ports. Installed as the global
 * `Worker`, it lets `runData` take the path it takes in a browser.
 */
import type { WorkerReply, WorkerRequest } from '../../src/lib/data/data-client.ts';
import { readRequest } from '../../src/lib/data/read-blob.ts';
import { answerRequest } from '../../src/lib/data/worker-replies.ts';

/** What the worker does to its replies on their way: by default nothing. */
export const inPlaceWorker = {
  /**
   * Spoils each part of an events file after the worker has checked it, as a defect between the threads
   * would: the part's first closing brace becomes a space, so the page cannot parse it.
   */
  spoilParts: false,
};

export class InPlaceWorker {
  onerror: ((event: Event) => void) | null = null;

  postMessage(message: WorkerRequest): void {
    const { port } = message;
    const post = (reply: WorkerReply, transfer: Transferable[] = []) => {
      if (inPlaceWorker.spoilParts && 'eventsPart' in reply) reply.eventsPart[reply.eventsPart.indexOf(125)] = 32;
      port.postMessage(reply, transfer);
    };
    // In a task of its own, as a worker's answer comes after the page has posted.
    setTimeout(() => void readRequest(message.request).then((read) => answerRequest(read, post, false)));
  }

  terminate(): void {}
}
