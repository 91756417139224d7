import type { CountryCells, Manifest, PersonnelType } from '../schema.ts';

export interface MonthBreakdown {
  total: number;
  /** null when any cell of the month lacks a gender split */
  female: number | null;
  byType: Partial<Record<PersonnelType, { total: number; female: number | null }>>;
  missions: string[];
}

/** Sums one country's cells for one month. */
export function breakdownAt(manifest: Manifest, cells: CountryCells, month: number): MonthBreakdown {
  const result: MonthBreakdown = { total: 0, female: 0, byType: {}, missions: [] };
  const missions = new Set<string>();
  for (let i = 0; i < cells.month.length; i++) {
    if (cells.month[i] !== month) continue;
    const total = cells.total[i] ?? 0;
    const female = cells.female[i] ?? null;
    const type = manifest.personnelTypes[cells.type[i] ?? -1];
    result.total += total;
    result.female = result.female === null || female === null ? null : result.female + female;
    if (type) {
      const slot = (result.byType[type] ??= { total: 0, female: 0 });
      slot.total += total;
      slot.female = slot.female === null || female === null ? null : slot.female + female;
    }
    const mission = manifest.missions[cells.mission[i] ?? -1];
    if (mission && total > 0) missions.add(mission.acronym);
  }
  result.missions = [...missions].sort();
  return result;
}
