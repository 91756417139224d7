import type { CountryCells, Fatalities, Manifest, YearCrossSection } from '../../data/schema.ts';
import { breakdownAt } from '../../data/selectors/countryCells.ts';
import { countFatalities } from '../../data/selectors/fatalityCounts.ts';
import { latestReportedMonth } from '../../data/selectors/months.ts';
import { rankOfInSection, type CountryRank } from '../../data/selectors/ranks.ts';

export interface HeadlineFigures {
  month: string;
  sourceFile: string;
  personnel: number;
  women: number | null;
  rank: CountryRank | null;
  missions: string[];
  uniformedFatalities: number;
  allFatalities: number;
  fatalitiesSnapshot: string;
}

/** The year whose cross-section (years/<YYYY>.json) holds the latest reported month: all the rank needs. */
export function latestReportedYear(manifest: Manifest): number {
  return Number((manifest.months[latestReportedMonth(manifest)] ?? '').slice(0, 4));
}

/**
 * The overview's figures for one country, all computed from the dataset. The rank comes from the
 * latest year's cross-section rather than totals.json (a tenth of the size), so the page's data
 * stays within the 100 kB budget before its first figure.
 */
export function headlineFigures(
  manifest: Manifest,
  latestYear: YearCrossSection,
  cells: CountryCells,
  fatalities: Fatalities,
  iso3: string,
): HeadlineFigures {
  const month = latestReportedMonth(manifest);
  const info = manifest.monthInfo[month];
  const breakdown = breakdownAt(manifest, cells, month);
  return {
    month: manifest.months[month] ?? '',
    sourceFile: info?.status === 'ok' ? info.file : '',
    personnel: breakdown.total,
    women: breakdown.female,
    rank: rankOfInSection(latestYear, month, iso3),
    missions: breakdown.missions,
    uniformedFatalities: countFatalities(fatalities, iso3, { uniformedOnly: true }),
    allFatalities: countFatalities(fatalities, iso3, { uniformedOnly: false }),
    fatalitiesSnapshot: fatalities.snapshot,
  };
}
