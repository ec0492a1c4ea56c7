/**
 * The `memberOf` hierarchy of actors: finding cycles, and rolling an actor up to the organization or the
 * state it speaks for. The first parent is the roll-up parent, so the path upward is always one chain.
 */
import type { Actor } from './schema.ts';

/** How far actors are rolled up before they are counted. */
export type Level = 'actor' | 'organization' | 'state';
export const LEVELS: readonly Level[] = ['actor', 'organization', 'state'];

/**
 * Each cycle in the membership graph, as the list of ids around it (each cycle reported once, starting
 * from its smallest id). Every parent is followed, not only the first.
 */
export function memberOfCycles(actors: readonly Pick<Actor, 'id' | 'memberOf'>[]): string[][] {
  const parents = new Map(actors.map((a) => [a.id, a.memberOf]));
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles = new Map<string, string[]>();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const parent of parents.get(id) ?? []) {
      if (!parents.has(parent)) continue;
      const seen = state.get(parent);
      if (seen === 'visiting') {
        const cycle = stack.slice(stack.indexOf(parent));
        const smallest = [...cycle].sort()[0] ?? parent;
        const rotated = [...cycle.slice(cycle.indexOf(smallest)), ...cycle.slice(0, cycle.indexOf(smallest))];
        cycles.set(rotated.join(' → '), rotated);
      } else if (seen === undefined) {
        visit(parent);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...parents.keys()].sort()) if (!state.has(id)) visit(id);
  return [...cycles.values()];
}

/** The chain from an actor up through its first parents: the actor itself first. Stops at a repeat. */
export function ancestry(id: string, byId: ReadonlyMap<string, Actor>): Actor[] {
  const chain: Actor[] = [];
  const seen = new Set<string>();
  for (let current = byId.get(id); current && !seen.has(current.id); current = byId.get(current.memberOf[0] ?? '')) {
    seen.add(current.id);
    chain.push(current);
  }
  return chain;
}

/**
 * The actor that stands for `id` at a level. `organization`: the nearest actor in the chain that is not a
 * person (a minister counts as their ministry). `state`: the nearest state in the chain, or else the top of
 * the chain (an armed group or alliance with no state above it stands for itself).
 */
export function rollUp(id: string, level: Level, byId: ReadonlyMap<string, Actor>): string {
  if (level === 'actor') return id;
  const chain = ancestry(id, byId);
  if (level === 'organization') return (chain.find((a) => a.kind !== 'person') ?? chain[0])?.id ?? id;
  return (chain.find((a) => a.kind === 'state') ?? chain[chain.length - 1])?.id ?? id;
}

/** An actor's side, its own or the nearest one declared up its chain. */
export function alignmentOf(id: string, byId: ReadonlyMap<string, Actor>): Actor['alignment'] {
  return ancestry(id, byId).find((a) => a.alignment !== undefined)?.alignment ?? 'other';
}
