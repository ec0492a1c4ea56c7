/**
 * Chosen files read in the data worker. Reading a file of 75 MB into memory is work for the thread that asks
 * for it — the bytes arrive in pieces and are gathered into one buffer — and on the page's main thread it was
 * the longest task of an import, so the page hands the worker the file itself, unread.
 */
import type { DataRequest, InputFile } from './data-task.ts';
import { readChosen } from './request-failure.ts';

/** A chosen file not yet read: its name as shown in issues, and the file. */
export interface UnreadFile {
  readonly name: string;
  readonly blob: Blob;
}

/** A request whose dataset files may be unread, as the page sends it. */
export type PageRequest =
  | Exclude<DataRequest, { kind: 'dataset' }>
  | (Omit<Extract<DataRequest, { kind: 'dataset' }>, 'files'> & {
      readonly files: readonly (InputFile | UnreadFile)[];
    });

/** The request with its dataset files read. */
export async function readRequest(request: PageRequest): Promise<DataRequest> {
  if (request.kind !== 'dataset') return request;
  const files = await Promise.all(
    request.files.map(async (file) =>
      'blob' in file ? readChosen(file.name, file.blob) : file,
    ),
  );
  return { ...request, files };
}
