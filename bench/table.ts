/** The benchmark's report for people: one table per dataset (app, bare, ratio), then the targets. */
import { APP_FIGURES, APP_FIGURE_KEYS, TIMELINE_FIGURES, type SizeSummary, type TimelineFigure } from './summary.ts';
import type { Target } from './targets.ts';

const number = (value: number | undefined, digits = 1) =>
  value === undefined ? '—' : value.toLocaleString('en-US', { maximumFractionDigits: digits });

function pad(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '),
    )
    .join('\n');
}

const isTimelineFigure = (key: string): key is TimelineFigure => TIMELINE_FIGURES.some((k) => k === key);

/** The figures of one dataset. */
export function sizeTable(summary: SizeSummary): string {
  const title =
    summary.size === 'bundled'
      ? `bundled dataset (${summary.events} events, ${summary.actors} actors)`
      : `${summary.events.toLocaleString('en-US')} events, ${summary.actors} actors`;
  const rows = [['figure (median)', 'app', 'bare', 'app÷bare']];
  for (const key of APP_FIGURE_KEYS) {
    const label = APP_FIGURES[key];
    const value = summary.app[key];
    const bare = isTimelineFigure(key) ? summary.bare[key] : undefined;
    const ratio = isTimelineFigure(key) ? summary.ratio[key] : undefined;
    rows.push([label, number(value), number(bare), number(ratio, 2)]);
  }
  const notes = summary.notes.map((n) => `  note: ${n}`).join('\n');
  return `\n## ${title}\n${pad(rows)}${notes ? `\n${notes}` : ''}`;
}

/** The targets, with a verdict each. */
export function targetTable(targets: readonly Target[]): string {
  const rows = [['target', 'value', 'limit', 'unit', '']];
  for (const t of targets) {
    const verdict = t.value === null ? 'not measured' : t.value <= t.limit ? 'met' : 'MISSED';
    rows.push([t.id, number(t.value ?? undefined, 2), number(t.limit, 2), t.unit, verdict]);
  }
  const notes = targets.flatMap((t) => (t.note ? [`  ${t.id}: ${t.note}`] : [])).join('\n');
  return `\n## targets (each value must be ≤ its limit)\n${pad(rows)}${notes ? `\n${notes}` : ''}`;
}
