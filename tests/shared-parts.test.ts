import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkerReply } from '../src/lib/data/data-client.ts';
import { canShareMemory, SharedPartReader, SharedPartWriter, SLOT_BYTES } from '../src/lib/data/shared-parts.ts';
import { partSender } from '../src/lib/data/worker-replies.ts';

function bytesOf(n: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(n);
  for (let k = 0; k < n; k++) bytes[k] = (k * 31 + seed) % 256;
  return bytes;
}

/** Whether two byte arrays hold the same bytes (a loop: `toEqual` on 256 kB arrays is slow). */
function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, k) => byte === b[k]);
}

describe('parts through shared memory', () => {
  it('gives the page each part as written, in any order of writing and taking, slots used again once taken', () => {
    const sizes = fc.array(fc.oneof(fc.nat(300), fc.integer({ min: SLOT_BYTES - 2, max: SLOT_BYTES + 300 })), {
      minLength: 1,
      maxLength: 20,
    });
    fc.assert(
      fc.property(sizes, fc.array(fc.boolean(), { maxLength: 20 }), (lengths, takeAtOnce) => {
        const writer = new SharedPartWriter();
        const reader = new SharedPartReader();
        // Each slot's size, as the writer made it.
        const sizes: number[] = [];
        const waiting: { sent: Uint8Array; part: NonNullable<ReturnType<SharedPartWriter['write']>> }[] = [];
        const take = () => {
          const next = waiting.shift();
          if (next) expect(reader.read(next.part, (bytes) => same(bytes, next.sent))).toBe(true);
        };
        lengths.forEach((length, k) => {
          const sent = bytesOf(length, k);
          const before = writer.slots;
          const part = writer.write(sent);
          if (!part) throw new Error('no slot');
          // Each slot's memory crosses once: with the part that made the slot; never a slot still waiting.
          expect(part.buffer !== undefined).toBe(part.slot >= before);
          expect(waiting.some((w) => w.part.slot === part.slot)).toBe(false);
          const free = sizes.filter((_, slot) => !waiting.some((w) => w.part.slot === slot));
          if (part.buffer) {
            // A new slot only when no free one is large enough, of the part's size when larger than a slot.
            expect(free.some((size) => size >= length)).toBe(false);
            expect(part.buffer.byteLength).toBe(Math.max(SLOT_BYTES, length));
            sizes[part.slot] = part.buffer.byteLength;
          } else expect(sizes[part.slot]).toBeGreaterThanOrEqual(length);
          waiting.push({ sent, part });
          if (takeAtOnce[k] ?? true) take();
        });
        expect(writer.slots).toBe(sizes.length);
        while (waiting.length > 0) take();
      }),
      { seed: 31, numRuns: 60 },
    );
  });

  it('writes into the one slot again and again while the page keeps up, and sends the flags once', () => {
    const writer = new SharedPartWriter();
    const reader = new SharedPartReader();
    const parts = [0, 1, 2, 3].map((k) => writer.write(bytesOf(1000 + k, k)));
    expect(parts.map((p) => p?.slot)).toEqual([0, 1, 2, 3]);
    expect(parts.map((p) => p?.flags !== undefined)).toEqual([true, false, false, false]);
    for (const part of parts) if (part) reader.read(part, () => undefined);
    for (let k = 0; k < 10; k++) {
      const part = writer.write(bytesOf(500, k));
      expect(part?.buffer).toBeUndefined();
      if (part) expect(reader.read(part, (bytes) => bytes.slice())).toEqual(bytesOf(500, k));
    }
    expect(writer.slots).toBe(4);
    // A part larger than every slot gets a slot of its own size.
    const large = writer.write(bytesOf(SLOT_BYTES + 1, 9));
    expect(large?.buffer?.byteLength).toBe(SLOT_BYTES + 1);
    expect(writer.slots).toBe(5);
  });

  it('keeps a slot taken while the page reads the part in it, and gives it back after, even when reading fails', () => {
    const writer = new SharedPartWriter();
    const reader = new SharedPartReader();
    const first = writer.write(bytesOf(100, 1));
    if (!first) throw new Error('no slot');
    // While the part is read, a part written meanwhile goes to another slot.
    const meanwhile = reader.read(first, (bytes) => {
      expect(same(bytes, bytesOf(100, 1))).toBe(true);
      return writer.write(bytesOf(100, 2));
    });
    expect(meanwhile?.slot).toBe(1);
    expect(() =>
      reader.read(first, () => {
        throw new Error('unreadable');
      }),
    ).toThrow('unreadable');
    // Both slots are free again: the next parts go into them, no new slot made.
    expect(writer.write(bytesOf(10, 3))?.slot).toBe(0);
    if (meanwhile) reader.read(meanwhile, () => undefined);
    expect(writer.write(bytesOf(10, 4))?.slot).toBe(1);
    expect(writer.slots).toBe(2);
  });

  it('makes no more slots than it may, and a part then goes as a buffer of its own', () => {
    const writer = new SharedPartWriter(2);
    expect(writer.write(bytesOf(10, 1))).toBeDefined();
    expect(writer.write(bytesOf(10, 2))).toBeDefined();
    expect(writer.write(bytesOf(10, 3))).toBeUndefined();
    const replies: WorkerReply[] = [];
    const file = new TextEncoder().encode('[{"a":1},{"b":2},{"c":3}]');
    const send = partSender(file, (reply) => replies.push(reply), new SharedPartWriter(1));
    send(0, 8);
    send(8, 16);
    expect(replies.map((reply) => Object.keys(reply)[0])).toEqual(['eventsShared', 'eventsPart']);
    const second = replies[1];
    expect(second && 'eventsPart' in second && new TextDecoder().decode(second.eventsPart)).toBe('[{"b":2}]');
    // The file is given back as it was.
    expect(new TextDecoder().decode(file)).toBe('[{"a":1},{"b":2},{"c":3}]');
  });

  it('refuses a part in a slot whose memory never came, and shares nothing where the page is not isolated', () => {
    const part = new SharedPartWriter().write(bytesOf(3, 0));
    if (!part) throw new Error('no slot');
    expect(() => new SharedPartReader().read({ slot: part.slot, length: 3 }, () => undefined)).toThrow(
      'shared slot 0 was never sent',
    );
    // The unit tests run in Node, which is not a cross-origin isolated page.
    expect(canShareMemory()).toBe(false);
  });
});
