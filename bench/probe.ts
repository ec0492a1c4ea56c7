/**
 * The benchmark's instruments inside the page, installed before any of the page's scripts run: marks for
 * the moments the app says it is ready (each with the time it was first seen in the DOM and the time the
 * frame that paints it was done), a requestAnimationFrame recorder, the long tasks the browser reports, the
 * time of the last click, a watcher for the DOM to show the result of an input, and every Blob the page
 * hands out as a download, which is how an export leaves it. `installProbe` is serialised into the page, so
 * it uses nothing from outside its own body.
 */

/** When a marker appeared: first seen in the DOM, and the frame that shows it painted (ms since navigation). */
export interface Mark {
  readonly seen: number;
  readonly painted: number;
}

/** A task the browser reported as long (over 50 ms). */
export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

/** What `armInput` waits for after an input: selectors that must match, and one whose text must change. */
export interface InputExpectation {
  readonly present: readonly string[];
  readonly changed?: string;
  readonly timeoutMs: number;
}

/** How long the DOM took to show an input's result, from the click to the frame that paints it. */
export interface InputResult {
  /** To the frame that shows the last expectation met, painted; undefined when none was. */
  readonly ms: number | undefined;
  /** Expectations that were not met before the timeout. */
  readonly unmet: readonly string[];
}

/** A Blob the page turned into a download link. */
export interface Download {
  readonly at: number;
  readonly type: string;
  readonly size: number;
}

export interface Probe {
  readonly marks: Record<string, Mark>;
  readonly longTasks: LongTask[];
  readonly downloads: Download[];
  /** Starts recording frame intervals. */
  startFrames(): void;
  /** Stops recording and returns the intervals between consecutive frames, and the recording's span. */
  stopFrames(): { intervals: number[]; from: number; to: number };
  /** Prepares to time the next click's result; `inputResult` then resolves with it. */
  armInput(expectation: InputExpectation): void;
  inputResult: Promise<InputResult> | undefined;
  /** Time of the last click, from its event. */
  lastClick: number;
  /** For each press of the reader's pointer, how long after the input the page's handlers ran, in ms. */
  readonly inputDelays: number[];
  /**
   * For each click of the reader's, how long the page took to answer it, in ms: from the press's input (its
   * time stamp, when the browser received it) to just after the first frame painted once the click's handlers
   * had run — the wait behind other tasks, the handlers and the frame, as the reader sees them.
   */
  readonly inputAnswers: number[];
}

declare global {
  interface Window {
    /** The benchmark's probe, present only in pages the benchmark opens. */
    __chronographBench?: Probe;
  }
}

/** Marker name → selector; the app's readiness contract, and the bare page's. */
export const MARKERS: Record<string, string> = {
  appReady: 'html[data-app="ready"]',
  timelineMounted: '.timeline',
  timelineReady: '.timeline[data-ready="true"]',
  graphReady: 'svg[data-graph-ready="true"]',
  graphDrawn: 'svg.graph [data-actor-id]',
  bareData: '[data-bare-data="true"]',
  bareReady: '[data-bare-ready="true"]',
  importClean: '[data-testid="import-clean"]',
};

