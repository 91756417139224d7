import type { Manifest } from '../schema.ts';

/**
 * The English month names, 'January' … 'December': the one list the app uses (month labels, chart
 * axes, citations), from Intl rather than written out in three places.
 */
const MONTH_NAME = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, m) =>
  MONTH_NAME.format(new Date(Date.UTC(2000, m, 1))),
);

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

/** Index of a month key 'YYYY-MM' or a date 'YYYY-MM-DD'; -1 when outside the data. */
export function monthIndex(manifest: Manifest, key: string): number {
  const prefix = key.slice(0, 7);
  return manifest.months.findIndex((m) => m.startsWith(prefix));
}

export function countryName(manifest: Manifest, iso3: string): string {
  return (
    manifest.countries.find((c) => c.iso3 === iso3)?.name ??
    manifest.otherCountries.find((c) => c.iso3 === iso3)?.name ??
    iso3
  );
}
