/**
 * `OnPause`: what waits for the reader to pause is done once, with the value the last stroke ended on, only
 * after the pause has lasted its whole delay — never while a stroke is under way, nor between two strokes
 * closer together than the delay. (Fake timers stand in for the clock.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OnPause, PAUSE_MS } from '../src/lib/state/on-pause.ts';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

describe('OnPause', () => {
  it('ended(value) acts with the value once the delay has passed with no stroke, and only then', () => {
    const done: string[] = [];
    const pause = new OnPause<string>((value) => done.push(value));
    pause.ended('a');
    expect(pause.waiting).toBe(true);
    vi.advanceTimersByTime(PAUSE_MS - 1);
    expect(done).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(done).toEqual(['a']);
    expect(pause.waiting).toBe(false);
    vi.advanceTimersByTime(10 * PAUSE_MS);
    expect(done).toEqual(['a']);
  });

  it('strokes closer together than the delay act once, with the last value, a delay after the last ends', () => {
    const done: number[] = [];
    const pause = new OnPause<number>((value) => done.push(value), 100);
    for (let stroke = 1; stroke <= 5; stroke++) {
      pause.moving();
      vi.advanceTimersByTime(60);
      pause.ended(stroke);
      vi.advanceTimersByTime(99);
      expect(done).toEqual([]);
    }
    vi.advanceTimersByTime(1);
    expect(done).toEqual([5]);
  });

  it('moving() holds what is pending for as long as the stroke lasts, however long', () => {
    const done: string[] = [];
    const pause = new OnPause<string>((value) => done.push(value), 100);
    pause.ended('first');
    vi.advanceTimersByTime(50);
    pause.moving();
    vi.advanceTimersByTime(1000);
    expect(done).toEqual([]);
    expect(pause.waiting).toBe(true);
    pause.ended('second');
    vi.advanceTimersByTime(100);
    expect(done).toEqual(['second']);
  });

  it('cancel() drops what is pending', () => {
    const done: string[] = [];
    const pause = new OnPause<string>((value) => done.push(value), 100);
    pause.ended('dropped');
    pause.cancel();
    expect(pause.waiting).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(done).toEqual([]);
    pause.ended('kept');
    vi.advanceTimersByTime(100);
    expect(done).toEqual(['kept']);
  });
});
