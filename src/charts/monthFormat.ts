import { utcFormat } from 'd3';

// Months arrive as month-end dates 'YYYY-MM-DD'; only year and month carry meaning.
const longMonth = utcFormat('%B %Y');
const shortMonth = utcFormat('%b %Y');

export interface MonthParts {
  year: number;
  month: number; // 1–12
}

export function monthParts(month: string): MonthParts {
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

/** Months since year 0: lets evenly monthly axes turn dates into indexes with arithmetic. */
export function monthOrdinal(month: string): number {
  const { year, month: m } = monthParts(month);
  return year * 12 + (m - 1);
}

function toDate(month: string): Date {
  const { year, month: m } = monthParts(month);
  return new Date(Date.UTC(year, m - 1, 1));
}

/** "March 2023" */
export function formatMonthLong(month: string): string {
  return longMonth(toDate(month));
}

/** "Mar 2023" */
export function formatMonthShort(month: string): string {
  return shortMonth(toDate(month));
}

/** "April 2014 – December 2014", or one month when the range is a single month. */
export function formatMonthSpan(fromMonth: string, toMonth: string): string {
  return fromMonth === toMonth
    ? formatMonthLong(fromMonth)
    : `${formatMonthLong(fromMonth)} – ${formatMonthLong(toMonth)}`;
}
