// Personnel per million population. Missing is a value: a month without a report or a country without
// a World Bank figure gives a tagged "no value", never Infinity, NaN or 0.
import type { Population } from '../schema.ts';

export type PerCapita =
  | {
      kind: 'value';
      perMillion: number;
      personnel: number;
      population: number;
      /** The World Bank year whose population was used. */
      populationYear: number;
    }
  /** A report exists but the World Bank gives no population (or zero) for the country that year. */
  | { kind: 'no-population'; personnel: number; populationYear: number | null }
  /** No report for the month (a gap in the contribution series). */
  | { kind: 'no-personnel' };

export interface PopulationYear {
  year: number;
  /** True when the month is later than the last World Bank year, whose figure is carried forward. */
  isCarriedForward: boolean;
}

/**
 * The population year used for a month ('YYYY-MM' or 'YYYY-MM-DD'): the month's own year, or the
 * latest World Bank year for later months. null before the first year.
 */
export function populationYearFor(
  population: Pick<Population, 'firstYear' | 'lastYear'>,
  month: string,
): PopulationYear | null {
  const year = Number(month.slice(0, 4));
  if (!Number.isFinite(year) || year < population.firstYear) return null;
  return year > population.lastYear
    ? { year: population.lastYear, isCarriedForward: true }
    : { year, isCarriedForward: false };
}

/** A country's population in a World Bank year; null when not reported (or reported as 0). */
export function populationIn(population: Population, iso3: string, year: number): number | null {
  const value = population.values[iso3]?.[year - population.firstYear] ?? null;
  return value !== null && value > 0 ? value : null;
}

/** Personnel per million people for one country and month. */
export function perCapitaAt(
  population: Population,
  iso3: string,
  month: string,
  personnel: number | null,
): PerCapita {
  if (personnel === null) return { kind: 'no-personnel' };
  const popYear = populationYearFor(population, month);
  const people = popYear ? populationIn(population, iso3, popYear.year) : null;
  if (!popYear || people === null) {
    return { kind: 'no-population', personnel, populationYear: popYear?.year ?? null };
  }
  return {
    kind: 'value',
    perMillion: (personnel / people) * 1e6,
    personnel,
    population: people,
    populationYear: popYear.year,
  };
}

/** The number to draw, or null for either kind of missing value. */
export function perMillionOf(value: PerCapita): number | null {
  return value.kind === 'value' ? value.perMillion : null;
}
