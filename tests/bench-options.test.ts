import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZES, forEachOption, parseOptions } from '../bench/options.ts';

describe('forEachOption(args, usage, take)', () => {
  it('gives each option its value, written after it or after =, and says which option lacks one', () => {
    const seen: [string, string][] = [];
    forEachOption(['--a', '1', '--b=2', '--flag', '--c=x=y'], 'usage', (name, value) =>
      seen.push([name, name === '--flag' ? '' : value()]),
    );
    expect(seen).toEqual([
      ['--a', '1'],
      ['--b', '2'],
      ['--flag', ''],
      ['--c', 'x=y'],
    ]);
    expect(() => forEachOption(['--a'], 'the usage', (_, value) => value())).toThrow(
      'missing value for --a\nthe usage',
    );
  });
});

describe('parseOptions(args)', () => {
  it('measures every size 5 times into latest.json unless told otherwise', () => {
    expect(parseOptions([])).toEqual({
      sizes: DEFAULT_SIZES,
      runs: 5,
      quick: false,
      out: 'latest.json',
      bareMax: Infinity,
    });
    expect(parseOptions(['--sizes', 'bundled,10000', '--runs=3', '--out', '100k.json', '--bare-max', '10'])).toEqual({
      sizes: ['bundled', 10_000],
      runs: 3,
      quick: false,
      out: '100k.json',
      bareMax: 10,
    });
    expect(parseOptions(['--quick'])).toMatchObject({ sizes: [100], runs: 2, out: 'quick.json' });
  });

  it.each([
    [['--runs', '0'], 'invalid --runs: 0'],
    [['--sizes', 'big'], 'invalid --sizes: big'],
    [['--out', '../x.json'], 'invalid --out: ../x.json'],
    [['--runs'], 'missing value for --runs'],
    [['--fast'], 'unknown option: --fast'],
  ])('refuses %j, saying which argument is wrong', (args, message) => {
    expect(() => parseOptions(args)).toThrow(message);
  });
});
