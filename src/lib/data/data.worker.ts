/**
 * The data worker: validation and import off the main thread, so the page keeps answering clicks while a
 * large file is checked. It forwards each request to `runDataTask` and posts back, on the port that came
 * with the request, progress and the result, a large one in chunks and pieces (`result-chunks.ts`), or its
 * events ahead of it as the bytes of the one file that holds them (`events-ahead.ts`). It reads the files
 * the page hands it unread (`read-blob.ts`).
 */
import { runDataTask, type DecodedListener } from './data-task.ts';
import type { WorkerReply, WorkerRequest } from './data-client.ts';
import { eventsBytesToSend } from './events-ahead.ts';
import { readRequest } from './read-blob.ts';
import { splitResult, type EventsAhead } from './result-chunks.ts';

/** The part of a worker's global scope used here; the project's type library is the DOM's, not the worker's. */
interface WorkerScope {
  onmessage: ((message: MessageEvent<WorkerRequest>) => void) | null;
}

// This file only ever runs as a worker's entry module, where the global object is the worker scope.
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = async (message: MessageEvent<WorkerRequest>) => {
  const { port } = message.data;
  const post = (reply: WorkerReply, transfer: Transferable[] = []) => port.postMessage(reply, transfer);
  try {
    const request = await readRequest(message.data.request);
    let ahead: Pick<EventsAhead, 'file'> | undefined;
    // The events' bytes go to the page before validation, their buffer handed over rather than copied, so
    // that the page reads them meanwhile, a part per task.
    const sendAhead: DecodedListener = (files) => {
      const sent = eventsBytesToSend(files);
      if (!sent) return;
      post({ eventsBytes: sent }, [sent.bytes.buffer]);
      ahead = { file: sent.file };
    };
    const result = runDataTask(request, (step) => post({ progress: step }), sendAhead);
    const { head, chunks, pieces = [], eventsAhead } = splitResult(result, ahead);
    for (const events of chunks) post({ events });
    for (const piece of pieces) post({ piece });
    post(eventsAhead === undefined ? { result: head } : { result: head, eventsAhead });
  } catch (error) {
    // Only a defect in Chronograph reaches here: bad input comes back as issues, never as an exception.
    post({ failure: error instanceof Error ? error.message : String(error) });
  }
};
