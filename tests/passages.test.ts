import { describe, expect, it } from 'vitest';
import { passages } from '../src/lib/model/passages.ts';

describe('passages(text, body, spans)', () => {
  const text = 'HEAD body one two three FOOT';
  const body = { start: 5, end: 23 };

  it('sets the furniture apart and tags quoted runs with their events', () => {
    const parts = passages(text, body, [
      { event: 'e1', start: 10, end: 17 },
      { event: 'e2', start: 14, end: 23 },
    ]);
    expect(parts.map((p) => [p.text, p.furniture, p.events])).toEqual([
      ['HEAD ', true, []],
      ['body ', false, []],
      ['one ', false, ['e1']],
      ['two', false, ['e1', 'e2']],
      [' three', false, ['e2']],
      [' FOOT', true, []],
    ]);
  });

  it('covers every character exactly once', () => {
    const parts = passages(text, body, [{ event: 'e', start: 0, end: text.length }]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });
});
