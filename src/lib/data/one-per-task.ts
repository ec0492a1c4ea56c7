/**
 * Handling messages one per task. The browser may deliver a backlog of a worker's messages in a single task,
 * and reading a message's data is what copies it into the page, so a backlog of large messages read in
 * their listener froze the page for most of a second. Queued here and read one per task, each is a short
 * task between which the page answers clicks.
 */

/** Resolves in a new task, after anything already queued (a message, unlike a timer, is never throttled). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Calls `handle` on each item pushed, in order, one item per task; after `handle` returns true the queue
 * stops and drops whatever else arrives.
 */
export function onePerTask<T>(handle: (item: T) => boolean, wait: () => Promise<void> = nextTask): (item: T) => void {
  const waiting: T[] = [];
  let draining = false;
  let done = false;
  const drain = async () => {
    draining = true;
    for (let item = waiting.shift(); item !== undefined && !done; item = waiting.shift()) {
      done = handle(item);
      // Whatever arrives in the same task waits for the next one.
      if (!done) await wait();
    }
    draining = false;
  };
  return (item) => {
    if (done) return;
    waiting.push(item);
    if (!draining) void drain();
  };
}
