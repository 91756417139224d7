import type { Manifest } from '../schema.ts';

/**
 * The English month names, 'January' … 'December': the one list the app uses (month labels, chart
 * axes, citations). Written out, not asked of Intl.DateTimeFormat: the first Intl call of a page loads
 * the browser's locale data, 20–40 ms of one task while the view's code starts (src/ui/format.ts).
 */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2023-03-31" → "March 2023". */
export function monthLabel(isoDate: string): string {
  const year = isoDate.slice(0, 4);
  const month = Number(isoDate.slice(5, 7));
  return `${MONTH_NAMES[month - 1] ?? '?'} ${year}`;
}

/** Index of the latest month that has a report. */
export function latestReportedMonth(manifest: Manifest): number {
  for (let i = manifest.monthInfo.length - 1; i >= 0; i--) {
    if (manifest.monthInfo[i]?.status === 'ok') return i;
  }
  return -1;
}

/**
 * Months since year 0 of a key 'YYYY-MM' or a date 'YYYY-MM-DD': lets evenly monthly axes turn dates
 * into indexes with arithmetic.
 */
export function monthOrdinal(key: string): number {
  return Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
}

/**
 * The position of a month, given as a key 'YYYY-MM' or a date 'YYYY-MM-DD', on a month axis (the
 * dataset's month-end dates, `manifest.months`, or a chart's); null when the axis does not hold it.
 * The one month-lookup of the app: missing is a value, and each caller says what a month outside the
 * axis means for it (never a silent -1 or 0). An axis of every month is read by arithmetic, any other
 * by search.
 */
export function monthIndex(months: readonly string[], key: string): number | null {
  const first = months[0];
  if (first === undefined || !/^\d{4}-\d{2}/.test(key)) return null;
  const prefix = key.slice(0, 7);
  const guess = monthOrdinal(key) - monthOrdinal(first);
  if (months[guess]?.startsWith(prefix)) return guess;
  const found = months.findIndex((m) => m.startsWith(prefix));
  return found < 0 ? null : found;
}

export function countryName(manifest: Manifest, iso3: string): string {
  return (
    manifest.countries.find((c) => c.iso3 === iso3)?.name ??
    manifest.otherCountries.find((c) => c.iso3 === iso3)?.name ??
    iso3
  );
}
