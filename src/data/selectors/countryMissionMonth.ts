// "Where a country serves" in one month: its personnel by mission, with the type split and women.
// A month without a report, or whose source has no mission detail, answers "unknown", never "none".
import type { CountryCells, Manifest, Mission, PersonnelType } from '../schema.ts';
import type { TypeCount } from './missionContributors.ts';
import { missionMonthStatus, type MissionMonthStatus } from './missionSeries.ts';
import { genderMonths } from './typeSeries.ts';
import { compareCodes } from './codeOrder.ts';

export interface CountryMissionRow {
  /** Index into manifest.missions. */
  mission: number;
  acronym: string;
  total: number;
  /** null when any cell lacks a gender split, or the month has none. */
  female: number | null;
  byType: Partial<Record<PersonnelType, TypeCount>>;
}

export interface CountryMissionMonth {
  status: MissionMonthStatus;
  /** Missions with anyone deployed, largest first (ties by acronym). Empty unless status is 'detail'. */
  rows: CountryMissionRow[];
  /** Personnel that month in rows naming no mission (rare; shown, not dropped). */
  unassigned: number;
  /** The country's total that month; null for a gap. Known even in months without mission detail. */
  total: number | null;
}

export function countryMissionsInMonth(
  manifest: Manifest,
  cells: CountryCells,
  month: number,
): CountryMissionMonth {
  const status = missionMonthStatus(manifest)[month] ?? 'gap';
  if (status === 'gap') return { status, rows: [], unassigned: 0, total: null };
  const hasGender = genderMonths(manifest)[month] === true;
  const byMission = new Map<number, CountryMissionRow>();
  let total = 0;
  let unassigned = 0;
  for (let j = 0; j < cells.month.length; j++) {
    if (cells.month[j] !== month) continue;
    const value = cells.total[j] ?? 0;
    total += value;
    if (status !== 'detail' || value <= 0) continue;
    const index = cells.mission[j] ?? -1;
    const mission: Mission | undefined = manifest.missions[index];
    const type = manifest.personnelTypes[cells.type[j] ?? -1];
    if (!mission || !type) {
      unassigned += value;
      continue;
    }
    const female = hasGender ? (cells.female[j] ?? null) : null;
    let row = byMission.get(index);
    if (!row) {
      row = { mission: index, acronym: mission.acronym, total: 0, female: hasGender ? 0 : null, byType: {} };
      byMission.set(index, row);
    }
    row.total += value;
    row.female = row.female === null || female === null ? null : row.female + female;
    const slot = (row.byType[type] ??= { total: 0, female: hasGender ? 0 : null });
    slot.total += value;
    slot.female = slot.female === null || female === null ? null : slot.female + female;
  }
  const rows = [...byMission.values()].sort(
    (a, b) => b.total - a.total || compareCodes(a.acronym, b.acronym),
  );
  return { status, rows, unassigned, total };
}
