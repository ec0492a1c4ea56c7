/** Drawing an SVG to PNG with librsvg's rsvg-convert, as the figure command does. */
import { spawnSync } from 'node:child_process';

export const RSVG_CONVERT = '/usr/bin/rsvg-convert';

export function rsvgPng(svg: string, zoom = 1): Uint8Array {
  const run = spawnSync(RSVG_CONVERT, ['--format=png', `--zoom=${zoom}`], { input: svg, maxBuffer: 64 * 1024 * 1024 });
  if (run.error || run.status !== 0)
    throw new Error(`rsvg-convert failed: ${run.error?.message ?? run.stderr.toString()}`);
  return run.stdout;
}
