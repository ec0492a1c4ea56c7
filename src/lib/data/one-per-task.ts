/**
 * Handling messages one per task. The browser may deliver a backlog of a worker's messages in a single task,
 * and reading a message's data is what copies it into the page, so a backlog of large messages read in
 * their listener froze the page for most of a second. Queued here and read one per task, each is a short
 * task between which the page answers clicks.
 */

/** Those waiting for a task of their own, in order; each message on the channel below resolves the first. */
const waiting: (() => void)[] = [];
let taskPort: MessagePort | undefined;

/**
 * The port whose messages give the tasks: one channel for every wait, for making a channel is a call into the
 * browser for each pair of ports, and an import of 100,000 events waits for a task a thousand times.
 */
function tasks(): MessagePort {
  if (!taskPort) {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
    // In Node (the unit tests) a port that listens keeps the process alive; in a page it holds nothing.
    (channel.port1 as { unref?: () => void }).unref?.();
    taskPort = channel.port2;
  }
  return taskPort;
}

/** Resolves in a new task, after anything already queued (a message, unlike a timer, is never throttled). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    tasks().postMessage(null);
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
