// The app's en-US number formatting (src/ui/format.ts) is written out instead of calling Intl (the first
// Intl call of a page is slow); these check it against Intl.NumberFormat itself, value by value.
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatPercent,
  numberFormatter,
  type NumberFormatOptions,
} from '../../../src/ui/format.ts';

const MINUS = '\u2212';

function intl(options: NumberFormatOptions): (n: number) => string {
  const f = new Intl.NumberFormat('en-US', { ...options, signDisplay: 'negative' });
  return (n) => f.format(n).replace('-', MINUS);
}

// A fixed pseudo-random sequence, so a failure names the same values on every run.
function* values(count: number): Generator<number> {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const edges = [0, -0, 0.5, 1.5, 2.5, -0.5, 0.005, 1.005, 0.125, 0.0005, 0.999, 9.995, 99.95, 999999.5];
  yield* edges;
  yield* [0.101, 0.15, 0.0449, 0.3, 0.07, 1e-7, 1.23e-5, 1e21, 123456789012, 2 ** 53, 0.1 + 0.2];
  for (let i = 0; i < count; i++) {
    const magnitude = 10 ** Math.floor(next() * 14 - 7);
    const sign = next() < 0.2 ? -1 : 1;
    const raw = next() * magnitude * sign;
    // Also values that sit on a rounding boundary: n.nn5 in decimal.
    yield i % 3 === 0 ? Number((Math.round(raw * 1000) / 1000 + 0.0005).toPrecision(12)) : raw;
    yield Math.round(raw * 100) / 100;
  }
}

const OPTIONS: NumberFormatOptions[] = [
  {},
  { maximumFractionDigits: 2 },
  { maximumFractionDigits: 0 },
  { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  { minimumFractionDigits: 3 },
  { style: 'percent' },
  { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 },
  { style: 'percent', maximumFractionDigits: 3 },
  { maximumSignificantDigits: 6 },
  { maximumSignificantDigits: 2 },
];

describe('numberFormatter', () => {
  for (const options of OPTIONS) {
    it(`writes what Intl.NumberFormat writes, ${JSON.stringify(options)}`, () => {
      const ours = numberFormatter(options);
      const theirs = intl(options);
      const differ: string[] = [];
      for (const n of values(2000)) {
        if (ours(n) !== theirs(n)) differ.push(`${n}: ${ours(n)} ≠ ${theirs(n)}`);
      }
      expect(differ.slice(0, 10)).toEqual([]);
    });
  }

  it('keeps the house conventions: true minus, no negative zero, one decimal on shares', () => {
    expect(formatCount(-7237)).toBe(`${MINUS}7,237`);
    expect(numberFormatter({ maximumFractionDigits: 1 })(-0.04)).toBe('0');
    expect(formatPercent(0.101)).toBe('10.1%');
    expect(formatPercent(0.16)).toBe('16.0%');
    expect(formatCount(1234567.891)).toBe('1,234,567.891');
  });
});
