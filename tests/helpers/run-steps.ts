/** Runs steps (`src/lib/model/steps.ts`) to the end, keeping the share each step yielded, and the result. */
import type { Steps } from '../../src/lib/model/steps.ts';

export function runSteps<T>(steps: Steps<T>): { readonly shares: number[]; readonly value: T } {
  const shares: number[] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return { shares, value: step.value };
    shares.push(step.value);
  }
}
