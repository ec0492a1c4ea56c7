/**
 * The page's side of the data worker: one request at a time per call, progress forwarded to a callback (the
 * latest step at most every PROGRESS_MS), and the result as a promise. Where there is no `Worker` (unit tests
 * in jsdom or Node) the task runs in place, so every caller has one code path.
 */
import type { ProgressStep } from '../model/progress.ts';
import type { ResolvedEvent } from '../model/resolve.ts';
import { runDataTask, type DataResult } from './data-task.ts';
import { failedResult, failureIssue } from './request-failure.ts';
import { EventBytesReader, EventPartsReader, type EventsBytes } from './events-ahead.ts';
import { latestEvery } from './latest-every.ts';
import { nextTask, onePerTask } from './one-per-task.ts';
import { readRequest, type PageRequest } from './read-blob.ts';
import { SharedPartReader, type SharedPart } from './shared-parts.ts';
import { joinAhead, joinResult, type EventsAhead, type TextPiece } from './result-chunks.ts';

/**
 * What the worker posts on a request's port: progress, the bytes of the file whose events are sent ahead or of
 * a part of it (as a buffer of its own, or in memory shared with the page), a chunk of events or a piece of
 * text, the result (saying when its events are those sent ahead), or the message of a defect.
 */
export type WorkerReply =
  | { readonly progress: ProgressStep }
  | { readonly eventsBytes: EventsBytes }
  | { readonly eventsPart: Uint8Array }
  | { readonly eventsShared: SharedPart }
  | { readonly events: readonly ResolvedEvent[] }
  | { readonly piece: TextPiece }
  | { readonly result: DataResult; readonly eventsAhead?: EventsAhead }
  | { readonly failure: string };

/** What the page posts: a request (its dataset files possibly unread), and the port on which the worker answers it. */
export interface WorkerRequest {
  readonly request: PageRequest;
  readonly port: MessagePort;
}

/**
 * The worker's clean verdict on a dataset, told before the page has read its events: how many events and actors
 * the files hold. The events then follow, with the request's result.
 */
export interface EarlyVerdict {
  readonly events: number;
  readonly actors: number;
}

/** What a caller hears while a request runs. */
export interface Listeners {
  /** Each step of the checking, at most every PROGRESS_MS; then, after an early verdict, of the page's reading. */
  readonly onProgress?: (step: ProgressStep) => void;
  /**
   * Given, the page reads the events the worker sends a part at a time only once the worker has found them
   * clean, and tells that verdict here first: on two cores the page's reading beside the checking slowed the
   * checking (`EventPartsReader`). Not given, the page reads each part as it arrives, and the result is the
   * first word.
   */
  readonly onVerdict?: (verdict: EarlyVerdict) => void;
}

/** The shortest time between two drawings of a request's progress (`latest-every.ts`). */
export const PROGRESS_MS = 100;

let worker: Worker | undefined;

/** How each request under way fails when the worker does: it could not start, or it stopped. */
const underWay = new Set<(error: Error) => void>();

function dataWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module', name: 'chronograph-data' });
  // A worker whose script cannot load, or that dies (out of memory, say), says so only here; its requests
  // would otherwise wait for ever. The next request starts a new worker.
  started.onerror = (event) => {
    event.preventDefault();
    const why = event instanceof ErrorEvent && event.message ? event.message : 'it could not start, or it stopped';
    started.terminate();
    if (worker === started) worker = undefined;
    for (const fail of [...underWay]) fail(new Error(`the data worker failed: ${why}`));
  };
  worker = started;
  return worker;
}

/** The files' bytes are transferred, not copied: a caller must not use them after the call. */
function transferables(request: PageRequest): ArrayBuffer[] {
  const files =
    request.kind === 'dataset'
      ? [...request.files, ...request.articles, ...(request.stories ? [request.stories] : [])]
      : request.kind === 'csv'
        ? [request.file, ...request.articles]
        : [request.file];
  const buffers = new Set(
    files.map((f) => ('bytes' in f ? f.bytes.buffer : undefined)).filter((b) => b instanceof ArrayBuffer),
  );
  return [...buffers];
}

/**
 * Runs a data request in the worker; `onProgress` hears each step, and `onVerdict` a clean verdict that the
 * result follows (`Listeners`). It never rejects: a defect in Chronograph (the worker failing, or failing to
 * start) comes back as an error of its own, `check-failed`, and a chosen file the browser can no longer read as
 * `file-unreadable` (`checkFailed`), for the caller to show as it shows any problem, with nothing changed.
 * Dataset files may be passed unread, for the worker to read (`read-blob.ts`).
 */
export async function runData(request: PageRequest, listeners: Listeners = {}): Promise<DataResult> {
  try {
    return typeof Worker === 'undefined'
      ? runDataTask(await readRequest(request), listeners.onProgress)
      : await runInWorker(request, listeners);
  } catch (error) {
    return checkFailed(request, error);
  }
}

