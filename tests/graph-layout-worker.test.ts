import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccusationGraph } from '../src/lib/model/graph.ts';
import { fitLayout, layoutInput, layoutKey, simulateLayout, type LayoutInput } from '../src/lib/model/graph-layout.ts';
import {
  GraphLayoutClient,
  openLayoutWorker,
  prewarmLayout,
  type OpenChannel,
} from '../src/lib/workers/graph-layout-client.ts';
import {
  drawRequested,
  handleLayoutRequest,
  replyTransfer,
  warmUp,
  type DrawingRequest,
  type LayoutReply,
  type LayoutRequest,
} from '../src/lib/workers/graph-layout-task.ts';
import { drawEdges, edgeSketch } from '../src/lib/model/graph-drawing.ts';

const node = (id: string, made: number, received: number) => ({
  id,
  name: { en: id, ar: id },
  kind: 'state' as const,
  alignment: 'other' as const,
  made,
  received,
  denialsMade: 0,
  denialsReceived: 0,
});

/** A chain of `n` accusations. */
function chainGraph(n: number): AccusationGraph {
  const ids = Array.from({ length: n + 1 }, (_, i) => `n${i}`);
  return {
    nodes: ids.map((id, i) => node(id, i < n ? 1 : 0, i > 0 ? 1 : 0)),
    edges: ids.slice(1).map((id, i) => ({ from: ids[i] ?? '', to: id, kind: 'accusation', weight: 1, events: [] })),
  };
}

/** The layout input of a chain of `n` accusations: each size of graph a different layout, under a different key. */
function chain(n: number): LayoutInput {
  return layoutInput(chainGraph(n));
}

/** A request to draw the edges of a chain of `n` accusations, merged or not. */
function drawingOf(n: number, merge = true): DrawingRequest {
  const input = chain(n);
  return { sketch: edgeSketch(chainGraph(n), input.ids), box: { width: 640, height: 440 }, merge };
}

/** A worker stand-in: it keeps what it is sent, and answers (with the real handler) when the test says so. */
function fakeWorker() {
  const sent: LayoutRequest[] = [];
  const state = { opened: 0, closed: 0 };
  let reply: (reply: LayoutReply) => void = () => {};
  let crash: (message: string) => void = () => {};
  const open: OpenChannel = (onReply, onCrash) => {
    state.opened += 1;
    [reply, crash] = [onReply, onCrash];
    return { post: (request) => sent.push(request), close: () => (state.closed += 1) };
  };
  return {
    open,
    sent,
    state,
    /** Answers the oldest request the worker holds. */
    answer(): void {
      const request = sent.shift();
      if (!request) throw new Error('nothing was sent');
      reply(handleLayoutRequest(request));
    },
    crash: (message: string) => crash(message),
  };
}

