/**
 * What the data worker posts for one request, once its files are read: progress; the events' bytes ahead of
 * the result, handed over rather than copied, so that the page reads them while the worker validates
 * (`events-ahead.ts`) — a dataset's own files as soon as they are read, a backup's once it is unpacked; then
 * the result, a large one in chunks and pieces (`result-chunks.ts`). A function of the request and of
 * `post`, so that the tests can hear what the worker would say.
 */
import type { WorkerReply } from './data-client.ts';
import { isBackupFile, runDataTask, type DataRequest } from './data-task.ts';
import { eventsBytesToSend, type AheadSource } from './events-ahead.ts';
import { splitResult, type EventsAhead } from './result-chunks.ts';

/** Posts a reply, handing over the buffers in `transfer`. */
export type PostReply = (reply: WorkerReply, transfer?: Transferable[]) => void;

/** Answers one request through `post`; throws only on a defect, bad input being answered with issues. */
export function answerRequest(request: DataRequest, post: PostReply): void {
  let ahead: Pick<EventsAhead, 'file'> | undefined;
  const sendAhead = (files: readonly AheadSource[]) => {
    const sent = eventsBytesToSend(files);
    if (!sent) return;
    post({ eventsBytes: sent }, [sent.bytes.buffer]);
    ahead = { file: sent.file };
  };
  // The files as read are the files validated, in order, unless one is a backup, which holds the real ones.
  const early = request.kind === 'dataset' && !request.files.some(isBackupFile);
  if (early) sendAhead(request.files.map(({ name, bytes }) => ({ file: name, bytes })));
  const result = runDataTask(request, (step) => post({ progress: step }), early ? undefined : sendAhead);
  const { head, chunks, pieces = [], eventsAhead } = splitResult(result, ahead);
  for (const events of chunks) post({ events });
  for (const piece of pieces) post({ piece });
  post(eventsAhead === undefined ? { result: head } : { result: head, eventsAhead });
}
