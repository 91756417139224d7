// The fatalities view's models: pure functions from the dataset and the view to the numbers each
// chart and its table show. No pixels here.
import type { Fatalities, FatalityPersonnelType, Manifest, Totals } from '../../data/schema.ts';
import { FATALITY_PERSONNEL_TYPES } from '../../data/schema.ts';
import {
  countByField,
  countByYear,
  countByYearAnd,
  cumulativeByMonth,
  monthEnds,
  PERSONNEL_TYPE_LABELS,
  selectFatalities,
  type PersonnelScope,
} from '../../data/selectors/fatalityBreakdowns.ts';
import { isUniformed } from '../../data/selectors/fatalityCounts.ts';
import {
  pooledRate,
  RATE_RULES,
  yearlyAverages,
  yearlyRates,
  type YearRate,
} from '../../data/selectors/fatalityRates.ts';
import { countryName } from '../../data/selectors/months.ts';
import { seriesColor } from '../../charts/palette.ts';

export const SCOPE_LABEL: Record<PersonnelScope, string> = {
  uniformed: 'uniformed personnel (military, police, military observers)',
  all: 'all personnel, including civilian staff',
};

/** Fixed colours, so an incident type keeps its colour whichever country is shown. */
const INCIDENT_ORDER = ['Malicious Act', 'Accident', 'Illness', 'Self-Inflicted', 'To Be Determined', 'Unknown'];
export function incidentColor(type: string): string {
  const i = INCIDENT_ORDER.indexOf(type);
  return seriesColor(i >= 0 ? [1, 4, 0, 3, 5, 6][i] ?? 6 : 6);
}

export interface YearStackSeries {
  id: string;
  label: string;
  color: string;
  values: number[];
}

export interface ByYearModel {
  years: number[];
  series: YearStackSeries[];
  totals: number[];
  deaths: number;
}

export function byYearModel(fatalities: Fatalities, iso3: string, scope: PersonnelScope): ByYearModel {
  const rows = selectFatalities(fatalities, { iso3, scope });
  // From the first death to the year of the latest record in the file: years after a country's last
  // death are covered by the data and had none, so they show as empty bars, not as the end of the data.
  const firstYear = Math.min(...rows.map((i) => Number((fatalities.date[i] ?? '').slice(0, 4))));
  const lastRecord = fatalities.date.reduce((a, b) => (b > a ? b : a), '');
  const grouped = countByYearAnd(
    fatalities,
    rows,
    'incidentType',
    Number.isFinite(firstYear) && lastRecord ? { from: firstYear, to: Number(lastRecord.slice(0, 4)) } : undefined,
  );
  const series = grouped.categories.map((category, c) => ({
    id: category,
    label: category,
    color: incidentColor(category),
    values: grouped.counts[c] ?? [],
  }));
  const totals = grouped.years.map((_, y) => series.reduce((sum, s) => sum + (s.values[y] ?? 0), 0));
  return { years: grouped.years, series, totals, deaths: rows.length };
}

export interface CategoryCount {
  id: string;
  label: string;
  value: number;
}

/** Deaths per mission; missions outside the contributions data keep their acronym alone. */
export function byMissionModel(
  manifest: Manifest,
  fatalities: Fatalities,
  iso3: string,
  scope: PersonnelScope,
): CategoryCount[] {
  const rows = selectFatalities(fatalities, { iso3, scope });
  const known = new Map(manifest.missions.map((m) => [m.acronym, m]));
  return countByField(fatalities, rows, 'mission').map(({ key, count }) => {
    const mission = known.get(key);
    return { id: key, label: mission ? `${key} (${mission.host})` : key, value: count };
  });
}

/** Deaths per personnel type; every type in the chosen scope is listed, with 0 where none died. */
export function byTypeModel(fatalities: Fatalities, iso3: string, scope: PersonnelScope): CategoryCount[] {
  const rows = selectFatalities(fatalities, { iso3, scope });
  const counts = new Map(countByField(fatalities, rows, 'personnelType').map((c) => [c.key, c.count]));
  const types = FATALITY_PERSONNEL_TYPES.filter((t: FatalityPersonnelType) => scope === 'all' || isUniformed(t));
  return types
    .map((t) => ({ id: t, label: PERSONNEL_TYPE_LABELS[t], value: counts.get(t) ?? 0 }))
    .sort((a, b) => b.value - a.value);
}

