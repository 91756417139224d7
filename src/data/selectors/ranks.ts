import type { Totals, YearCrossSection } from '../schema.ts';
import { compareCodes } from './codeOrder.ts';

export interface RankedValue {
  iso3: string;
  value: number;
  /** Competition ranking: equal values share a rank, the next rank skips (1, 2, 2, 4). */
  rank: number;
}

/** All countries with a positive value, largest first, with competition ranks. */
export function rankValues(values: ReadonlyArray<{ iso3: string; value: number | null }>): RankedValue[] {
  const present = values
    .filter((v): v is { iso3: string; value: number } => v.value !== null && v.value > 0)
    .sort((a, b) => b.value - a.value || compareCodes(a.iso3, b.iso3));
  const ranked: RankedValue[] = [];
  present.forEach((v, i) => {
    const previous = ranked[i - 1];
    const rank = previous && previous.value === v.value ? previous.rank : i + 1;
    ranked.push({ iso3: v.iso3, value: v.value, rank });
  });
  return ranked;
}

/** Every contributor's total personnel in one month, ranked. Empty for a gap month. */
export function rankContributors(totals: Totals, month: number): RankedValue[] {
  return rankValues(
    Object.entries(totals.countries).map(([iso3, s]) => ({ iso3, value: s.total[month] ?? null })),
  );
}

/**
 * The same ranking from the month's year cross-section (years/<YYYY>.json: types and missions summed
 * per country), which is a tenth of the size of totals.json: a page that needs one month's ranks need
 * not wait for every series. Empty for a month the section does not hold.
 */
export function rankContributorsInSection(section: YearCrossSection, month: number): RankedValue[] {
  const byCountry = new Map<string, number>();
  section.month.forEach((m, i) => {
    const iso3 = section.iso3[i];
    if (m !== month || iso3 === undefined) return;
    byCountry.set(iso3, (byCountry.get(iso3) ?? 0) + (section.total[i] ?? 0));
  });
  return rankValues([...byCountry].map(([iso3, value]) => ({ iso3, value })));
}

export interface CountryRank {
  rank: number;
  of: number;
}

/** A country's rank among all contributors in a month; null when it had no one deployed or the month is a gap. */
export function rankOf(totals: Totals, month: number, iso3: string): CountryRank | null {
  return rankIn(rankContributors(totals, month), iso3);
}

/** rankOf, from the month's year cross-section. */
export function rankOfInSection(section: YearCrossSection, month: number, iso3: string): CountryRank | null {
  return rankIn(rankContributorsInSection(section, month), iso3);
}

function rankIn(ranked: readonly RankedValue[], iso3: string): CountryRank | null {
  const found = ranked.find((r) => r.iso3 === iso3);
  return found ? { rank: found.rank, of: ranked.length } : null;
}