/** Runs in the page before its scripts. */
export function installProbe(markers: Record<string, string>): void {
  /** Calls `done` once the task running now, and whatever else is queued before this call, is over. */
  const afterTask = (done: () => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  };

  // Whether the page is in a frame's animation-frame callbacks. A change made there (vis-timeline draws in
  // them) is painted at the end of that same frame, in the same task, so the task after it is when it was
  // painted; a change made anywhere else waits for the next frame.
  let inFrame = false;
  const nextFrame = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback: FrameRequestCallback) =>
    nextFrame((time) => {
      if (!inFrame) {
        inFrame = true;
        afterTask(() => (inFrame = false));
      }
      callback(time);
    });

  /** Calls `done` with the time just after the frame that paints the DOM as it is now. */
  const afterPaint = (done: (at: number) => void) => {
    const painted = () => afterTask(() => done(performance.now()));
    if (inFrame) painted();
    else nextFrame(painted);
  };

  const marks: Record<string, Mark> = {};
  const pending = new Set(Object.keys(markers));
  const watchers = new Set<() => void>();
  const check = () => {
    for (const name of pending) {
      const selector = markers[name];
      if (selector === undefined || !document.querySelector(selector)) continue;
      pending.delete(name);
      const seen = performance.now();
      afterPaint((painted) => (marks[name] = { seen, painted }));
    }
    for (const watcher of watchers) watcher();
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });

  const longTasks: LongTask[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // A browser without long-task timing reports none; the frame intervals still show the stalls.
  }

  let frames: number[] | undefined;
  // The recorder's pending request, cancelled when it stops: a recording started again before that request
  // came due would otherwise run two loops, each frame counted twice.
  let frameRequest = 0;
  const cancelFrame = window.cancelAnimationFrame.bind(window);
  const onFrame = (at: number) => {
    if (!frames) return;
    frames.push(at);
    frameRequest = nextFrame(onFrame);
  };

  const downloads: Download[] = [];
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) downloads.push({ at: performance.now(), type: object.type, size: object.size });
    return createObjectURL(object);
  };

  const probe: Probe = {
    marks,
    longTasks,
    downloads,
    lastClick: Number.NaN,
    inputDelays: [],
    inputAnswers: [],
    inputResult: undefined,
    startFrames() {
      cancelFrame(frameRequest);
      frames = [];
      frameRequest = nextFrame(onFrame);
    },
    stopFrames() {
      cancelFrame(frameRequest);
      const recorded = frames ?? [];
      frames = undefined;
      const intervals = recorded.slice(1).map((at, k) => at - (recorded[k] ?? at));
      return { intervals, from: recorded[0] ?? 0, to: recorded[recorded.length - 1] ?? 0 };
    },
    armInput(expectation) {
      probe.lastClick = Number.NaN;
      const before = expectation.changed ? document.querySelector(expectation.changed)?.textContent : undefined;
      const unmet = new Set(expectation.present);
      if (expectation.changed) unmet.add(expectation.changed);
      probe.inputResult = new Promise((resolve) => {
        let finished = false;
        let lastPainted: number | undefined;
        const finish = () => {
          if (finished) return;
          finished = true;
          watchers.delete(watch);
          resolve({ ms: lastPainted, unmet: [...unmet] });
        };
        const watch = () => {
          if (Number.isNaN(probe.lastClick)) return;
          const unmetBefore = unmet.size;
          for (const selector of expectation.present) if (document.querySelector(selector)) unmet.delete(selector);
          const changed = expectation.changed;
          if (changed && document.querySelector(changed)?.textContent !== before) unmet.delete(changed);
          if (unmet.size === unmetBefore) return;
          const done = unmet.size === 0;
          afterPaint((at) => {
            lastPainted = at - probe.lastClick;
            if (done) finish();
          });
        };
        watchers.add(watch);
        setTimeout(finish, expectation.timeoutMs);
      });
    },
  };
  // Heard first, in the capture phase: the wait of a press is the page's, from the input to its first handler.
  let pressedAt = Number.NaN;
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (!event.isTrusted) return;
      pressedAt = event.timeStamp;
      probe.inputDelays.push(performance.now() - event.timeStamp);
    },
    true,
  );
  // Only the reader's clicks count: an export's download is itself a click, made by script. Heard first too;
  // the frame it waits for comes after the task that runs the click's handlers, so it paints what they changed.
  // A click with no press before it (from the keyboard) is timed from its own input.
  document.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      probe.lastClick = event.timeStamp;
      const from = Number.isNaN(pressedAt) ? event.timeStamp : pressedAt;
      pressedAt = Number.NaN;
      afterPaint((at) => probe.inputAnswers.push(at - from));
    },
    true,
  );
  window.__chronographBench = probe;
}
