// The overview's reading of one country's series: where it starts, peaks and stands in the latest
// month, and its rank then. Pure, on plain arrays, so tests pass literals.
import type { CountryRank } from '../../data/selectors/ranks.ts';

export interface CountryTrend {
  /** First month with anyone deployed; null if never. */
  first: number | null;
  /** The largest month-end count (the earliest month of a tie); null if never deployed. */
  peak: { month: number; value: number } | null;
  /** The count in the latest month with a report; null when that month has no figure. */
  latest: number | null;
}

export function countryTrend(values: readonly (number | null)[], latestMonth: number): CountryTrend {
  let first: number | null = null;
  let peak: CountryTrend['peak'] = null;
  values.forEach((v, month) => {
    if (v === null || v <= 0) return;
    if (first === null) first = month;
    if (peak === null || v > peak.value) peak = { month, value: v };
  });
  return { first, peak, latest: values[latestMonth] ?? null };
}

export interface RankReading {
  /** The rank in the latest month with a report; null when not deployed then. */
  latest: CountryRank | null;
  /** The best (lowest) rank ever and the first month it was held; null if never ranked. */
  best: { month: number; rank: number } | null;
  /** Months ranked first. */
  monthsFirst: number;
}

export function rankReading(ranks: readonly (CountryRank | null)[], latestMonth: number): RankReading {
  let best: RankReading['best'] = null;
  let monthsFirst = 0;
  ranks.forEach((r, month) => {
    if (r === null) return;
    if (r.rank === 1) monthsFirst += 1;
    if (best === null || r.rank < best.rank) best = { month, rank: r.rank };
  });
  return { latest: ranks[latestMonth] ?? null, best, monthsFirst };
}
