import { describe, expect, it } from 'vitest';
import { compareReport, parseCompareOptions } from '../bench/compare-report.ts';

describe('parseCompareOptions(args)', () => {
  it('compares with HEAD, 6 imports each of 100,000 events, unless told otherwise', () => {
    expect(parseCompareOptions([])).toEqual({ base: 'HEAD', runs: 6, events: 100_000 });
    expect(parseCompareOptions(['--base', 'c7ac423', '--runs=4', '--events', '1000'])).toEqual({
      base: 'c7ac423',
      runs: 4,
      events: 1000,
    });
  });

  it.each([
    [['--runs', '0'], 'invalid --runs: 0'],
    [['--runs', '2.5'], 'invalid --runs: 2.5'],
    [['--events', 'many'], 'invalid --events: many'],
    [['--base', '--runs'], 'invalid --base: --runs'],
    [['--base'], 'missing value for --base'],
    [['--sizes', '100'], 'unknown option: --sizes'],
  ])('refuses %j, saying which argument is wrong', (args, message) => {
    expect(() => parseCompareOptions(args)).toThrow(message);
  });
});

describe('compareReport(base, head)', () => {
  it('shows each pair with its difference, the medians, and in how many pairs the working tree was faster', () => {
    const report = compareReport(
      {
        label: 'c7ac423',
        runs: [
          { ms: 3100, appliedMs: 5600, clickMs: 20, longestTaskMs: 120 },
          { ms: 3000, appliedMs: 5500, clickMs: 30, longestTaskMs: 150 },
          { ms: 3300, appliedMs: 5900, clickMs: 10, longestTaskMs: 130 },
        ],
      },
      {
        label: 'working tree',
        runs: [
          { ms: 2900, appliedMs: 5400, clickMs: 25 },
          { ms: 3050, appliedMs: 5300, clickMs: 15 },
          { ms: 3000, clickMs: 35 },
        ],
      },
    );
    expect(report.split('\n')).toEqual([
      'pair 1: c7ac423 3,100 ms, working tree 2,900 ms (-200 ms)',
      'pair 2: c7ac423 3,000 ms, working tree 3,050 ms (+50 ms)',
      'pair 3: c7ac423 3,300 ms, working tree 3,000 ms (-300 ms)',
      'c7ac423: import 3,100 ms (median of 3), shown after Apply 5,600 ms, slowest click 20 ms, longest task 130 ms',
      'working tree: import 3,000 ms (median of 3), shown after Apply 5,350 ms, slowest click 25 ms, longest task —',
      'working tree against c7ac423: median difference -200 ms, faster in 2 of 3 pairs',
    ]);
  });

  it('leaves a pair out when either import was not measured, and says why', () => {
    const report = compareReport(
      { label: 'HEAD', runs: [{ ms: 3000 }, { note: 'not measured: the app did not start' }] },
      { label: 'working tree', runs: [{ ms: 3100 }, { ms: 2000 }] },
    );
    expect(report).toContain('pair 2: HEAD —, working tree 2,000 ms (not measured: the app did not start)');
    expect(report).toContain('HEAD: import 3,000 ms (median of 1)');
    expect(report).toContain('working tree: import 2,550 ms (median of 2)');
    expect(report).toContain('median difference 100 ms, faster in 0 of 1 pairs');
  });

  it('says so when no pair was measured', () => {
    expect(compareReport({ label: 'HEAD', runs: [] }, { label: 'working tree', runs: [] })).toContain(
      'no pair was measured',
    );
  });
});
