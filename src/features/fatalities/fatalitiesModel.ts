// The fatalities view's first chart: deaths per year by incident type. Pure; no pixels. The other
// charts' models are in breakdownModels.ts and rateModel.ts, which load with the later charts.
import type { Fatalities } from '../../data/schema.ts';
import {
  countByYearAnd,
  selectFatalities,
  type PersonnelScope,
} from '../../data/selectors/fatalityBreakdowns.ts';
import { seriesColor } from '../../charts/palette.ts';

export const SCOPE_LABEL: Record<PersonnelScope, string> = {
  uniformed: 'uniformed personnel (military, police, military observers)',
  all: 'all personnel, including civilian staff',
};

/** Fixed colours, so an incident type keeps its colour whichever country is shown. */
const INCIDENT_ORDER = [
  'Malicious Act',
  'Accident',
  'Illness',
  'Self-Inflicted',
  'To Be Determined',
  'Unknown',
];
export function incidentColor(type: string): string {
  const i = INCIDENT_ORDER.indexOf(type);
  return seriesColor(i >= 0 ? ([1, 4, 0, 3, 5, 6][i] ?? 6) : 6);
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
    Number.isFinite(firstYear) && lastRecord
      ? { from: firstYear, to: Number(lastRecord.slice(0, 4)) }
      : undefined,
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
