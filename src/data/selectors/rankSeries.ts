import type { Totals } from '../schema.ts';
import type { CountryRank } from './ranks.ts';

/**
 * A country's rank among all contributors in every month, with the same competition ranking as
 * rankValues (1 + the number of contributors with more personnel; equal values share a rank). null
 * where the month has no report or the country had no one deployed. O(months × countries).
 */
export function rankSeries(totals: Totals, iso3: string): (CountryRank | null)[] {
  const own = totals.countries[iso3]?.total ?? [];
  const all = Object.values(totals.countries);
  const length = totals.world.total.length;
  return Array.from({ length }, (_, i) => {
    const value = own[i];
    if (value === null || value === undefined || value <= 0) return null;
    let larger = 0;
    let contributors = 0;
    for (const s of all) {
      const v = s.total[i];
      if (v === null || v === undefined || v <= 0) continue;
      contributors += 1;
      if (v > value) larger += 1;
    }
    return { rank: larger + 1, of: contributors };
  });
}

/** Number of countries with personnel deployed in each month; null for a month without a report. */
export function contributorCounts(totals: Totals): (number | null)[] {
  const all = Object.values(totals.countries);
  return totals.world.total.map((worldTotal, i) => {
    if (worldTotal === null) return null;
    let n = 0;
    for (const s of all) if ((s.total[i] ?? 0) > 0) n += 1;
    return n;
  });
}
