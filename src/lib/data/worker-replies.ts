/**
 * What the data worker posts for one request, once its files are read: progress; the events' bytes ahead of
 * the result, handed over rather than copied, so that the page reads them while the worker validates
 * (`events-ahead.ts`) — each part of an events file validated a part at a time as it is read
 * (`validate-in-parts.ts`), through memory shared with the page where it is cross-origin isolated
 * (`shared-parts.ts`), or else the whole events file's bytes, a dataset's own as soon as they are read, a
 * backup's once it is unpacked; then the result, a large one in chunks and pieces (`result-chunks.ts`). A
 * function of the request and of `post`, so that the tests can hear what the worker would say.
 */
import type { WorkerReply } from './data-client.ts';
import type { ProgressStep } from '../model/progress.ts';
import { isBackupFile, readsInParts, runDatasetInParts, runDataTask, type DataRequest } from './data-task.ts';
import { asArray, findEventsArray, type EventsBytes } from './events-ahead.ts';
import { splitResult, type EventsAhead } from './result-chunks.ts';
import { canShareMemory, SharedPartWriter } from './shared-parts.ts';

/** Posts a reply, handing over the buffers in `transfer`. */
export type PostReply = (reply: WorkerReply, transfer?: Transferable[]) => void;

/**
 * How each part of an events file read in parts goes to the page: through shared memory when there is a
 * `writer` with a slot free (`shared-parts.ts`), else as a copy of its bytes, handed over.
 */
export function partSender(
  bytes: Uint8Array,
  post: PostReply,
  writer?: SharedPartWriter,
): (from: number, to: number) => void {
  return (from, to) =>
    asArray(bytes, from, to, (array) => {
      const inSlot = writer?.write(array);
      if (inSlot) return post({ eventsShared: inSlot });
      const part = array.slice();
      post({ eventsPart: part }, [part.buffer]);
    });
}

/**
 * Answers one request through `post`; throws only on a defect, bad input being answered with issues. `shared`
 * says whether parts may go to the page through shared memory, which needs a cross-origin isolated page.
 */
export function answerRequest(request: DataRequest, post: PostReply, shared: boolean = canShareMemory()): void {
  const progress = (step: ProgressStep) => post({ progress: step });
  let ahead: (Pick<EventsAhead, 'file'> & Partial<EventsAhead>) | undefined;
  // The bytes go to the page, a copy of them handed over, for it to read while the worker validates.
  const sendAhead = (sent: EventsBytes | undefined) => {
    if (!sent) return;
    const bytes = sent.bytes.slice();
    post({ eventsBytes: { ...sent, bytes } }, [bytes.buffer]);
    ahead = { file: sent.file };
  };
  // The files as read are the files validated, in order, unless one is a backup, which holds the real ones.
  const early = request.kind === 'dataset' && !request.files.some(isBackupFile) ? request : undefined;
  const found = early && findEventsArray(early.files.map(({ name, bytes }) => ({ file: name, bytes })));
  // A dataset whose events file can be validated a part at a time sends each part to the page as it is read
  // (`partSender`); a dataset that is not clean is then read again whole, to say what is wrong. Any
  // other sends a copy of the whole file's bytes at once.
  const inParts = early && found && readsInParts(early, found);
  if (!inParts) sendAhead(found);
  const clean = inParts
    ? runDatasetInParts(early, found, progress, partSender(found.bytes, post, shared ? new SharedPartWriter() : undefined))
    : undefined;
  if (clean && found) ahead = { file: found.file, count: clean.count };
  const result =
    clean?.result ?? runDataTask(request, progress, early ? undefined : (files) => sendAhead(findEventsArray(files)));
  const { head, chunks, pieces = [], eventsAhead } = splitResult(result, ahead);
  for (const events of chunks) post({ events });
  for (const piece of pieces) post({ piece });
  post(eventsAhead === undefined ? { result: head } : { result: head, eventsAhead });
}
