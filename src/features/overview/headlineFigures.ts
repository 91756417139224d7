import type { CountryCells, Fatalities, Manifest, Totals } from '../../data/schema.ts';
import { breakdownAt } from '../../data/selectors/countryCells.ts';
import { countFatalities } from '../../data/selectors/fatalityCounts.ts';
import { latestReportedMonth } from '../../data/selectors/months.ts';
import { rankOf, type CountryRank } from '../../data/selectors/ranks.ts';

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

/** The overview's figures for one country, all computed from the dataset. */
export function headlineFigures(
  manifest: Manifest,
  totals: Totals,
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
    rank: rankOf(totals, month, iso3),
    missions: breakdown.missions,
    uniformedFatalities: countFatalities(fatalities, iso3, { uniformedOnly: true }),
    allFatalities: countFatalities(fatalities, iso3, { uniformedOnly: false }),
    fatalitiesSnapshot: fatalities.snapshot,
  };
}
