/**
 * A long text as UTF-8 bytes without a long task: encoded a part at a time, a task each, then copied into one
 * buffer. A dataset restored from storage arrives as the chunks it was stored in (`SnapshotFile.parts`), and
 * encoding 85 million characters at once was a task of almost half a second on the page.
 */
import { nextTask } from './one-per-task.ts';

const encoder = new TextEncoder();

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The UTF-8 bytes of `parts` joined, as `TextEncoder` gives them for the joined text: a surrogate pair split
 * between two parts is encoded whole, with the part it ends.
 */
export async function encodeInTasks(parts: readonly string[], wait: () => Promise<void> = nextTask): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  let carried = '';
  for (const [k, part] of parts.entries()) {
    let text = carried + part;
    carried = '';
    if (k < parts.length - 1 && isHighSurrogate(text.charCodeAt(text.length - 1))) {
      carried = text.slice(-1);
      text = text.slice(0, -1);
    }
    pieces.push(encoder.encode(text));
    await wait();
  }
  if (pieces.length === 1 && pieces[0]) return pieces[0];
  const bytes = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return bytes;
}
