// Fatalities in one mission: by year, by year and incident type, and by nationality. The fatalities
// file names the mission of each death (its own acronyms, a few of which the personnel data never
// carries: UNPROFOR, UNAMSIL …), so a mission can have fatalities and no personnel series, or the
// other way round. "Uniformed" leaves out civilian staff; say which in every caption.
import { compareNames } from './codeOrder.ts';
import type { Fatalities } from '../schema.ts';
import {
  countByYear,
  countByYearAnd,
  type PersonnelScope,
  type YearByCategory,
} from './fatalityBreakdowns.ts';
import { isUniformed } from './fatalityCounts.ts';

/** Row indexes of the mission's fatalities (aliases: other acronyms the file uses for it). */
export function selectMissionFatalities(
  fatalities: Fatalities,
  acronym: string,
  scope: PersonnelScope,
  aliases: readonly string[] = [],
): number[] {
  const names = new Set([acronym, ...aliases]);
  const rows: number[] = [];
  for (let i = 0; i < fatalities.date.length; i++) {
    if (!names.has(fatalities.mission[i] ?? '')) continue;
    const type = fatalities.personnelType[i];
    if (scope === 'uniformed' && (type === undefined || !isUniformed(type))) continue;
    rows.push(i);
  }
  return rows;
}

export interface NationalityCount {
  /** ISO3, or null where the file's nationality has no code (the name is then in `name`). */
  iso3: string | null;
  name: string;
  count: number;
}

export interface MissionFatalities {
  total: number;
  /** Every year from the first death to the last (years between with none hold 0). */
  byYear: { year: number; count: number }[];
  byYearAndIncident: YearByCategory;
  /** Largest first, ties by name. */
  byNationality: NationalityCount[];
  firstDate: string | null;
  lastDate: string | null;
}

export function missionFatalities(
  fatalities: Fatalities,
  rows: readonly number[],
  nameOf: (iso3: string) => string,
): MissionFatalities {
  const perYear = countByYear(fatalities, rows);
  const byYearAndIncident = countByYearAnd(fatalities, rows, 'incidentType');
  const byYear = byYearAndIncident.years.map((year) => ({ year, count: perYear.get(year) ?? 0 }));
  const nations = new Map<string, NationalityCount>();
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const i of rows) {
    const iso3 = fatalities.iso3[i] ?? null;
    const name = iso3 !== null ? nameOf(iso3) : (fatalities.nationality[i] ?? '') || 'Nationality not given';
    const key = iso3 ?? `name:${name}`;
    const slot = nations.get(key) ?? { iso3, name, count: 0 };
    slot.count += 1;
    nations.set(key, slot);
    const date = fatalities.date[i] ?? '';
    if (firstDate === null || date < firstDate) firstDate = date;
    if (lastDate === null || date > lastDate) lastDate = date;
  }
  const byNationality = [...nations.values()].sort(
    (a, b) => b.count - a.count || compareNames(a.name, b.name),
  );
  return { total: rows.length, byYear, byYearAndIncident, byNationality, firstDate, lastDate };
}
