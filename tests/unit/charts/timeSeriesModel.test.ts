import { describe, expect, it } from 'vitest';
import {
  gapRanges,
  lastPoint,
  lineSegments,
  valueDomain,
  visibleIndexRange,
} from '../../../src/charts/timeSeriesModel.ts';
import { makeMonths, makeSeries } from './fixtures.ts';

describe('month axis fixture', () => {
  it('makes month-end dates across a year boundary', () => {
    expect(makeMonths('1990-11', 4)).toEqual(['1990-11-30', '1990-12-31', '1991-01-31', '1991-02-28']);
  });
});

describe('visibleIndexRange', () => {
  const months = makeMonths('2014-01', 24);

  it('gives the whole axis when no range is chosen', () => {
    expect(visibleIndexRange(months)).toEqual({ from: 0, to: 23 });
  });

  it('maps a [fromMonth, toMonth] range to inclusive indexes', () => {
    expect(visibleIndexRange(months, ['2014-04-30', '2014-12-31'])).toEqual({ from: 3, to: 11 });
  });

  it('clamps a range that runs past either end of the axis', () => {
    expect(visibleIndexRange(months, ['2010-01-31', '2015-03-31'])).toEqual({ from: 0, to: 14 });
    expect(visibleIndexRange(months, ['2015-06-30', '2030-01-31'])).toEqual({ from: 17, to: 23 });
  });

  it('reads a reversed range the right way round', () => {
    expect(visibleIndexRange(months, ['2014-12-31', '2014-04-30'])).toEqual({ from: 3, to: 11 });
  });

  it('returns null for a range outside the axis or an empty axis', () => {
    expect(visibleIndexRange(months, ['2020-01-31', '2021-01-31'])).toBeNull();
    expect(visibleIndexRange([], ['2014-01-31', '2014-02-28'])).toBeNull();
  });
});

describe('lineSegments', () => {
  it('splits a line at nulls instead of bridging or dropping to 0', () => {
    const values = [1, 2, null, null, 5, 6, null, 8];
    const segments = lineSegments(values, { from: 0, to: 7 });
    expect(segments.map((s) => s.map((p) => p.index))).toEqual([[0, 1], [4, 5], [7]]);
    expect(segments.flat().map((p) => p.value)).not.toContain(0);
  });

  it('only covers the visible range', () => {
    const segments = lineSegments([1, 2, 3, 4, 5], { from: 1, to: 3 });
    expect(segments).toEqual([
      [
        { index: 1, value: 2 },
        { index: 2, value: 3 },
        { index: 3, value: 4 },
      ],
    ]);
  });

  it('breaks a log-scale line at values that cannot be placed (0 or less)', () => {
    const segments = lineSegments([10, 0, 100], { from: 0, to: 2 }, 'log');
    expect(segments.map((s) => s.map((p) => p.index))).toEqual([[0], [2]]);
  });

  it('gives no segment for an all-null series', () => {
    expect(lineSegments([null, null], { from: 0, to: 1 })).toEqual([]);
  });
});

describe('valueDomain', () => {
  const range = { from: 0, to: 3 };

  it('starts a linear domain at 0', () => {
    expect(valueDomain([makeSeries('a', [50, 80, null, 120])], range)).toEqual([0, 120]);
  });

  it('keeps a log domain above 0, ignoring zeros and nulls', () => {
    const [lo, hi] = valueDomain([makeSeries('a', [0, 3, null, 4000])], range, 'log');
    expect(lo).toBe(3);
    expect(hi).toBe(4000);
  });

  it('guards a log domain with no positive value', () => {
    expect(valueDomain([makeSeries('a', [0, null, 0, null])], range, 'log')).toEqual([1, 10]);
    expect(valueDomain([], range, 'log')).toEqual([1, 10]);
  });

  it('widens a log domain around a single value', () => {
    const [lo, hi] = valueDomain([makeSeries('a', [100, 100, null, null])], range, 'log');
    expect(lo).toBeGreaterThan(0);
    expect(lo).toBeLessThan(100);
    expect(hi).toBeGreaterThan(100);
  });

  it('guards an all-null linear domain', () => {
    expect(valueDomain([makeSeries('a', [null, null, null, null])], range)).toEqual([0, 1]);
  });
});

describe('gapRanges and lastPoint', () => {
  it('finds months where every series is null', () => {
    const series = [makeSeries('a', [1, null, null, 4, null]), makeSeries('b', [1, null, null, null, 5])];
    expect(gapRanges(series, { from: 0, to: 4 }, 'all')).toEqual([{ from: 1, to: 2 }]);
    expect(gapRanges(series, { from: 0, to: 4 }, 'any')).toEqual([{ from: 1, to: 4 }]);
  });

  it('finds the last drawable point in range', () => {
    expect(lastPoint([1, 2, null], { from: 0, to: 2 })).toEqual({ index: 1, value: 2 });
    expect(lastPoint([null, null], { from: 0, to: 1 })).toBeNull();
  });
});
