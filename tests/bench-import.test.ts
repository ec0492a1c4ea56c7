import { describe, expect, it } from 'vitest';
import { importMedians, slowestAnswer } from '../bench/measure-import.ts';

describe('importMedians(runs)', () => {
  it('takes the median of each figure over the runs that were measured', () => {
    const runs = [
      { ms: 3100, appliedMs: 6000, clickMs: 150, driverClickMs: 240, inputDelayMs: 9, longestTaskMs: 120 },
      { note: 'not measured: the import did not finish within 120 s' },
      { ms: 2800, appliedMs: 5800, clickMs: 190, driverClickMs: 310, inputDelayMs: 120, longestTaskMs: 160 },
      { ms: 2900, appliedMs: 5900, clickMs: 110, driverClickMs: 180, inputDelayMs: 4, longestTaskMs: 210 },
    ];
    expect(importMedians(runs)).toEqual({
      ms: 2900,
      appliedMs: 5900,
      clickMs: 150,
      driverClickMs: 240,
      inputDelayMs: 9,
      longestTaskMs: 160,
    });
  });

  it('says why when no run was measured', () => {
    expect(importMedians([{ note: 'not measured: the import reported problems' }, { note: 'other' }])).toEqual({
      note: 'not measured: the import reported problems',
    });
    expect(importMedians([])).toEqual({});
  });
});

describe('slowestAnswer(answers, clicks)', () => {
  it('is the slowest answer, rounded, when every click was answered', () => {
    expect(slowestAnswer([12.4, 61.6, 30], 3)).toBe(62);
    expect(slowestAnswer([], 0)).toBe(0);
  });

  it("is the driver's timeout when a click has no answer", () => {
    expect(slowestAnswer([12.4, 30], 3)).toBe(10_000);
    expect(slowestAnswer([], 1)).toBe(10_000);
  });
});