/** The result of a request that could not be run (`request-failure.ts`): one error that says why. */
export function checkFailed(request: PageRequest, error: unknown): DataResult {
  const files = request.kind === 'dataset' ? request.files : [request.file];
  return failedResult(request.kind, failureIssue(files.map((f) => f.name), error));
}

/**
 * Runs a data request in the worker; rejects on a defect. Each request has its own channel, so that its
 * messages can be queued unread and read one per task (`one-per-task.ts`).
 */
function runInWorker(request: PageRequest, { onProgress = () => {}, onVerdict }: Listeners): Promise<DataResult> {
  const channel = new MessageChannel();
  let fail: (error: Error) => void = () => {};
  return new Promise<DataResult>((resolve, reject) => {
    const chunks: (readonly ResolvedEvent[])[] = [];
    const pieces: TextPiece[] = [];
    // The events sent ahead, read a part per task while the worker validates: the file's bytes, cut here, or
    // the parts the worker validates, as it reads them.
    let ahead: ReadAhead | undefined;
    const parts = new EventPartsReader();
    const shared = new SharedPartReader();
    const readPart = (bytes: Uint8Array) => {
      parts.read(bytes);
      if (!onVerdict) parts.parseNext();
    };
    const progress = latestEvery(onProgress, PROGRESS_MS);
    // Ends the request on a defect: nothing more is read, and no progress is drawn after it.
    fail = (error) => {
      channel.port1.close();
      progress.cancel();
      reject(error);
    };
    underWay.add(fail);
    const handle = (message: MessageEvent<WorkerReply>): boolean => {
      const reply = message.data;
      if ('progress' in reply) progress.push(reply.progress);
      else if ('eventsBytes' in reply) ahead = readAhead(reply.eventsBytes);
      else if ('eventsPart' in reply) readPart(reply.eventsPart);
      else if ('eventsShared' in reply) shared.read(reply.eventsShared, readPart);
      else if ('events' in reply) chunks.push(reply.events);
      else if ('piece' in reply) pieces.push(reply.piece);
      else {
        channel.port1.close();
        progress.cancel();
        // The worker has answered: what is left is the page's own reading, which the worker's end cannot fail.
        underWay.delete(fail);
        if (!('eventsAhead' in reply) || reply.eventsAhead === undefined) ahead?.reader.abandon();
        if ('failure' in reply) reject(new Error(`the data worker failed: ${reply.failure}`));
        else if (reply.eventsAhead === undefined) resolve(joinResult(reply.result, chunks, pieces));
        else {
          const { result, eventsAhead } = reply;
          // The page may still be reading the events: the result waits for the last part, the verdict does not.
          const pending = ahead ? !ahead.reader.done : parts.unparsed > 0;
          if (pending && onVerdict && result.kind === 'dataset' && result.data)
            onVerdict({ events: eventsAhead.count, actors: result.data.resolved.actors.length });
          void (ahead?.read ?? parseParts(parts, onProgress)).then(() => {
            const read = ahead
              ? ahead.reader.finish(eventsAhead.count)
              : parts.finish(eventsAhead.file, eventsAhead.count);
            if (read?.file === eventsAhead.file) resolve(joinAhead(result, read, pieces));
            else reject(new Error('the data worker failed: the events sent ahead could not be read'));
          }).catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
        }
        return true;
      }
      return false;
    };
    // A defect in reading a reply ends the request as the worker's own failure does.
    const handleSafely = (message: MessageEvent<WorkerReply>): boolean => {
      try {
        return handle(message);
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
        return true;
      }
    };
    channel.port1.onmessage = onePerTask(handleSafely);
    const message: WorkerRequest = { request, port: channel.port2 };
    dataWorker().postMessage(message, [channel.port2, ...transferables(request)]);
  }).finally(() => underWay.delete(fail));
}

/** The events sent ahead being read: the reader, and when it is done. */
interface ReadAhead {
  readonly reader: EventBytesReader;
  readonly read: Promise<void>;
}

/**
 * Parses the parts decoded and not yet parsed, a part per task, so that the page answers clicks between parts;
 * `onProgress` hears how many are done, at most every PROGRESS_MS.
 */
async function parseParts(parts: EventPartsReader, onProgress: (step: ProgressStep) => void): Promise<void> {
  const total = parts.unparsed;
  const progress = latestEvery(onProgress, PROGRESS_MS);
  try {
    while (parts.unparsed > 0) {
      parts.parseNext();
      progress.push({ phase: 'prepare', done: total - parts.unparsed, total });
      await nextTask();
    }
  } finally {
    progress.cancel();
  }
}

/** Starts reading the events sent ahead, a part per task, so that the page answers clicks between parts. */
function readAhead(sent: EventsBytes): ReadAhead {
  const reader = new EventBytesReader(sent);
  const read = async () => {
    while (!reader.done) {
      reader.readPart();
      await nextTask();
    }
  };
  return { reader, read: read() };
}
