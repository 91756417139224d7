import { describe, expect, it } from 'vitest';
import { formatMonthShort, formatMonthSpan } from '../../../src/charts/monthFormat.ts';
import { MONTH_NAMES, monthIndex, monthLabel, monthOrdinal } from '../../../src/data/selectors/months.ts';
import { monthEnds } from '../claims/fixtures.ts';

// 24 month-end dates, November 2013 … October 2015, like the dataset's month axis.
const axis = monthEnds('2013-11', 24);

describe('monthIndex: where a month stands on a month axis, null when the axis does not hold it', () => {
  it('finds a month by its key or by any date in it', () => {
    expect(monthIndex(axis, '2013-11')).toBe(0);
    expect(monthIndex(axis, '2014-04')).toBe(5);
    expect(monthIndex(axis, '2014-04-30')).toBe(5);
    expect(monthIndex(axis, '2014-04-01')).toBe(5);
    expect(monthIndex(axis, '2015-10-31')).toBe(23);
  });

  it('gives null, not -1 or 0, for months before and after the axis', () => {
    expect(monthIndex(axis, '2013-10')).toBeNull();
    expect(monthIndex(axis, '2015-11-30')).toBeNull();
    expect(monthIndex(axis, '1990-01')).toBeNull();
  });

  it('gives null for an empty axis and for a key that is not a month', () => {
    expect(monthIndex([], '2014-04')).toBeNull();
    expect(monthIndex(axis, '')).toBeNull();
    expect(monthIndex(axis, '2014-4')).toBeNull();
    expect(monthIndex(axis, 'April 2014')).toBeNull();
  });

  it('finds months on an axis that skips months, by search', () => {
    const sparse = ['2014-01-31', '2014-03-31', '2014-07-31'];
    expect(monthIndex(sparse, '2014-07')).toBe(2);
    expect(monthIndex(sparse, '2014-02')).toBeNull();
  });
});

describe('the month names and labels', () => {
  it('has the twelve English month names from Intl', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_NAMES[0]).toBe('January');
    expect(MONTH_NAMES[11]).toBe('December');
  });

  it('labels a month in full, in short and as a span', () => {
    expect(monthLabel('2023-03-31')).toBe('March 2023');
    expect(monthLabel('2023-03')).toBe('March 2023');
    expect(formatMonthShort('2023-03-31')).toBe('Mar 2023');
    expect(formatMonthSpan('2014-04-30', '2014-12-31')).toBe('April 2014 – December 2014');
    expect(formatMonthSpan('2014-04-30', '2014-04-30')).toBe('April 2014');
  });

  it('counts months since year 0, so a month axis is read by arithmetic', () => {
    expect(monthOrdinal('2014-01-31') - monthOrdinal('2013-12-31')).toBe(1);
    expect(monthOrdinal('2015-10') - monthOrdinal('2013-11')).toBe(23);
  });
});
