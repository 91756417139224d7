// The overview's figures from totals.json: the world total of uniformed personnel per month and the
// largest contributors in the latest month with a report.
import type { Manifest, Totals } from '../schema.ts';
import { latestReportedMonth } from './months.ts';
import { rankContributors } from './ranks.ts';

export interface WorldTotal {
  /** Month-end dates, manifest.months. */
  months: readonly string[];
  /** Uniformed personnel per month; null for a month without a report. */
  values: readonly (number | null)[];
  /** Latest month with a report (index) and its total; month is -1 for an empty dataset. */
  latest: { month: number; value: number | null };
  /** The largest monthly total and its month (the first, if tied); month -1 when there is none. */
  peak: { month: number; value: number };
}

export function worldTotal(manifest: Manifest, totals: Totals): WorldTotal {
  const values = manifest.months.map((_, i) => totals.world.total[i] ?? null);
  const latest = latestReportedMonth(manifest);
  let peak = { month: -1, value: 0 };
  values.forEach((v, i) => {
    if (v !== null && v > peak.value) peak = { month: i, value: v };
  });
  return { months: manifest.months, values, latest: { month: latest, value: values[latest] ?? null }, peak };
}

export interface LatestContributor {
  iso3: string;
  name: string;
  rank: number;
  personnel: number;
  /** Share (0–1) of the month's world total. */
  share: number;
}

/** The `count` largest contributors in the latest month with a report; a tie at the cut is broken alphabetically by ISO3. */
export function largestContributorsLatest(
  manifest: Manifest,
  totals: Totals,
  count: number,
  nameOf: (iso3: string) => string,
): { month: number; rows: LatestContributor[] } {
  const month = latestReportedMonth(manifest);
  if (month < 0) return { month, rows: [] };
  const world = totals.world.total[month] ?? 0;
  const rows = rankContributors(totals, month)
    .slice(0, Math.max(0, count))
    .map((r) => ({
      iso3: r.iso3,
      name: nameOf(r.iso3),
      rank: r.rank,
      personnel: r.value,
      share: world > 0 ? r.value / world : 0,
    }));
  return { month, rows };
}
