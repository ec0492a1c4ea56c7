import { describe, expect, it, vi } from 'vitest';
import { nextTask, onePerTask } from '../src/lib/data/one-per-task.ts';

describe('onePerTask(handle)', () => {
  it('handles a backlog in order, one item per task, never two in the task they arrived in', async () => {
    const log: string[] = [];
    const push = onePerTask<number>((item) => {
      log.push(`handle ${item}`);
      return false;
    });
    for (const item of [1, 2, 3]) push(item);
    log.push('end of the arriving task');
    for (let k = 0; k < 4; k++) {
      await nextTask();
      log.push('another task');
    }
    expect(log.slice(0, 3)).toEqual(['handle 1', 'end of the arriving task', 'handle 2']);
    expect(log.filter((line) => line.startsWith('handle'))).toEqual(['handle 1', 'handle 2', 'handle 3']);
    // Between two items handled, some other task ran.
    expect(log.indexOf('handle 3') - log.indexOf('handle 2')).toBeGreaterThan(1);
  });

  it('stops once handle returns true and drops what arrives after', async () => {
    const handled: number[] = [];
    const push = onePerTask<number>((item) => {
      handled.push(item);
      return item === 2;
    });
    for (const item of [1, 2, 3]) push(item);
    for (let k = 0; k < 4; k++) await nextTask();
    push(4);
    await nextTask();
    expect(handled).toEqual([1, 2]);
  });

  it('handles an item that arrives while the queue is idle without waiting', () => {
    const handled: number[] = [];
    const push = onePerTask<number>((item) => (handled.push(item), false));
    push(7);
    expect(handled).toEqual([7]);
  });
});

describe('nextTask()', () => {
  it('gives each waiter a task of its own, in the order they asked, with one channel for all', async () => {
    const order: string[] = [];
    const made = vi.spyOn(globalThis, 'MessageChannel');
    const first = nextTask().then(() => {
      order.push('first');
      // Run before the next task: had both waiters been resolved in one task, the second would come first.
      queueMicrotask(() => order.push('after first, same task'));
    });
    const second = nextTask().then(() => order.push('second'));
    await Promise.all([first, second]);
    for (let k = 0; k < 5; k++) await nextTask();
    expect(order).toEqual(['first', 'after first, same task', 'second']);
    // The channel made at the module's first wait (possibly by an earlier test) serves every later one.
    expect(made.mock.calls.length).toBeLessThanOrEqual(1);
    made.mockRestore();
  });
});