/** Lets promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('handleLayoutRequest(request)', () => {
  it('answers with exactly the positions a direct call computes, under the request key', () => {
    const input = chain(4);
    const reply = handleLayoutRequest({ key: 'k', input });
    const direct = simulateLayout(input);
    expect(reply).toEqual({ key: 'k', positions: direct });
    expect(replyTransfer(reply)).toHaveLength(2);
  });

  it('draws the edges on the layout when asked, as the page would on the layout fitted into the box', () => {
    const [input, drawing] = [chain(4), drawingOf(4)];
    const reply = handleLayoutRequest({ key: 'k', input, drawing });
    const layout = fitLayout(input, simulateLayout(input), drawing.box);
    expect(reply).toEqual({
      key: 'k',
      positions: simulateLayout(input),
      drawing: drawEdges(drawing.sketch, layout.nodes, layout.zoom, true),
    });
    // The positions' buffers and the curves' buffer are handed over.
    expect(replyTransfer(reply)).toHaveLength(3);
  });

  it('answers a defect with its message instead of throwing', () => {
    const broken: LayoutInput = { ...chain(1), links: [[0, 9]] };
    const reply = handleLayoutRequest({ key: 'k', input: broken });
    expect(reply).toEqual({ key: 'k', failure: expect.stringContaining('node not found') });
    expect(replyTransfer(reply)).toEqual([]);
  });
});

describe('GraphLayoutClient', () => {
  it('lays out in place where there is no worker, with the same positions', async () => {
    expect(typeof Worker).toBe('undefined');
    const input = chain(3);
    expect(await new GraphLayoutClient().layout(input)).toEqual(simulateLayout(input));
  });

  it('sends one request at a time, and answers two asks for one key with one layout', async () => {
    const worker = fakeWorker();
    const client = new GraphLayoutClient(worker.open);
    const input = chain(3);
    const [first, second] = [client.layout(input), client.layout(input)];
    expect(worker.sent.map((r) => r.key)).toEqual([layoutKey(input)]);
    worker.answer();
    expect(await first).toEqual(simulateLayout(input));
    expect(await second).toEqual(simulateLayout(input));
    // The answer is remembered: asking again sends nothing.
    expect(await client.layout(input)).toEqual(simulateLayout(input));
    expect(worker.sent).toEqual([]);
  });

  it('drops a running request when a newer one comes, and sends the newer once the worker is free', async () => {
    const worker = fakeWorker();
    const client = new GraphLayoutClient(worker.open);
    const [a, b] = [chain(2), chain(3)];
    const older = client.layout(a);
    const newer = client.layout(b);
    expect(await older).toBeUndefined();
    expect(worker.sent.map((r) => r.key)).toEqual([layoutKey(a)]);
    worker.answer();
    expect(worker.sent.map((r) => r.key)).toEqual([layoutKey(b)]);
    worker.answer();
    expect(await newer).toEqual(simulateLayout(b));
    // The dropped layout was finished all the same, and is kept: going back to it costs nothing.
    expect(await client.layout(a)).toEqual(simulateLayout(a));
    expect(worker.sent).toEqual([]);
  });

  it('never sends a queued request that a newer one superseded', async () => {
    const worker = fakeWorker();
    const client = new GraphLayoutClient(worker.open);
    const [a, b, c] = [chain(2), chain(3), chain(4)];
    const answers = [client.layout(a), client.layout(b), client.layout(c)];
    worker.answer();
    expect(worker.sent.map((r) => r.key)).toEqual([layoutKey(c)]);
    worker.answer();
    expect(await Promise.all(answers)).toEqual([undefined, undefined, simulateLayout(c)]);
  });

  it('drops a queued request when the reader goes back to a layout it already has', async () => {
    const worker = fakeWorker();
    const client = new GraphLayoutClient(worker.open);
    const [a, b, c] = [chain(2), chain(3), chain(4)];
    void client.layout(a);
    worker.answer();
    const running = client.layout(b);
    const queued = client.layout(c);
    const back = client.layout(a);
    expect(await back).toEqual(simulateLayout(a));
    expect([await running, await queued]).toEqual([undefined, undefined]);
    worker.answer();
    expect(worker.sent).toEqual([]);
  });

  it('rejects with the worker’s message when the layout fails', async () => {
    const worker = fakeWorker();
    const client = new GraphLayoutClient(worker.open);
    const answer = client.layout({ ...chain(1), links: [[0, 9]] }, 'broken');
    worker.answer();
    await expect(answer).rejects.toThrow('the graph layout failed: node not found');
  });

  it('lays out in place, from then on, once the worker dies', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const worker = fakeWorker();
    const client = new GraphLayoutClient(worker.open);
    const [a, b] = [chain(2), chain(3)];
    const pending = client.layout(a);
    worker.crash('failed to load');
    expect(await pending).toEqual(simulateLayout(a));
    expect(worker.state.closed).toBe(1);
    expect(await client.layout(b)).toEqual(simulateLayout(b));
    expect(worker.state.opened).toBe(1);
    expect(worker.sent.map((r) => r.key)).toEqual([layoutKey(a)]);
  });

  it('answers a drawing with the worker’s, and an ask for another drawing of the same layout without one', async () => {
    const worker = fakeWorker();
    const client = new GraphLayoutClient(worker.open);
    const input = chain(3);
    const [mine, other] = [drawingOf(3), drawingOf(3, false)];
    const [first, second] = [client.draw(input, layoutKey(input), mine), client.draw(input, layoutKey(input), other)];
    expect(worker.sent.map((r) => r.drawing)).toEqual([mine]);
    worker.answer();
    const positions = simulateLayout(input);
    expect(await first).toEqual({ positions, drawing: drawRequested(input, positions, mine) });
    expect(await second).toEqual({ positions });
    // A layout known already comes back at once, without a drawing: the page draws it.
    expect(await client.draw(input, layoutKey(input), mine)).toEqual({ positions });
    expect(worker.sent).toEqual([]);
  });

  it('draws in place, with the layout, where there is no worker', async () => {
    const [input, drawing] = [chain(3), drawingOf(3)];
    const positions = simulateLayout(input);
    expect(await new GraphLayoutClient().draw(input, layoutKey(input), drawing)).toEqual({
      positions,
      drawing: drawRequested(input, positions, drawing),
    });
  });

  it('stops the worker when disposed, answering whoever waits with nothing', async () => {
    const worker = fakeWorker();
    const client = new GraphLayoutClient(worker.open);
    const pending = client.layout(chain(2));
    client.dispose();
    expect(await pending).toBeUndefined();
    expect(worker.state.closed).toBe(1);
    await settle();
  });
});

/** A stand-in for the browser's `Worker`: it answers each message with the real handler, when told to. */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  readonly received: LayoutRequest[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.started.push(this);
  }
  postMessage(request: LayoutRequest): void {
    this.received.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the oldest message. */
  answer(): void {
    const request = this.received.shift();
    if (!request) throw new Error('nothing was sent');
    this.dispatchEvent(new MessageEvent('message', { data: handleLayoutRequest(request) }));
  }
  /** Dies, as a worker that cannot load does. */
  fail(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
  }
}

describe('prewarmLayout() and warmUp()', () => {
  it('lays out the same positions after a warm-up as before it', () => {
    const input = chain(5);
    const cold = simulateLayout(input);
    warmUp(2);
    expect(simulateLayout(input)).toEqual(cold);
  });

  it('starts a worker ahead of need, which the first client takes instead of starting one', async () => {
    FakeWorker.started = [];
    vi.stubGlobal('Worker', FakeWorker);
    prewarmLayout(0);
    expect(FakeWorker.started).toHaveLength(1);
    const client = new GraphLayoutClient(openLayoutWorker);
    const input = chain(3);
    const pending = client.layout(input);
    const [spare] = FakeWorker.started;
    expect(spare?.received.map((r) => r.key)).toEqual([layoutKey(input)]);
    spare?.answer();
    expect(await pending).toEqual(simulateLayout(input));
    expect(FakeWorker.started).toHaveLength(1);
    client.dispose();
    expect(spare?.terminated).toBe(true);
  });

  it('tells the client that took it that the spare worker died before anyone listened, and lays out in place', async () => {
    FakeWorker.started = [];
    vi.stubGlobal('Worker', FakeWorker);
    prewarmLayout(0);
    FakeWorker.started[0]?.fail('no such file');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = new GraphLayoutClient(openLayoutWorker);
    const input = chain(2);
    expect(await client.layout(input)).toEqual(simulateLayout(input));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no such file'));
    expect(FakeWorker.started).toHaveLength(1);
  });
});
