// Deaths by mission, by personnel type and as a running total. Pure; no pixels.
import type { Fatalities, FatalityPersonnelType, Manifest } from '../../data/schema.ts';
import { FATALITY_PERSONNEL_TYPES } from '../../data/datasetConstants.ts';
import {
  countByField,
  cumulativeByMonth,
  monthEnds,
  PERSONNEL_TYPE_LABELS,
  selectFatalities,
  type PersonnelScope,
} from '../../data/selectors/fatalityBreakdowns.ts';
import { isUniformed } from '../../data/selectors/fatalityCounts.ts';

export interface CategoryCount {
  id: string;
  label: string;
  value: number;
}

/** Deaths per mission, each named with its host; a mission the dataset knows no host for keeps its acronym alone. */
export function byMissionModel(
  manifest: Manifest,
  fatalities: Fatalities,
  iso3: string,
  scope: PersonnelScope,
): CategoryCount[] {
  const rows = selectFatalities(fatalities, { iso3, scope });
  // Missions known only from the fatalities file (UNIKOM, UNTAC…) have their host in otherMissions.
  const known = new Map([...manifest.missions, ...(manifest.otherMissions ?? [])].map((m) => [m.acronym, m]));
  return countByField(fatalities, rows, 'mission').map(({ key, count }) => {
    const mission = known.get(key);
    return { id: key, label: mission ? `${key} (${mission.host})` : key, value: count };
  });
}

/** Deaths per personnel type; every type in the chosen scope is listed, with 0 where none died. */
export function byTypeModel(fatalities: Fatalities, iso3: string, scope: PersonnelScope): CategoryCount[] {
  const rows = selectFatalities(fatalities, { iso3, scope });
  const counts = new Map(countByField(fatalities, rows, 'personnelType').map((c) => [c.key, c.count]));
  const types = FATALITY_PERSONNEL_TYPES.filter(
    (t: FatalityPersonnelType) => scope === 'all' || isUniformed(t),
  );
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
export function cumulativeModel(
  fatalities: Fatalities,
  iso3: string,
  scope: PersonnelScope,
): CumulativeModel {
  const rows = selectFatalities(fatalities, { iso3, scope });
  const dates = rows.map((i) => fatalities.date[i] ?? '').sort();
  const firstDeath = dates[0] ?? null;
  const lastDate = [...fatalities.date].sort().at(-1) ?? null;
  if (firstDeath === null || lastDate === null) return { months: [], values: [], firstDeath, lastDate };
  const months = monthEnds(`${firstDeath.slice(0, 4)}-01`, lastDate);
  return { months, values: cumulativeByMonth(fatalities, rows, months), firstDeath, lastDate };
}
