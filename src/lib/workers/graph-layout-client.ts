/**
 * The page's side of the graph layout worker. Requests are keyed by `layoutKey`; the worker lays out one at
 * a time, and a newer request supersedes older ones: their promises resolve with `undefined` at once, a
 * queued one is never sent, and a running one finishes only to be remembered, in case the reader comes
 * back to it. Where there is no `Worker` (unit tests in jsdom or Node), or the worker dies, the layout runs
 * in place, so every caller has one code path. `prewarmLayout` starts a worker, and readies the page's own
 * layout code, before the first graph is asked for. `draw` asks for the edges drawn as well (see
 * `DrawingRequest`), so that the page only has to put them in the DOM.
 */
import type { EdgeDrawing } from '../model/graph-drawing.ts';
import { layoutKey, simulateLayout, type LayoutInput, type LayoutPositions } from '../model/graph-layout.ts';
import {
  drawRequested,
  WARM_UP,
  type DrawingRequest,
  type LayoutReply,
  type LayoutRequest,
} from './graph-layout-task.ts';

/** A line to a worker: requests go out with `post`; replies and crashes come back to the opener's callbacks. */
export interface LayoutChannel {
  post(request: LayoutRequest): void;
  close(): void;
}

/** Opens a channel; `onReply` hears each reply, `onCrash` hears that the worker died, with why. */
export type OpenChannel = (onReply: (reply: LayoutReply) => void, onCrash: (message: string) => void) => LayoutChannel;

/** A module worker, which Vite bundles as a same-origin file: allowed by a `script-src 'self'` policy. */
function startWorker(): Worker {
  return new Worker(new URL('./graph-layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'chronograph-graph-layout',
  });
}

/**
 * A worker started ahead of need (see `prewarmLayout`), with why it died if it did so before anyone
 * listened: the first client takes it, so that the first graph does not wait for a worker to load.
 */
let spare: Spare | undefined;

interface Spare {
  readonly worker: Worker;
  /** Why the worker died, if it did before a client took it. */
  failure?: string;
}

/** Opens a channel to the spare worker if there is one, else to a new one. */
export const openLayoutWorker: OpenChannel = (onReply, onCrash) => {
  const taken: Spare = spare ?? { worker: startWorker() };
  spare = undefined;
  const { worker } = taken;
  worker.addEventListener('message', (event: MessageEvent<LayoutReply>) => onReply(event.data));
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onCrash(event.message || 'the graph layout worker could not start');
  });
  const failure = taken.failure;
  if (failure !== undefined) queueMicrotask(() => onCrash(failure));
  return { post: (request) => worker.postMessage(request), close: () => worker.terminate() };
};

/**
 * Readies the layout code, on the page and in a worker, so that no graph pays for it: the first layouts
 * in a fresh page run several times slower than later ones (the engine has yet to compile the force code),
 * long enough to delay the first picture. The spare worker readies itself as it starts; the page runs the
 * same small layout a few times, each when it is idle — while the dataset loads, say. Results are thrown
 * away: a layout depends only on its input, never on what ran before.
 */
