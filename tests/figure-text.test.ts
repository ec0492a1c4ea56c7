/** The figure renderer's text helpers: escaping, numbers, label cleaning, measuring and lane packing. */
import { describe, expect, it } from 'vitest';
import { packLanes } from '../src/lib/figure/lanes.ts';
import { truncate, wrap, textWidth } from '../src/lib/figure/measure.ts';
import { safeLabel } from '../src/lib/figure/safe-label.ts';
import { el, escapeXml, num } from '../src/lib/figure/xml.ts';

describe('escapeXml(text)', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    [`"quoted" 'single'`, '&quot;quoted&quot; &apos;single&apos;'],
    ['&amp;', '&amp;amp;'],
    ['nul\u0000 vt\u000B ff\u000C esc\u001B', 'nul vt ff esc'],
    ['lone \uD800 high, lone \uDC00 low', 'lone  high, lone  low'],
    ['pair 😀 kept', 'pair 😀 kept'],
    ['tab\tnewline\n kept', 'tab\tnewline\n kept'],
  ])('escapeXml(%j) is %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('num(value)', () => {
  it.each([
    [1.005, '1'],
    [1.236, '1.24'],
    [-0.001, '0'],
    [1600, '1600'],
  ])('num(%d) is %s', (input, expected) => {
    expect(num(input)).toBe(expected);
  });

  it('throws on NaN and infinities rather than print them', () => {
    expect(() => num(Number.NaN)).toThrow('non-finite');
    expect(() => num(Infinity)).toThrow('non-finite');
  });

  it('el(name, attrs) leaves out undefined attributes and escapes values', () => {
    expect(el('rect', { x: 1.234, fill: undefined, title: '"<' })).toBe('<rect x="1.23" title="&quot;&lt;"/>');
  });
});

describe('safeLabel(text)', () => {
  it.each([
    ['abc\u202Eevil', 'abc\uFFFDevil'],
    ['\u2067isolated\u2069', '\uFFFDisolated\uFFFD'],
    ['line\nbreak\ttab', 'line break tab'],
    ['bell\u0007', 'bell\uFFFD'],
    ['lone \uD800', 'lone \uFFFD'],
    ['  spaced   out  ', 'spaced out'],
    ['روسيا', 'روسيا'],
  ])('safeLabel(%j) is %j', (input, expected) => {
    expect(safeLabel(input)).toBe(expected);
  });
});

describe('truncate and wrap', () => {
  it('truncate(text, width, size) keeps text that fits and ends what does not with an ellipsis', () => {
    expect(truncate('Russia', 200, 12)).toBe('Russia');
    const cut = truncate('Russian Ministry of Defence', 60, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(60);
  });

  it('truncate never splits a surrogate pair', () => {
    const cut = truncate('😀😀😀😀😀😀😀😀', 30, 12);
    expect(cut).toMatch(/^(😀)*…$/u);
  });

  it('wrap(text, width, size, maxLines) breaks at spaces and ends the last line with an ellipsis', () => {
    const lines = wrap('one two three four five six seven eight nine ten', 60, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});

describe('packLanes(extents, gap, maxLanes)', () => {
  it('puts overlapping items in separate lanes and reuses a lane once it is free', () => {
    const packing = packLanes(
      [
        { id: 'a', from: 0, to: 50 },
        { id: 'b', from: 10, to: 60 },
        { id: 'c', from: 55, to: 90 },
      ],
      2,
    );
    expect([...packing.lanes]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
    expect(packing.count).toBe(2);
  });

  it('sends what does not fit within maxLanes to the overflow', () => {
    const extents = ['a', 'b', 'c'].map((id) => ({ id, from: 0, to: 10 }));
    const packing = packLanes(extents, 2, 2);
    expect(packing.overflow).toEqual(['c']);
  });
});
