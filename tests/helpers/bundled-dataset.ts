/** The bundled dataset, validated and resolved once per test file, as the CLI loads it. */
import { resolveDataset, type ResolvedDataset } from '../../src/lib/model/resolve.ts';
import { validatePaths } from '../../src/node/dataset-files.ts';

let cached: ResolvedDataset | undefined;

export function bundledDataset(): ResolvedDataset {
  if (cached) return cached;
  const result = validatePaths([]);
  if (!result.dataset) throw new Error(`the bundled dataset is invalid: ${result.issues.length} problem(s)`);
  cached = resolveDataset(result.dataset);
  return cached;
}
