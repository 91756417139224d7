// One country's personnel by mission and month. Whether a month can say anything about missions is
// a property of its source: IPI's per-country files (1990-11 … 2009-10), the UN's "by country and
// post" reports (2018-03 … 2019-08) and the 2023-09 report carry no mission detail. Those months are
// "no mission detail" for every mission — never 0 — and months without a report are gaps.
import type { CountryCells, Manifest } from '../schema.ts';

export type MissionMonthStatus = 'gap' | 'noDetail' | 'detail';

export interface MissionMonthly {
  /** Index into manifest.missions. */
  mission: number;
  /** Personnel per month; null where the month is a gap or has no mission detail. */
  values: (number | null)[];
}

export interface CountryMissionSeries {
  status: MissionMonthStatus[];
  /** Every mission the country had personnel in during a month with mission detail. */
  missions: MissionMonthly[];
  /** Personnel in months with mission detail whose row names no mission (rare; kept visible). */
  unassigned: (number | null)[];
}

export function missionMonthStatus(manifest: Manifest): MissionMonthStatus[] {
  return manifest.monthInfo.map((info) =>
    info.status !== 'ok' ? 'gap' : info.hasMission ? 'detail' : 'noDetail',
  );
}

export function countryMissionSeries(manifest: Manifest, cells: CountryCells): CountryMissionSeries {
  const status = missionMonthStatus(manifest);
  const n = manifest.months.length;
  const sums = new Map<number, number[]>();
  const unassigned = new Array<number>(n).fill(0);
  for (let j = 0; j < cells.month.length; j++) {
    const month = cells.month[j];
    if (month === undefined || status[month] !== 'detail') continue;
    const total = cells.total[j] ?? 0;
    const mission = cells.mission[j] ?? -1;
    if (mission < 0) {
      unassigned[month] = (unassigned[month] ?? 0) + total;
      continue;
    }
    let values = sums.get(mission);
    if (!values) {
      values = new Array<number>(n).fill(0);
      sums.set(mission, values);
    }
    values[month] = (values[month] ?? 0) + total;
  }
  const missions = [...sums]
    .filter(([, values]) => values.some((v) => v > 0))
    .sort((a, b) => a[0] - b[0])
    .map(([mission, values]) => ({
      mission,
      values: values.map((v, i) => (status[i] === 'detail' ? v : null)),
    }));
  return {
    status,
    missions,
    unassigned: unassigned.map((v, i) => (status[i] === 'detail' ? v : null)),
  };
}
