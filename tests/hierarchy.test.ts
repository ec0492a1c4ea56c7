import { describe, expect, it } from 'vitest';
import { alignmentOf, memberOfCycles, rollUp } from '../src/lib/model/hierarchy.ts';
import type { Actor } from '../src/lib/model/schema.ts';

const actor = (id: string, kind: Actor['kind'], memberOf: string[] = [], alignment?: Actor['alignment']): Actor => ({
  id,
  name: { en: id, ar: id },
  aliases: { en: [], ar: [] },
  kind,
  memberOf,
  ...(alignment ? { alignment } : {}),
});

const actors = [
  actor('russia', 'state', [], 'russia-allies'),
  actor('russian-mfa', 'organization', ['russia']),
  actor('sergey-lavrov', 'person', ['russian-mfa']),
  actor('us-led-coalition', 'alliance', [], 'us-coalition'),
  actor('united-states', 'state', ['us-led-coalition']),
  actor('us-forces', 'organization', ['united-states']),
  actor('sdf', 'armed-group', [], 'sdf-kurdish'),
  actor('ypg', 'armed-group', ['sdf']),
  actor('unnamed-source', 'person'),
];
const byId = new Map(actors.map((a) => [a.id, a]));

describe('rollUp(id, level, actors)', () => {
  it.each([
    ['sergey-lavrov', 'actor', 'sergey-lavrov'],
    ['sergey-lavrov', 'organization', 'russian-mfa'],
    ['sergey-lavrov', 'state', 'russia'],
    ['us-forces', 'state', 'united-states'],
    ['united-states', 'state', 'united-states'],
    ['us-led-coalition', 'state', 'us-led-coalition'],
    ['ypg', 'organization', 'ypg'],
    ['ypg', 'state', 'sdf'],
    ['unnamed-source', 'organization', 'unnamed-source'],
  ] as const)('rollUp(%j, %j) is %j', (id, level, expected) => {
    expect(rollUp(id, level, byId)).toBe(expected);
  });
});

describe('alignmentOf(id, actors)', () => {
  it('inherits the nearest declared side up the chain', () => {
    expect(alignmentOf('sergey-lavrov', byId)).toBe('russia-allies');
    expect(alignmentOf('us-forces', byId)).toBe('us-coalition');
    expect(alignmentOf('ypg', byId)).toBe('sdf-kurdish');
    expect(alignmentOf('unnamed-source', byId)).toBe('other');
  });
});

describe('memberOfCycles(actors)', () => {
  it('finds no cycle in a hierarchy', () => {
    expect(memberOfCycles(actors)).toEqual([]);
  });

  it('reports each cycle once, from its smallest id, following every parent', () => {
    const cyclic = [
      { id: 'c', memberOf: ['a'] },
      { id: 'a', memberOf: ['x', 'b'] },
      { id: 'b', memberOf: ['c'] },
      { id: 'x', memberOf: [] },
    ];
    expect(memberOfCycles(cyclic)).toEqual([['a', 'b', 'c']]);
  });
});
