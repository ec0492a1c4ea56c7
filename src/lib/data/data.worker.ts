/**
 * The data worker: validation and import off the main thread, so the page keeps answering clicks while a
 * large file is checked. It reads the files the page hands it unread (`read-blob.ts`) and answers each
 * request on the port that came with it (`worker-replies.ts`).
 */
import type { WorkerReply, WorkerRequest } from './data-client.ts';
import { readRequest } from './read-blob.ts';
import { failedResult, failureIssue, UnreadableFile } from './request-failure.ts';
import { answerRequest } from './worker-replies.ts';

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
    answerRequest(await readRequest(message.data.request), post);
  } catch (error) {
    // A chosen file the browser could not read is answered as a problem with that file.
    if (error instanceof UnreadableFile) {
      post({ result: failedResult(message.data.request.kind, failureIssue([], error)) });
      return;
    }
    // Only a defect in Chronograph reaches here: bad input comes back as issues, never as an exception.
    post({ failure: error instanceof Error ? error.message : String(error) });
  }
};
