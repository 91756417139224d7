// Fatalities grouped for charts: by year and incident type, by mission, by personnel type, and as a
// running total. Selection works on row indexes so every grouping counts the very same rows.
import type { Fatalities, FatalityPersonnelType } from '../schema.ts';
import { isUniformed } from './fatalityCounts.ts';

export type PersonnelScope = 'uniformed' | 'all';

export interface FatalityFilter {
  /** Nationality; null for every nationality (all UN fatalities). */
  iso3: string | null;
  scope: PersonnelScope;
  /** Inclusive upper bound on the incident date, YYYY-MM-DD. */
  upTo?: string;
}

/** Row indexes of the fatalities that pass the filter, in file order. */
export function selectFatalities(fatalities: Fatalities, filter: FatalityFilter): number[] {
  const rows: number[] = [];
  for (let i = 0; i < fatalities.date.length; i++) {
    if (filter.iso3 !== null && fatalities.iso3[i] !== filter.iso3) continue;
    if (filter.upTo !== undefined && (fatalities.date[i] ?? '') > filter.upTo) continue;
    const type = fatalities.personnelType[i];
    if (filter.scope === 'uniformed' && (type === undefined || !isUniformed(type))) continue;
    rows.push(i);
  }
  return rows;
}

export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** Deaths per calendar year. */
export function countByYear(fatalities: Fatalities, rows: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const i of rows) {
    const year = yearOf(fatalities.date[i] ?? '');
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}

type GroupField = 'mission' | 'incidentType' | 'personnelType';

/** Counts per value of one field, largest first (ties alphabetical). */
export function countByField(
  fatalities: Fatalities,
  rows: readonly number[],
  field: GroupField,
): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const i of rows) {
    const key = String(fatalities[field][i] ?? '');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export interface YearByCategory {
  /** Every year from the first to the last with a death (years between with none hold zeros). */
  years: number[];
  /** Categories, most deaths first. */
  categories: string[];
  /** counts[c][y]: deaths of category c in years[y]. */
  counts: number[][];
}

/** Deaths per year split by a field (incident type, say). Years without deaths are 0: the data cover them. */
export function countByYearAnd(
  fatalities: Fatalities,
  rows: readonly number[],
  field: GroupField,
  yearSpan?: { from: number; to: number },
): YearByCategory {
  const categories = countByField(fatalities, rows, field).map((c) => c.key);
  const rowYears = rows.map((i) => yearOf(fatalities.date[i] ?? ''));
  const first = yearSpan?.from ?? Math.min(...rowYears);
  const last = yearSpan?.to ?? Math.max(...rowYears);
  if (!Number.isFinite(first) || !Number.isFinite(last) || last < first) {
    return { years: [], categories, counts: categories.map(() => []) };
  }
  const years = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const counts = categories.map(() => years.map(() => 0));
  rows.forEach((i, k) => {
    const y = (rowYears[k] ?? 0) - first;
    const c = categories.indexOf(String(fatalities[field][i] ?? ''));
    const slot = counts[c];
    if (slot && y >= 0 && y < years.length) slot[y] = (slot[y] ?? 0) + 1;
  });
  return { years, categories, counts };
}

/** Running total at the end of each month of `months` (month-end dates YYYY-MM-DD). */
export function cumulativeByMonth(
  fatalities: Fatalities,
  rows: readonly number[],
  months: readonly string[],
): number[] {
  const dates = rows.map((i) => fatalities.date[i] ?? '').sort();
  const result: number[] = [];
  let k = 0;
  for (const monthEnd of months) {
    while (k < dates.length && (dates[k] ?? '') <= monthEnd) k++;
    result.push(k);
  }
  return result;
}

/** Month-end dates from the month of `first` to the month of `last` (both YYYY-MM-DD or YYYY-MM). */
export function monthEnds(first: string, last: string): string[] {
  const y0 = Number(first.slice(0, 4));
  const m0 = Number(first.slice(5, 7)) - 1;
  const count = (Number(last.slice(0, 4)) - y0) * 12 + Number(last.slice(5, 7)) - 1 - m0 + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) =>
    new Date(Date.UTC(y0, m0 + i + 1, 0)).toISOString().slice(0, 10),
  );
}

export const PERSONNEL_TYPE_LABELS: Record<FatalityPersonnelType, string> = {
  military: 'Military',
  police: 'Police',
  military_observer: 'Military observers',
  international_civilian: 'International civilian staff',
  local_civilian: 'Local civilian staff',
  other: 'Other',
};
