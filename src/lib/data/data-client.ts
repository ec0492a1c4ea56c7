/**
 * The page's side of the data worker: one request at a time per call, progress forwarded to a callback, and
 * the result as a promise. Where there is no `Worker` (unit tests in jsdom or Node) the task runs in place,
 * so every caller has one code path.
 */
import type { ProgressStep } from '../model/progress.ts';
import type { ResolvedEvent } from '../model/resolve.ts';
import { runDataTask, type DataRequest, type DataResult } from './data-task.ts';
import { onePerTask } from './one-per-task.ts';
import { joinResult, type TextPiece } from './result-chunks.ts';

/** What the worker posts on a request's port: progress, a chunk of events or a piece of text, the result, or the message of a defect. */
export type WorkerReply =
  | { readonly progress: ProgressStep }
  | { readonly events: readonly ResolvedEvent[] }
  | { readonly piece: TextPiece }
  | { readonly result: DataResult }
  | { readonly failure: string };

/** What the page posts: a request, and the port on which the worker answers it. */
export interface WorkerRequest {
  readonly request: DataRequest;
  readonly port: MessagePort;
}

let worker: Worker | undefined;

function dataWorker(): Worker {
  worker ??= new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module', name: 'chronograph-data' });
  return worker;
}

/** The files' bytes are transferred, not copied: a caller must not use them after the call. */
function transferables(request: DataRequest): ArrayBuffer[] {
  const files =
    request.kind === 'dataset'
      ? [...request.files, ...request.articles, ...(request.stories ? [request.stories] : [])]
      : request.kind === 'csv'
        ? [request.file, ...request.articles]
        : [request.file];
  const buffers = new Set(files.map((f) => f.bytes.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer));
  return [...buffers];
}

/**
 * Runs a data request in the worker; `onProgress` hears each step. Rejects only on a defect. Each request
 * has its own channel, so that its messages can be queued unread and read one per task (`one-per-task.ts`).
 */
export function runData(request: DataRequest, onProgress: (step: ProgressStep) => void = () => {}): Promise<DataResult> {
  if (typeof Worker === 'undefined') return Promise.resolve(runDataTask(request, onProgress));
  const channel = new MessageChannel();
  return new Promise((resolve, reject) => {
    const chunks: (readonly ResolvedEvent[])[] = [];
    const pieces: TextPiece[] = [];
    const handle = (message: MessageEvent<WorkerReply>): boolean => {
      const reply = message.data;
      if ('progress' in reply) onProgress(reply.progress);
      else if ('events' in reply) chunks.push(reply.events);
      else if ('piece' in reply) pieces.push(reply.piece);
      else {
        channel.port1.close();
        if ('result' in reply) resolve(joinResult(reply.result, chunks, pieces));
        else reject(new Error(`the data worker failed: ${reply.failure}`));
        return true;
      }
      return false;
    };
    channel.port1.onmessage = onePerTask(handle);
    const message: WorkerRequest = { request, port: channel.port2 };
    dataWorker().postMessage(message, [channel.port2, ...transferables(request)]);
  });
}
