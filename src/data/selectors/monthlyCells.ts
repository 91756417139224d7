// Month-by-month series from one country's cells (countries/<ISO3>.json). The cells hold only months
// with a report; a month the manifest marks as a gap becomes null, a reported month without cells 0.
import type { CountryCells, Manifest, YearCrossSection } from '../schema.ts';

function isReported(manifest: Manifest, month: number): boolean {
  return manifest.monthInfo[month]?.status === 'ok';
}

/**
 * Months in which the source reports the month but leaves this country out (manifest.notReported,
 * e.g. IPI's March 1991): null for the country, never 0.
 */
export function notReportedMonths(manifest: Manifest, iso3: string): Set<number> {
  const months = new Set<number>();
  for (const n of manifest.notReported ?? []) {
    if (n.iso3 === iso3) months.add(manifest.months.indexOf(n.month));
  }
  return months;
}

/** Total personnel per month, aligned to manifest.months (equals totals.json for the country). */
export function monthlyTotals(manifest: Manifest, cells: CountryCells): (number | null)[] {
  const missing = notReportedMonths(manifest, cells.iso3);
  const sums: (number | null)[] = manifest.months.map((_, i) =>
    isReported(manifest, i) && !missing.has(i) ? 0 : null,
  );
  for (let i = 0; i < cells.month.length; i++) {
    const month = cells.month[i] ?? -1;
    const current = sums[month];
    if (current !== null && current !== undefined) sums[month] = current + (cells.total[i] ?? 0);
  }
  return sums;
}

export interface MonthMissions {
  /** Personnel per mission acronym, for missions with anyone deployed. */
  byMission: Map<string, number>;
}

/**
 * Personnel per mission for each month; null where the month is a gap or its source gives no mission
 * detail (IPI's country files before November 2009, the UN's country-only reports of 2018–19 and
 * September 2023): the number of operations is then unknown, not zero.
 */
export function missionsByMonth(manifest: Manifest, cells: CountryCells): (MonthMissions | null)[] {
  const missing = notReportedMonths(manifest, cells.iso3);
  const result: (MonthMissions | null)[] = manifest.months.map((_, i) =>
    isReported(manifest, i) && !missing.has(i) ? { byMission: new Map<string, number>() } : null,
  );
  const withoutDetail = new Set<number>();
  for (let i = 0; i < cells.month.length; i++) {
    const month = cells.month[i] ?? -1;
    const slot = result[month];
    if (!slot) continue;
    const total = cells.total[i] ?? 0;
    const mission = manifest.missions[cells.mission[i] ?? -1];
    if (!mission) {
      if (total > 0) withoutDetail.add(month);
      continue;
    }
    if (total > 0) slot.byMission.set(mission.acronym, (slot.byMission.get(mission.acronym) ?? 0) + total);
  }
  for (const month of withoutDetail) result[month] = null;
  return result;
}

/** The mission with most personnel in a month (ties: alphabetical), or null when none. */
export function largestMission(month: MonthMissions): { acronym: string; personnel: number } | null {
  let best: { acronym: string; personnel: number } | null = null;
  for (const [acronym, personnel] of month.byMission) {
    if (!best || personnel > best.personnel || (personnel === best.personnel && acronym < best.acronym)) {
      best = { acronym, personnel };
    }
  }
  return best;
}

/**
 * Every country's total in one month of a year cross-section (years/<YYYY>.json). Countries with no
 * row that month had no one deployed; the caller decides whether the month itself is a gap.
 */
export function crossSectionTotals(section: YearCrossSection, month: number): Map<string, number> {
  const totals = new Map<string, number>();
  for (let i = 0; i < section.month.length; i++) {
    if (section.month[i] !== month) continue;
    const iso3 = section.iso3[i] ?? '';
    totals.set(iso3, (totals.get(iso3) ?? 0) + (section.total[i] ?? 0));
  }
  return totals;
}
