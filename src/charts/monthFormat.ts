// Months arrive as month-end dates 'YYYY-MM-DD'; only year and month carry meaning. The names come
// from the one list in data/selectors/months.ts (d3-time-format would cost every chart page ~4 kB gzip
// for two patterns, docs/PERFORMANCE.md).
import { MONTH_NAMES, monthLabel } from '../data/selectors/months.ts';

const SHORT_NAMES = MONTH_NAMES.map((name) => name.slice(0, 3));

/** d3's %Y: the year, zero-padded to four digits (the year is read from four characters). */
const year4 = (year: number) => String(year).padStart(4, '0');

export interface MonthParts {
  year: number;
  month: number; // 1–12
}

export function monthParts(month: string): MonthParts {
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

/** "Mar 2023" (the long form, "March 2023", is `monthLabel` in data/selectors/months.ts). */
export function formatMonthShort(month: string): string {
  const { year, month: m } = monthParts(month);
  return `${SHORT_NAMES[m - 1] ?? ''} ${year4(year)}`;
}

/** "April 2014 – December 2014", or one month when the range is a single month. */
export function formatMonthSpan(fromMonth: string, toMonth: string): string {
  return fromMonth === toMonth ? monthLabel(fromMonth) : `${monthLabel(fromMonth)} – ${monthLabel(toMonth)}`;
}
