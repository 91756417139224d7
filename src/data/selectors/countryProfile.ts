// A contributor's profile month by month since it first appears: personnel, number of operations,
// its largest deployment and the personnel in one mission (MINUSCA for Bhutan).
import type { CountryCells, Manifest } from '../schema.ts';
import { largestMission, missionsByMonth, monthlyTotals } from './monthlyCells.ts';

export interface ProfileRow {
  index: number;
  month: string;
  total: number | null;
  /** Operations with anyone deployed; null when the month has no mission detail or no report. */
  operations: number | null;
  missions: string[] | null;
  largest: { acronym: string; personnel: number } | null;
  /** Personnel in the followed mission; null without mission detail. */
  inMission: number | null;
}

export interface ProfileModel {
  iso3: string;
  mission: string;
  /** Index into manifest.months of the first month with anyone deployed; -1 when never. */
  firstIndex: number;
  rows: ProfileRow[];
}

export function profileModel(manifest: Manifest, cells: CountryCells, mission: string): ProfileModel {
  const totals = monthlyTotals(manifest, cells);
  const missions = missionsByMonth(manifest, cells);
  const firstIndex = totals.findIndex((t) => t !== null && t > 0);
  const rows: ProfileRow[] = [];
  if (firstIndex >= 0) {
    for (let index = firstIndex; index < manifest.months.length; index++) {
      const detail = missions[index] ?? null;
      rows.push({
        index,
        month: manifest.months[index] ?? '',
        total: totals[index] ?? null,
        operations: detail ? detail.byMission.size : null,
        missions: detail ? [...detail.byMission.keys()].sort() : null,
        largest: detail ? largestMission(detail) : null,
        inMission: detail ? (detail.byMission.get(mission) ?? 0) : null,
      });
    }
  }
  return { iso3: cells.iso3, mission, firstIndex, rows };
}

/** Months (as row runs) where the largest deployment was the followed mission. */
export function monthsLedBy(model: ProfileModel): ProfileRow[] {
  return model.rows.filter((r) => r.largest?.acronym === model.mission);
}
