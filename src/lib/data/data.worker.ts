/**
 * The data worker: validation and import off the main thread, so the page keeps answering clicks while a
 * large file is checked. It forwards each request to `runDataTask` and posts back, on the port that came
 * with the request, progress and the result, a large one in chunks and pieces (`result-chunks.ts`).
 */
import { runDataTask } from './data-task.ts';
import type { WorkerReply, WorkerRequest } from './data-client.ts';
import { splitResult } from './result-chunks.ts';

/** The part of a worker's global scope used here; the project's type library is the DOM's, not the worker's. */
interface WorkerScope {
  onmessage: ((message: MessageEvent<WorkerRequest>) => void) | null;
}

// This file only ever runs as a worker's entry module, where the global object is the worker scope.
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (message: MessageEvent<WorkerRequest>) => {
  const { request, port } = message.data;
  const post = (reply: WorkerReply) => port.postMessage(reply);
  try {
    const { head, chunks, pieces = [] } = splitResult(runDataTask(request, (step) => post({ progress: step })));
    for (const events of chunks) post({ events });
    for (const piece of pieces) post({ piece });
    post({ result: head });
  } catch (error) {
    // Only a defect in Chronograph reaches here: bad input comes back as issues, never as an exception.
    post({ failure: error instanceof Error ? error.message : String(error) });
  }
};
