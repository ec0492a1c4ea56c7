/**
 * The targets of issue 6, each an upper bound read from the summaries: `value` must be at most `limit`.
 * A row of the table that names two limits gives two entries. A target whose dataset was not
 * measured has `value: null` and a note saying why, so a reader can tell a miss from a gap.
 */
import type { Size } from './options.ts';
import type { AppFigure, SizeSummary } from './summary.ts';

export interface Target {
  readonly id: string;
  readonly what: string;
  readonly value: number | null;
  readonly limit: number;
  readonly unit: string;
  /** Why `value` is null. */
  readonly note?: string;
}

/** Extra figures a target can read that are not app figures: measured elsewhere in the run. */
export interface ExtraFigures {
  /** Import and validation of 100,000 events through the import UI. */
  readonly importMs?: number;
  /** Slowest answer to a click during that import, from the press's input to the frame painted after it. */
  readonly importClickMs?: number;
  /** Longest main-thread task during that import. */
  readonly importLongestTaskMs?: number;
  /** Why the import was not measured. */
  readonly importNote?: string;
}

type Read = (summary: SizeSummary) => number | undefined;

const figure =
  (key: AppFigure): Read =>
  (s) =>
    s.app[key];
const worst =
  (...keys: AppFigure[]): Read =>
  (s) => {
    const values = keys.map((k) => s.app[k]);
    return values.some((v) => v === undefined) ? undefined : Math.max(...values.map((v) => v ?? 0));
  };

/** Builds every target from the measured datasets. */
export function buildTargets(summaries: readonly SizeSummary[], extra: ExtraFigures): Target[] {
  const at = (size: Size | ((s: SizeSummary) => boolean)) =>
    summaries.find((s) => (typeof size === 'function' ? size(s) : s.size === size));
  const from = (
    id: string,
    what: string,
    size: Size | ((s: SizeSummary) => boolean),
    read: Read,
    limit: number,
    unit: string,
    sizeName: string,
  ): Target => {
    const summary = at(size);
    const value = summary ? read(summary) : undefined;
    if (value !== undefined) return { id, what, value: Number(value.toFixed(3)), limit, unit };
    const note = summary
      ? `not measured: no run produced it (see notes for ${sizeName})`
      : `not measured: ${sizeName} not in --sizes`;
    return { id, what, value: null, limit, unit, note };
  };
  const thousandActors = (s: SizeSummary) => s.actors >= 1000;
  return [
    from(
      'bundled-first-render',
      'bundled dataset: first render of timeline and graph, from data validated',
      'bundled',
      worst('timelineRenderMs', 'graphRenderMs'),
      300,
      'ms',
      'bundled',
    ),
    from(
      'bundled-zoom-pan-p95',
      'bundled dataset: zoom/pan p95 frame interval',
      'bundled',
      figure('frameP95'),
      16.7,
      'ms',
      'bundled',
    ),
    from(
      '10k-first-render',
      '10,000 events, 300 actors: first render of timeline and graph, from data validated',
      10_000,
      worst('timelineRenderMs', 'graphRenderMs'),
      1500,
      'ms',
      '10000',
    ),
    from(
      '10k-zoom-pan-p95',
      '10,000 events: zoom/pan p95 frame interval',
      10_000,
      figure('frameP95'),
      33,
      'ms',
      '10000',
    ),
    from(
      '10k-zoom-pan-longest-task',
      '10,000 events: longest task during zoom/pan',
      10_000,
      figure('longTaskMax'),
      200,
      'ms',
      '10000',
    ),
    from(
      '10k-filter',
      '10,000 events: filter change, click to frame painted',
      10_000,
      figure('filterMs'),
      100,
      'ms',
      '10000',
    ),
    from(
      '10k-selection',
      '10,000 events: selection, click to panel and graph highlight painted',
      10_000,
      figure('selectionMs'),
      100,
      'ms',
      '10000',
    ),
    from(
      '10k-svg-export',
      '10,000 events: SVG export, slower of timeline and graph',
      10_000,
      worst('exportTimelineMs', 'exportGraphMs'),
      1000,
      'ms',
      '10000',
    ),
    imported(
      '100k-import-validate',
      '100,000 events: import and validate through the import UI',
      extra.importMs,
      3000,
      extra.importNote,
    ),
    imported(
      '100k-import-click',
      '100,000 events: slowest answer to a click during import (press to the frame painted after it)',
      extra.importClickMs,
      200,
      extra.importNote,
    ),
    imported(
      '100k-import-longest-task',
      '100,000 events: longest main-thread task during import (a click waits at most this long)',
      extra.importLongestTaskMs,
      200,
      extra.importNote,
    ),
    from(
      '1k-actors-graph-layout',
      '1,000 actors: graph drawn, from data validated',
      thousandActors,
      figure('graphRenderMs'),
      2000,
      'ms',
      'a 1,000-actor dataset (100000)',
    ),
    from(
      '1k-actors-graph-main-thread',
      '1,000 actors: longest main-thread task while the graph is laid out (layout off the main thread)',
      thousandActors,
      figure('graphLongestTaskMs'),
      200,
      'ms',
      'a 1,000-actor dataset (100000)',
    ),
    from(
      'initial-js',
      'initial JS (entry module and its preloaded imports), gzip; the timeline widget and workers load in parallel',
      (s) => s.app.initialJsKB !== undefined,
      figure('initialJsKB'),
      150,
      'kB',
      'any dataset',
    ),
    from(
      '10k-timeline-vs-bare',
      '10,000 events: timeline first render, app ÷ bare vis-timeline',
      10_000,
      (s) => s.ratio.timelineRenderMs,
      0.5,
      'ratio',
      '10000',
    ),
  ];
}

function imported(
  id: string,
  what: string,
  value: number | undefined,
  limit: number,
  note: string | undefined,
): Target {
  if (value !== undefined) return { id, what, value: Number(value.toFixed(3)), limit, unit: 'ms' };
  return { id, what, value: null, limit, unit: 'ms', note: note ?? 'not measured: 100000 not in --sizes' };
}