export interface CumulativeModel {
  months: string[];
  values: number[];
  firstDeath: string | null;
  lastDate: string | null;
}

/** Running total per month, from January of the first death to the month of the latest record in the file. */
export function cumulativeModel(fatalities: Fatalities, iso3: string, scope: PersonnelScope): CumulativeModel {
  const rows = selectFatalities(fatalities, { iso3, scope });
  const dates = rows.map((i) => fatalities.date[i] ?? '').sort();
  const firstDeath = dates[0] ?? null;
  const lastDate = [...fatalities.date].sort().at(-1) ?? null;
  if (firstDeath === null || lastDate === null) return { months: [], values: [], firstDeath, lastDate };
  const months = monthEnds(`${firstDeath.slice(0, 4)}-01`, lastDate);
  return { months, values: cumulativeByMonth(fatalities, rows, months), firstDeath, lastDate };
}

export interface RateSeries {
  id: string;
  label: string;
  rates: YearRate[];
  pooled: ReturnType<typeof pooledRate>;
}

export interface RateModel {
  years: number[];
  series: RateSeries[];
  peers: string[];
  isPeersAutomatic: boolean;
}

export const WORLD_ID = 'WORLD';

/** The largest contributors by personnel-months over the whole series, excluding `except`. */
export function topContributors(totals: Totals, count: number, except: readonly string[]): string[] {
  return Object.entries(totals.countries)
    .filter(([iso3]) => !except.includes(iso3))
    .map(([iso3, s]) => ({ iso3, sum: s.total.reduce<number>((acc, v) => acc + (v ?? 0), 0) }))
    .sort((a, b) => b.sum - a.sum || a.iso3.localeCompare(b.iso3))
    .slice(0, count)
    .map((e) => e.iso3);
}

export const AUTOMATIC_PEER_COUNT = 4;

/**
 * Yearly uniformed deaths per 1,000 personnel-years for the country, all UN uniformed personnel, and
 * peers. The rate always counts uniformed deaths only: civilian staff are not in the denominator.
 */
export function rateModel(
  manifest: Manifest,
  totals: Totals,
  fatalities: Fatalities,
  iso3: string,
  chosenPeers: readonly string[],
): RateModel {
  const isPeersAutomatic = chosenPeers.length === 0;
  const peers = (isPeersAutomatic ? topContributors(totals, AUTOMATIC_PEER_COUNT, [iso3]) : chosenPeers).filter(
    (p) => p !== iso3,
  );
  const build = (id: string, label: string, personnel: readonly (number | null)[], nationality: string | null): RateSeries => {
    const deaths = countByYear(fatalities, selectFatalities(fatalities, { iso3: nationality, scope: 'uniformed' }));
    const rates = yearlyRates(yearlyAverages(manifest.months, personnel), deaths, fatalities.snapshot, RATE_RULES);
    return { id, label, rates, pooled: pooledRate(rates) };
  };
  const none = manifest.months.map(() => null);
  const series = [
    build(iso3, countryName(manifest, iso3), totals.countries[iso3]?.total ?? none, iso3),
    build(WORLD_ID, 'All UN uniformed personnel', totals.world.total, null),
    ...peers.map((p) => build(p, countryName(manifest, p), totals.countries[p]?.total ?? none, p)),
  ];
  const years = series[0]?.rates.map((r) => r.year) ?? [];
  return { years, series, peers, isPeersAutomatic };
}

export interface PooledRow {
  id: string;
  label: string;
  /** Deaths per 1,000 personnel-years over the years with a rate; null when no year has one. */
  perThousand: number | null;
  deaths: number;
  personnelYears: number;
  years: number;
  firstYear: number | null;
  lastYear: number | null;
}

/** One pooled rate per series of the rate model: the comparison in a single number each. */
export function pooledRows(model: RateModel): PooledRow[] {
  return model.series.map((s) => {
    const rated = s.rates.filter((r) => r.kind === 'rate');
    return {
      id: s.id,
      label: s.label,
      perThousand: s.pooled ? s.pooled.perThousand : null,
      deaths: s.pooled?.deaths ?? 0,
      personnelYears: s.pooled?.personnelYears ?? 0,
      years: s.pooled?.years ?? 0,
      firstYear: rated[0]?.year ?? null,
      lastYear: rated[rated.length - 1]?.year ?? null,
    };
  });
}
