import { describe, expect, it } from 'vitest';
import { mergeStrokes, type StrokedEdge } from '../src/lib/model/graph-strokes.ts';

const KINDS = ['accusation', 'denial'] as const;

describe('mergeStrokes(edges, kinds)', () => {
  it('draws every edge of one kind and width in one path, each edge a subpath, in the order given', () => {
    const edges: StrokedEdge[] = [
      { kind: 'accusation', width: 1.5, d: 'M0,0L10,0' },
      { kind: 'accusation', width: 1.5, d: 'M0,5L10,5' },
    ];
    expect(mergeStrokes(edges, KINDS)).toEqual([{ kind: 'accusation', width: 1.5, d: 'M0,0L10,0M0,5L10,5', count: 2 }]);
  });

  it('keeps kinds and widths apart, thinnest first and, at one width, in the order of the kinds', () => {
    const edges: StrokedEdge[] = [
      { kind: 'denial', width: 1.5, d: 'M1,1L2,2' },
      { kind: 'accusation', width: 7, d: 'M3,3L4,4' },
      { kind: 'accusation', width: 1.5, d: 'M5,5L6,6' },
      { kind: 'denial', width: 7, d: 'M7,7L8,8' },
    ];
    expect(mergeStrokes(edges, KINDS).map((s) => [s.kind, s.width, s.d])).toEqual([
      ['accusation', 1.5, 'M5,5L6,6'],
      ['denial', 1.5, 'M1,1L2,2'],
      ['accusation', 7, 'M3,3L4,4'],
      ['denial', 7, 'M7,7L8,8'],
    ]);
  });

  it('loses no edge: the strokes hold every subpath once, and count them', () => {
    const edges: StrokedEdge[] = Array.from({ length: 50 }, (_, i) => ({
      kind: KINDS[i % 2] ?? 'accusation',
      width: [0.5, 0.56, 0.77][i % 3] ?? 0.5,
      d: `M${i},0L${i},1`,
    }));
    const strokes = mergeStrokes(edges, KINDS);
    expect(strokes).toHaveLength(6);
    expect(strokes.reduce((sum, s) => sum + s.count, 0)).toBe(50);
    const subpaths = strokes.flatMap((s) => s.d.split(/(?=M)/)).sort();
    expect(subpaths).toEqual(edges.map((e) => e.d).sort());
  });

  it('draws nothing for no edges', () => {
    expect(mergeStrokes([], KINDS)).toEqual([]);
  });
});
