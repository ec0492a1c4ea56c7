/**
 * From runs to figures: each figure of each run, then the median over the measured runs, and for the
 * timeline figures the ratio of the app to the bare vis-timeline page. A figure no run produced is absent.
 */
import type { AppRun } from './measure-app.ts';
import type { BareRun } from './measure-bare.ts';
import type { ZoomPanResult } from './interact.ts';
import type { Size } from './options.ts';
import { median, percentile } from './stats.ts';

/** Names of the app's figures, each a median over runs. */
export const APP_FIGURES = {
  loadValidateMs: 'load + validate (ms)',
  timelineRenderMs: 'timeline first render (ms)',
  graphRenderMs: 'graph first render (ms)',
  graphLongestTaskMs: 'longest main-thread task, data → graph (ms)',
  frameP50: 'zoom/pan frame p50 (ms)',
  frameP95: 'zoom/pan frame p95 (ms)',
  frameMax: 'zoom/pan frame max (ms)',
  longTaskCount: 'zoom/pan long tasks (count)',
  longTaskMax: 'zoom/pan longest task (ms)',
  afterFrameMax: 'the second after zoom/pan: frame max (ms)',
  afterLongTaskMax: 'the second after zoom/pan: longest task (ms)',
  filterMs: 'filter change (ms)',
  selectionMs: 'selection → panel + graph (ms)',
  exportTimelineMs: 'SVG export, timeline (ms)',
  exportTimelineKB: 'SVG export, timeline (kB)',
  exportGraphMs: 'SVG export, graph (ms)',
  exportGraphKB: 'SVG export, graph (kB)',
  initialJsKB: 'initial JS: entry + preloaded imports, gzip (kB)',
  startupJsKB: 'all JS fetched before first render, gzip (kB)',
  initialCssKB: 'initial CSS, gzip (kB)',
  heapMB: 'JS heap used after load (MB)',
} as const;

/** The timeline figures the bare page also has, under the same names. */
export const TIMELINE_FIGURES = [
  'timelineRenderMs',
  'frameP50',
  'frameP95',
  'frameMax',
  'longTaskCount',
  'longTaskMax',
  'afterFrameMax',
  'afterLongTaskMax',
] as const;

export type AppFigure = keyof typeof APP_FIGURES;
export const APP_FIGURE_KEYS = Object.keys(APP_FIGURES).filter((k): k is AppFigure => k in APP_FIGURES);
export type TimelineFigure = (typeof TIMELINE_FIGURES)[number];
export type Figures<K extends string> = Partial<Record<K, number>>;

export interface SizeSummary {
  readonly size: Size;
  readonly events: number;
  readonly actors: number;
  readonly app: Figures<AppFigure>;
  readonly bare: Figures<TimelineFigure>;
  /** App ÷ bare, per timeline figure. */
  readonly ratio: Figures<TimelineFigure>;
  /** What could not be measured, and other remarks, each once. */
  readonly notes: readonly string[];
}

function frames(zoomPan: ZoomPanResult | undefined): Figures<Exclude<TimelineFigure, 'timelineRenderMs'>> {
  if (!zoomPan || zoomPan.intervals.length === 0) return {};
  const tasks = zoomPan.longTasks.map((t) => t.duration);
  return {
    frameP50: percentile(zoomPan.intervals, 50),
    frameP95: percentile(zoomPan.intervals, 95),
    frameMax: Math.max(...zoomPan.intervals),
    longTaskCount: tasks.length,
    longTaskMax: Math.max(0, ...tasks),
    ...afterFigures(zoomPan.after),
  };
}

/** The figures of the second after the zoom/pan, when it was watched. */
function afterFigures(after: ZoomPanResult['after']): Figures<'afterFrameMax' | 'afterLongTaskMax'> {
  if (!after || after.intervals.length === 0) return {};
  return {
    afterFrameMax: Math.max(...after.intervals),
    afterLongTaskMax: Math.max(0, ...after.longTasks.map((t) => t.duration)),
  };
}

/** One app run's figures. */
export function appFigures(run: AppRun): Figures<AppFigure> {
  const kB = (bytes: number | undefined) => (bytes === undefined ? undefined : bytes / 1000);
  return {
    loadValidateMs: run.loadValidateMs,
    timelineRenderMs: run.timelineRenderMs,
    graphRenderMs: run.graphRenderMs,
    graphLongestTaskMs: run.graphLongestTaskMs,
    ...frames(run.zoomPan),
    filterMs: run.filterMs,
    selectionMs: run.selectionMs,
    exportTimelineMs: run.exportTimeline?.ms,
    exportTimelineKB: kB(run.exportTimeline?.bytes),
    exportGraphMs: run.exportGraph?.ms,
    exportGraphKB: kB(run.exportGraph?.bytes),
    initialJsKB: kB(run.assets?.entryJsGzip),
    startupJsKB: kB(run.assets?.jsGzip),
    initialCssKB: kB(run.assets?.cssGzip),
    heapMB: run.heapBytes === undefined ? undefined : run.heapBytes / 1e6,
  };
}

/** One bare run's figures. */
export function bareFigures(run: BareRun): Figures<TimelineFigure> {
  return { timelineRenderMs: run.renderMs, ...frames(run.zoomPan) };
}

function medians<K extends string>(runs: readonly Figures<K>[], keys: readonly K[]): Figures<K> {
  const result: Figures<K> = {};
  for (const key of keys) {
    const values = runs.flatMap((r) => (r[key] === undefined ? [] : [r[key]]));
    const value = median(values);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/** Summarises the measured runs of one dataset. */
export function summarize(
  size: Size,
  counts: { events: number; actors: number },
  appRuns: readonly AppRun[],
  bareRuns: readonly BareRun[],
): SizeSummary {
  const app = medians(appRuns.map(appFigures), APP_FIGURE_KEYS);
  const bare = medians(bareRuns.map(bareFigures), TIMELINE_FIGURES);
  const ratio: Figures<TimelineFigure> = {};
  for (const key of TIMELINE_FIGURES) {
    const ours = app[key];
    const theirs = bare[key];
    if (ours !== undefined && theirs !== undefined && theirs > 0) ratio[key] = ours / theirs;
  }
  const notes = [...new Set([...appRuns, ...bareRuns].flatMap((r) => r.notes))];
  return { size, ...counts, app, bare, ratio, notes };
}
