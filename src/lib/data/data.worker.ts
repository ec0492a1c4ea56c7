/**
 * The data worker: validation and import off the main thread, so the page keeps answering clicks while a
 * large file is checked. It forwards each request to `runDataTask` and posts back progress and the result,
 * a large one in chunks (`result-chunks.ts`).
 */
import { runDataTask, type DataRequest } from './data-task.ts';
import type { WorkerReply } from './data-client.ts';
import { splitResult } from './result-chunks.ts';

/** The part of a worker's global scope used here; the project's type library is the DOM's, not the worker's. */
interface WorkerScope {
  onmessage: ((message: MessageEvent<{ id: number; request: DataRequest }>) => void) | null;
  postMessage(reply: WorkerReply): void;
}

// This file only ever runs as a worker's entry module, where the global object is the worker scope.
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (message: MessageEvent<{ id: number; request: DataRequest }>) => {
  const { id, request } = message.data;
  const post = (reply: WorkerReply) => scope.postMessage(reply);
  try {
    const { head, chunks } = splitResult(runDataTask(request, (step) => post({ id, progress: step })));
    for (const events of chunks) post({ id, events });
    post({ id, result: head });
  } catch (error) {
    // Only a defect in Chronograph reaches here: bad input comes back as issues, never as an exception.
    post({ id, failure: error instanceof Error ? error.message : String(error) });
  }
};
