// The compare view's models: personnel per million people for one month (ranking, scatter, map) and
// over time (chosen countries). Pure; no pixels.
import { compareNames } from './codeOrder.ts';
import type { Manifest, Population, Totals, YearCrossSection } from '../schema.ts';
import { crossSectionTotals } from './monthlyCells.ts';
import { countryName } from './months.ts';
import { perCapitaAt, perMillionOf, populationYearFor, type PopulationYear } from './perCapita.ts';
import { rankValues } from './ranks.ts';

export interface RankedCountry {
  iso3: string;
  name: string;
  personnel: number;
  population: number;
  perMillion: number;
  /** Competition rank among the countries that pass the minimum size. */
  rank: number;
}

export interface MonthPerCapita {
  month: string;
  /** null: the month is outside the data. */
  monthIndex: number | null;
  /** null when the month has no report (a gap): nothing can be ranked. */
  gapReason: string | null;
  populationYear: PopulationYear | null;
  min: number;
  ranked: RankedCountry[];
  /** Contributors that month with fewer personnel than the minimum. */
  belowMinimum: { iso3: string; name: string; personnel: number; perMillion: number | null }[];
  /** Contributors with no World Bank population for the year. */
  noPopulation: { iso3: string; name: string; personnel: number }[];
}

/** Every contributor's personnel per million people in one month, ranked among those ≥ `min`. */
export function monthPerCapita(
  manifest: Manifest,
  section: YearCrossSection,
  population: Population,
  /** null: a month outside the data, said as such. */
  monthIndex: number | null,
  min: number,
): MonthPerCapita {
  const month = monthIndex === null ? '' : (manifest.months[monthIndex] ?? '');
  const info = monthIndex === null ? undefined : manifest.monthInfo[monthIndex];
  const base = { month, monthIndex, populationYear: populationYearFor(population, month), min };
  if (monthIndex === null || !info || info.status !== 'ok') {
    return {
      ...base,
      gapReason: info?.status === 'gap' ? info.reason : 'The month is outside the data.',
      ranked: [],
      belowMinimum: [],
      noPopulation: [],
    };
  }
  const totals = crossSectionTotals(section, monthIndex);
  const eligible: { iso3: string; personnel: number; population: number; perMillion: number }[] = [];
  const belowMinimum: MonthPerCapita['belowMinimum'] = [];
  const noPopulation: MonthPerCapita['noPopulation'] = [];
  for (const [iso3, personnel] of totals) {
    if (personnel <= 0) continue;
    const value = perCapitaAt(population, iso3, month, personnel);
    if (value.kind !== 'value') {
      noPopulation.push({ iso3, name: countryName(manifest, iso3), personnel });
      continue;
    }
    if (personnel < min) {
      belowMinimum.push({ iso3, name: countryName(manifest, iso3), personnel, perMillion: value.perMillion });
      continue;
    }
    eligible.push({ iso3, personnel, population: value.population, perMillion: value.perMillion });
  }
  const byIso = new Map(eligible.map((e) => [e.iso3, e]));
  const ranked = rankValues(eligible.map((e) => ({ iso3: e.iso3, value: e.perMillion }))).map((r) => {
    const e = byIso.get(r.iso3);
    return {
      iso3: r.iso3,
      name: countryName(manifest, r.iso3),
      personnel: e?.personnel ?? 0,
      population: e?.population ?? 0,
      perMillion: r.value,
      rank: r.rank,
    };
  });
  const byName = (a: { name: string }, b: { name: string }) => compareNames(a.name, b.name);
  return {
    ...base,
    gapReason: null,
    ranked,
    belowMinimum: belowMinimum.sort(byName),
    noPopulation: noPopulation.sort(byName),
  };
}

/** The ranking's default minimum size: contributors with fewer personnel are listed apart. */
export const DEFAULT_MIN = 50;

/** Threshold of the small-population caveat. */
export const SMALL_POPULATION = 1_000_000;

/** Countries among the first `top` ranks with fewer than a million people: their ratios move with a handful of people. */
export function smallPopulationLeaders(model: MonthPerCapita, top = 20): RankedCountry[] {
  return model.ranked.filter((r) => r.rank <= top && r.population < SMALL_POPULATION);
}

export interface PerCapitaSeries {
  id: string;
  label: string;
  values: (number | null)[];
}

/** Personnel per million for each chosen country in every month; null for gaps and missing population. */
export function perCapitaSeries(
  manifest: Manifest,
  totals: Totals,
  population: Population,
  countries: readonly string[],
): PerCapitaSeries[] {
  return countries.map((iso3) => {
    const personnel = totals.countries[iso3]?.total ?? [];
    return {
      id: iso3,
      label: countryName(manifest, iso3),
      values: manifest.months.map((month, i) =>
        perMillionOf(perCapitaAt(population, iso3, month, personnel[i] ?? null)),
      ),
    };
  });
}

/** "2023" or "2024 (latest available)" — the population year a month's ratio uses, in words. */
export function populationYearText(year: PopulationYear | null): string {
  if (!year) return 'none';
  return year.isCarriedForward ? `${year.year} (latest available)` : String(year.year);
}