export function prewarmLayout(runs = 2): void {
  if (typeof Worker !== 'undefined' && !spare) {
    const started: Spare = { worker: startWorker() };
    started.worker.addEventListener('error', (event) => {
      event.preventDefault();
      started.failure = event.message || 'the graph layout worker could not start';
    });
    spare = started;
  }
  const later = (run: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : setTimeout(run, 0);
  const warm = (left: number) => {
    if (left <= 0) return;
    later(() => {
      simulateLayout(WARM_UP);
      warm(left - 1);
    });
  };
  warm(runs);
}

/** How many answers a client keeps: the reader's last few steps, a few kilobytes each. */
const REMEMBERED = 8;

/** A layout, with its edges drawn if they were asked for and drawn for this very request. */
export interface LayoutAnswer {
  readonly positions: LayoutPositions;
  readonly drawing?: EdgeDrawing | undefined;
}

interface Waiter {
  readonly resolve: (answer: LayoutAnswer | undefined) => void;
  readonly reject: (error: Error) => void;
  /** The drawing this asker wants; it gets the job's drawing only if the job was sent with this one. */
  readonly drawing: DrawingRequest | undefined;
}

interface Job {
  readonly key: string;
  readonly input: LayoutInput;
  /** What the worker is asked to draw: the first asker's drawing request. */
  readonly drawing: DrawingRequest | undefined;
  readonly waiters: Waiter[];
}

/** Answers a job's askers: each with the positions, and with the drawing if it is the one they asked for. */
function answerJob(job: Job, positions: LayoutPositions, drawing: EdgeDrawing | undefined): void {
  for (const waiter of job.waiters) {
    const mine = drawing !== undefined && waiter.drawing === job.drawing;
    waiter.resolve(mine ? { positions, drawing } : { positions });
  }
}

export class GraphLayoutClient {
  /** How to open the worker; dropped if the worker dies, after which layouts run in place. */
  #open: OpenChannel | undefined;
  #channel: LayoutChannel | undefined;
  /** The request the worker is laying out, if any. */
  #running: Job | undefined;
  /** The newest request, waiting for the worker to be free. */
  #queued: Job | undefined;
  /** The last few answers, oldest first, so that going back to a recent layout costs nothing. */
  readonly #answers = new Map<string, LayoutPositions>();

  /** `open` is the worker to use; without one (the default where there is no `Worker`), layouts run in place. */
  constructor(open: OpenChannel | undefined = typeof Worker === 'undefined' ? undefined : openLayoutWorker) {
    this.#open = open;
  }

  /**
   * The positions for `input`, or `undefined` if a request for another key came before they did. `key` is
   * `layoutKey(input)`; pass it if you have it.
   */
  async layout(input: LayoutInput, key: string = layoutKey(input)): Promise<LayoutPositions | undefined> {
    return (await this.#ask(input, key, undefined))?.positions;
  }

  /**
   * The positions for `input` and, drawn with them, the edges `drawing` asks for; or `undefined` if a request
   * for another key came first. The drawing is left out when the positions were known already, or were being
   * computed for another drawing of the same layout: the caller then draws the edges itself.
   */
  draw(input: LayoutInput, key: string, drawing: DrawingRequest): Promise<LayoutAnswer | undefined> {
    return this.#ask(input, key, drawing);
  }

  #ask(input: LayoutInput, key: string, drawing: DrawingRequest | undefined): Promise<LayoutAnswer | undefined> {
    this.#supersede(key);
    const known = this.#answers.get(key);
    if (known) return Promise.resolve({ positions: this.#remember(key, known) });
    return new Promise((resolve, reject) => {
      const waiter = { resolve, reject, drawing };
      const pending = [this.#running, this.#queued].find((job) => job?.key === key);
      if (pending) pending.waiters.push(waiter);
      else if (!this.#open) this.#inPlace({ key, input, drawing, waiters: [waiter] });
      else if (this.#running) this.#queued = { key, input, drawing, waiters: [waiter] };
      else this.#send({ key, input, drawing, waiters: [waiter] });
    });
  }

  /** Stops the worker; whoever still waits hears `undefined`. */
  dispose(): void {
    this.#supersede(undefined);
    this.#running = undefined;
    this.#channel?.close();
    this.#channel = undefined;
  }

  /** Answers every request for another key than `key` with `undefined`, and forgets the queued one. */
  #supersede(key: string | undefined): void {
    for (const job of [this.#running, this.#queued]) {
      if (job && job.key !== key) job.waiters.splice(0).forEach((w) => w.resolve(undefined));
    }
    if (this.#queued?.key !== key) this.#queued = undefined;
  }

  /** Keeps `positions` as the newest answer, forgetting the oldest past `REMEMBERED`. */
  #remember(key: string, positions: LayoutPositions): LayoutPositions {
    this.#answers.delete(key);
    this.#answers.set(key, positions);
    for (const old of this.#answers.keys()) {
      if (this.#answers.size <= REMEMBERED) break;
      this.#answers.delete(old);
    }
    return positions;
  }

  #send(job: Job): void {
    this.#channel ??= this.#open?.(
      (reply) => this.#reply(reply),
      (message) => this.#crash(message),
    );
    this.#running = job;
    this.#channel?.post({ key: job.key, input: job.input, drawing: job.drawing });
  }

  #reply(reply: LayoutReply): void {
    const job = this.#running;
    if (!job || job.key !== reply.key) return;
    this.#running = undefined;
    if ('positions' in reply) {
      this.#remember(reply.key, reply.positions);
      answerJob(job, reply.positions, reply.drawing);
    } else {
      job.waiters.forEach((w) => w.reject(new Error(`the graph layout failed: ${reply.failure}`)));
    }
    const next = this.#queued;
    this.#queued = undefined;
    if (next) this.#send(next);
  }

  /** The worker died (it could not load, say): lay out what was asked in place, and keep doing so. */
  #crash(message: string): void {
    console.warn(`graph layout worker: ${message}; laying out on the page instead`);
    this.#channel?.close();
    this.#channel = undefined;
    const jobs = [this.#running, this.#queued].filter((job) => job !== undefined);
    [this.#running, this.#queued] = [undefined, undefined];
    this.#open = undefined;
    jobs.forEach((job) => this.#inPlace(job));
  }

  #inPlace(job: Job): void {
    try {
      const positions = this.#remember(job.key, simulateLayout(job.input));
      answerJob(job, positions, job.drawing && drawRequested(job.input, positions, job.drawing));
    } catch (error) {
      job.waiters.forEach((w) => w.reject(error instanceof Error ? error : new Error(String(error))));
    }
  }
}
