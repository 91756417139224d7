// Deaths per 1,000 personnel-years. The denominator is the average number of a nationality's uniformed
// personnel deployed in a year, over the months that have a report. A year is given no rate — with the
// reason — when too few months were reported, too few people were deployed for a stable ratio, or the
// fatalities snapshot does not cover the whole year. Never Infinity, never NaN.

export interface RateRules {
  /** Fewest monthly reports a year needs for its average to stand for the year. */
  minReportedMonths: number;
  /** Smallest average deployment that gets a rate; below it one death swings the ratio wildly. */
  minAveragePersonnel: number;
}

export const RATE_RULES: RateRules = { minReportedMonths: 6, minAveragePersonnel: 100 };

export type NoRateReason = 'too-few-months' | 'too-few-personnel' | 'no-personnel' | 'incomplete-year';

export type YearRate =
  | {
      kind: 'rate';
      year: number;
      perThousand: number;
      deaths: number;
      averagePersonnel: number;
      reportedMonths: number;
    }
  | {
      kind: 'no-rate';
      year: number;
      reason: NoRateReason;
      deaths: number;
      averagePersonnel: number | null;
      reportedMonths: number;
    };

export interface YearAverage {
  year: number;
  reportedMonths: number;
  /** null when no month of the year has a report. */
  average: number | null;
}

/** Average personnel per calendar year over the months with a report (null months are skipped). */
export function yearlyAverages(months: readonly string[], values: readonly (number | null)[]): YearAverage[] {
  const byYear = new Map<number, { sum: number; n: number }>();
  months.forEach((month, i) => {
    const year = Number(month.slice(0, 4));
    const slot = byYear.get(year) ?? { sum: 0, n: 0 };
    const v = values[i];
    if (v !== null && v !== undefined) {
      slot.sum += v;
      slot.n += 1;
    }
    byYear.set(year, slot);
  });
  return [...byYear].map(([year, { sum, n }]) => ({
    year,
    reportedMonths: n,
    average: n > 0 ? sum / n : null,
  }));
}

/**
 * One rate per year of `averages`. `completeThrough` is the last day the fatalities data cover
 * (the snapshot date): a year ending after it has an incomplete count of deaths.
 */
export function yearlyRates(
  averages: readonly YearAverage[],
  deathsByYear: ReadonlyMap<number, number>,
  completeThrough: string,
  rules: RateRules = RATE_RULES,
): YearRate[] {
  return averages.map(({ year, reportedMonths, average }) => {
    const deaths = deathsByYear.get(year) ?? 0;
    const noRate = (reason: NoRateReason): YearRate => ({
      kind: 'no-rate',
      year,
      reason,
      deaths,
      averagePersonnel: average,
      reportedMonths,
    });
    if (`${year}-12-31` > completeThrough) return noRate('incomplete-year');
    if (reportedMonths < rules.minReportedMonths) return noRate('too-few-months');
    if (average === null || average <= 0) return noRate('no-personnel');
    if (average < rules.minAveragePersonnel) return noRate('too-few-personnel');
    return {
      kind: 'rate',
      year,
      perThousand: (deaths / average) * 1000,
      deaths,
      averagePersonnel: average,
      reportedMonths,
    };
  });
}

/** Rate over all years that have one: total deaths over total personnel-years. null when none. */
export function pooledRate(
  rates: readonly YearRate[],
): { perThousand: number; deaths: number; personnelYears: number; years: number } | null {
  let deaths = 0;
  let personnelYears = 0;
  let years = 0;
  for (const r of rates) {
    if (r.kind !== 'rate') continue;
    deaths += r.deaths;
    personnelYears += r.averagePersonnel;
    years += 1;
  }
  return personnelYears > 0
    ? { perThousand: (deaths / personnelYears) * 1000, deaths, personnelYears, years }
    : null;
}

export function rateValue(rate: YearRate): number | null {
  return rate.kind === 'rate' ? rate.perThousand : null;
}

export function describeNoRate(rate: YearRate & { kind: 'no-rate' }, rules: RateRules = RATE_RULES): string {
  switch (rate.reason) {
    case 'incomplete-year':
      return 'the fatalities data do not cover the whole year';
    case 'too-few-months':
      return `only ${rate.reportedMonths} monthly ${rate.reportedMonths === 1 ? 'report' : 'reports'} (at least ${rules.minReportedMonths} needed)`;
    case 'no-personnel':
      return 'no personnel deployed';
    case 'too-few-personnel':
      return `fewer than ${rules.minAveragePersonnel} personnel on average`;
  }
}
