/**
 * The parts of an events file handed from the data worker to the page through memory both threads share, when
 * the page is cross-origin isolated (as the app is served, see README): the worker copies each part into a slot
 * the page has given back, rather than into a new buffer. In the benchmark's browser, copying the 85 MB of
 * 100,000 events into new buffers of 200 kB took the worker 270-280 ms, nearly all of it the new memory, and
 * into buffers used again 10-12 ms.
 *
 * A slot is a shared buffer; beside them, one shared array of flags, a slot's flag 1 while the page has not
 * yet read its part. The worker writes a part into a free slot (or a new one) and posts which slot and how many
 * bytes; the page decodes the bytes where they are (`decodeWellFormed` reads shared memory, which the browser's
 * `TextDecoder` refuses) and marks the slot free. A slot's buffer and the flags cross once, with the first
 * message that needs them.
 */

/** Bytes of a new slot: a part of 250 events is about 200 kB; a larger part gets a slot of its own size. */
export const SLOT_BYTES = 1 << 18;

/** Most slots: past them (a page that stopped taking parts), a part is sent as a buffer of its own. */
export const MAX_SLOTS = 256;

/** A part in a shared slot: the slot and the part's length, with the memory the page does not hold yet. */
export interface SharedPart {
  readonly slot: number;
  readonly length: number;
  /** The slot's buffer, with the first part written into it. */
  readonly buffer?: SharedArrayBuffer;
  /** The flags, with the first part sent. */
  readonly flags?: SharedArrayBuffer;
}

/** Whether this thread can share memory with the page: it needs `SharedArrayBuffer` and cross-origin isolation. */
export function canShareMemory(): boolean {
  return typeof SharedArrayBuffer === 'function' && globalThis.crossOriginIsolated === true;
}

/** The worker's side: writes parts into free slots. */
export class SharedPartWriter {
  readonly #flags: Int32Array;
  readonly #slots: Uint8Array[] = [];
  readonly #maxSlots: number;
  /** The flags' memory until it goes to the page, with the first part. */
  #flagsToSend: SharedArrayBuffer | undefined;

  constructor(maxSlots: number = MAX_SLOTS) {
    this.#maxSlots = maxSlots;
    this.#flagsToSend = new SharedArrayBuffer(maxSlots * Int32Array.BYTES_PER_ELEMENT);
    this.#flags = new Int32Array(this.#flagsToSend);
  }

  /** The number of slots made so far. */
  get slots(): number {
    return this.#slots.length;
  }

  /**
   * Copies `bytes` into a free slot, or a new one, and gives the message that tells the page where they are;
   * undefined when every slot is taken and no more may be made.
   */
  write(bytes: Uint8Array): SharedPart | undefined {
    let slot = this.#slots.findIndex((s, k) => s.length >= bytes.length && Atomics.load(this.#flags, k) === 0);
    let buffer: SharedArrayBuffer | undefined;
    if (slot === -1) {
      if (this.#slots.length === this.#maxSlots) return undefined;
      buffer = new SharedArrayBuffer(Math.max(SLOT_BYTES, bytes.length));
      slot = this.#slots.push(new Uint8Array(buffer)) - 1;
    }
    this.#slots[slot]?.set(bytes);
    Atomics.store(this.#flags, slot, 1);
    const flags = this.#flagsToSend;
    this.#flagsToSend = undefined;
    return { slot, length: bytes.length, ...(buffer ? { buffer } : {}), ...(flags ? { flags } : {}) };
  }
}

/** The page's side: reads each part in its slot and gives the slot back. */
export class SharedPartReader {
  #flags: Int32Array | undefined;
  readonly #slots: Uint8Array[] = [];

  /**
   * What `use` makes of the part's bytes, read where they lie in their slot, which is then free for the worker
   * again: `use` must not keep the view it is given.
   */
  read<T>(part: SharedPart, use: (bytes: Uint8Array) => T): T {
    if (part.flags) this.#flags = new Int32Array(part.flags);
    if (part.buffer) this.#slots[part.slot] = new Uint8Array(part.buffer);
    const slot = this.#slots[part.slot];
    if (!slot || !this.#flags) throw new Error(`shared slot ${part.slot} was never sent`);
    try {
      return use(slot.subarray(0, part.length));
    } finally {
      Atomics.store(this.#flags, part.slot, 0);
    }
  }
}
