// The overview's reading of a country's series: first month, peak and latest count; best and latest rank.
import { describe, expect, test } from 'vitest';
import { countryTrend, rankReading } from '../../../src/features/overview/countryOverview.ts';

const rank = (r: number, of = 10) => ({ rank: r, of });

describe('a country’s trend', () => {
  test('finds the first month with anyone deployed, the earliest peak and the latest count', () => {
    expect(countryTrend([null, 0, 5, 9, null, 9, 7], 6)).toEqual({
      first: 2,
      peak: { month: 3, value: 9 },
      latest: 7,
    });
  });

  test('a month without a report at the end is null, not 0', () => {
    expect(countryTrend([4, 6, null], 2).latest).toBeNull();
  });

  test('a country never deployed has no first month and no peak', () => {
    expect(countryTrend([null, 0, 0], 2)).toEqual({ first: null, peak: null, latest: 0 });
  });
});

describe('a country’s rank', () => {
  test('gives the latest rank, the best rank with its first month, and the months ranked first', () => {
    expect(rankReading([null, rank(3), rank(1), rank(2), rank(1), rank(4)], 5)).toEqual({
      latest: rank(4),
      best: { month: 2, rank: 1 },
      monthsFirst: 2,
    });
  });

  test('not deployed in the latest month: no latest rank', () => {
    expect(rankReading([rank(2), null], 1)).toEqual({
      latest: null,
      best: { month: 0, rank: 2 },
      monthsFirst: 0,
    });
  });
});
