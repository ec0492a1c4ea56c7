import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeInTasks } from '../src/lib/data/encode-in-tasks.ts';

const encoder = new TextEncoder();
const now = () => Promise.resolve();

describe('encodeInTasks(parts)', () => {
  it('gives the bytes of the joined text, a surrogate pair split between parts included', async () => {
    // An emoji cut between its halves, at the end of one part and the start of the next.
    const parts = ['التحالف \uD83D', '\uDE00 said', 'a lone \uD83D', 'b', '', 'done \uD83D'];
    expect(await encodeInTasks(parts, now)).toEqual(encoder.encode(parts.join('')));
  });

  it('agrees with TextEncoder on any text cut anywhere, one task per part', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.array(fc.nat(40), { maxLength: 6 }),
        async (text, at) => {
          const cuts = [0, ...at.map((n) => n % (text.length + 1)).sort((a, b) => a - b), text.length];
          const parts = cuts.slice(1).map((end, k) => text.slice(cuts[k], end));
          let tasks = 0;
          const bytes = await encodeInTasks(parts, async () => {
            tasks += 1;
          });
          expect(bytes).toEqual(encoder.encode(text));
          expect(tasks).toBe(parts.length);
        },
      ),
      { seed: 3, numRuns: 300 },
    );
  });
});
