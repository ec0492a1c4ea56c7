/**
 * The page's side of the data worker: one request at a time per call, progress forwarded to a callback, and
 * the result as a promise. Where there is no `Worker` (unit tests in jsdom or Node) the task runs in place,
 * so every caller has one code path.
 */
import type { ProgressStep } from '../model/progress.ts';
import type { ResolvedEvent } from '../model/resolve.ts';
import { runDataTask, type DataRequest, type DataResult } from './data-task.ts';
import { joinResult } from './result-chunks.ts';

/** What the worker posts: progress, the result, or the message of a defect. */
export type WorkerReply =
  | { readonly id: number; readonly progress: ProgressStep }
  | { readonly id: number; readonly events: readonly ResolvedEvent[] }
  | { readonly id: number; readonly result: DataResult }
  | { readonly id: number; readonly failure: string };

let worker: Worker | undefined;
let nextId = 1;

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

/** Runs a data request in the worker; `onProgress` hears each step. Rejects only on a defect. */
export function runData(request: DataRequest, onProgress: (step: ProgressStep) => void = () => {}): Promise<DataResult> {
  if (typeof Worker === 'undefined') return Promise.resolve(runDataTask(request, onProgress));
  const id = nextId++;
  const target = dataWorker();
  return new Promise((resolve, reject) => {
    const chunks: (readonly ResolvedEvent[])[] = [];
    const listen = (message: MessageEvent<WorkerReply>) => {
      const reply = message.data;
      if (reply.id !== id) return;
      if ('progress' in reply) return onProgress(reply.progress);
      if ('events' in reply) return void chunks.push(reply.events);
      target.removeEventListener('message', listen);
      if ('result' in reply) resolve(joinResult(reply.result, chunks));
      else reject(new Error(`the data worker failed: ${reply.failure}`));
    };
    target.addEventListener('message', listen);
    target.postMessage({ id, request }, transferables(request));
  });
}
