// Monthly series by personnel type, aligned to manifest.months. A personnel type is "reported" in a
// month when some contributor has personnel of that type in that month's source: the UN split staff
// officers out of troops only from May 2017, and formed/individual police out of "police" from
// November 2009, so a type that a month's source does not report is null there (never 0).
import type { CountryCells, Manifest, PersonnelType, Totals } from '../schema.ts';
import { notReportedMonths } from './monthlyCells.ts';

export type MaybeCount = number | null;

export interface TypeMonthly {
  total: MaybeCount[];
  /** null where the month has no gender split, or the split is withheld, or a cell lacks it */
  female: MaybeCount[];
}

export interface ByTypeSeries {
  /** Types in manifest order that appear in these series at all. */
  types: PersonnelType[];
  byType: Partial<Record<PersonnelType, TypeMonthly>>;
}

/** For each personnel type, whether each month's source reports it (any contributor has some). */
export function reportedTypeMonths(
  manifest: Manifest,
  totals: Totals,
): Partial<Record<PersonnelType, boolean[]>> {
  const result: Partial<Record<PersonnelType, boolean[]>> = {};
  for (const type of manifest.personnelTypes) {
    const world = totals.world.byType[type];
    if (!world) continue;
    result[type] = manifest.months.map((_, i) => (world.total[i] ?? 0) > 0);
  }
  return result;
}

/**
 * Months whose report splits personnel by gender. Where a report's split is known to be corrupt the
 * pipeline has already set the affected cells' female to null (all of them in 2020-08).
 */
export function genderMonths(manifest: Manifest): boolean[] {
  return manifest.monthInfo.map((info) => info.status === 'ok' && info.hasGender);
}

/**
 * One country's personnel by type and month from its cells. A month without a report is null for
 * every type; a type the month's source does not report is null; a reported type the country had
 * no one in is 0. Female counts are null where the month has no usable gender split.
 */
export function countryTypeSeries(
  manifest: Manifest,
  reported: Partial<Record<PersonnelType, boolean[]>>,
  cells: CountryCells,
): ByTypeSeries {
  const n = manifest.months.length;
  const hasGender = genderMonths(manifest);
  const sums = new Map<PersonnelType, { total: number[]; female: (number | null)[] }>();
  for (let j = 0; j < cells.month.length; j++) {
    const type = manifest.personnelTypes[cells.type[j] ?? -1];
    const month = cells.month[j];
    if (!type || month === undefined) continue;
    let slot = sums.get(type);
    if (!slot) {
      slot = { total: new Array<number>(n).fill(0), female: new Array<number | null>(n).fill(0) };
      sums.set(type, slot);
    }
    slot.total[month] = (slot.total[month] ?? 0) + (cells.total[j] ?? 0);
    const female = cells.female[j] ?? null;
    const previous = slot.female[month] ?? null;
    slot.female[month] = previous === null || female === null ? null : previous + female;
  }
  const types = manifest.personnelTypes.filter((t) => sums.has(t));
  const missing = notReportedMonths(manifest, cells.iso3);
  const byType: Partial<Record<PersonnelType, TypeMonthly>> = {};
  for (const type of types) {
    const slot = sums.get(type);
    const isReported = reported[type];
    if (!slot) continue;
    const total = manifest.months.map((_, i): MaybeCount => {
      if (manifest.monthInfo[i]?.status !== 'ok' || missing.has(i)) return null;
      if (!(isReported?.[i] ?? false) && (slot.total[i] ?? 0) === 0) return null;
      return slot.total[i] ?? 0;
    });
    const female = total.map((t, i): MaybeCount =>
      t === null || !hasGender[i] ? null : (slot.female[i] ?? null),
    );
    byType[type] = { total, female };
  }
  return { types, byType };
}

/** World series by type: totals and women (female of gendered, with the personnel whose gender is known). */
export interface WorldTypeMonthly extends TypeMonthly {
  gendered: MaybeCount[];
}

export function worldTypeSeries(
  manifest: Manifest,
  totals: Totals,
): { types: PersonnelType[]; byType: Partial<Record<PersonnelType, WorldTypeMonthly>> } {
  const reported = reportedTypeMonths(manifest, totals);
  const types: PersonnelType[] = [];
  const byType: Partial<Record<PersonnelType, WorldTypeMonthly>> = {};
  for (const type of manifest.personnelTypes) {
    const world = totals.world.byType[type];
    const isReported = reported[type];
    if (!world || !isReported || !isReported.some(Boolean)) continue;
    types.push(type);
    const total = manifest.months.map((_, i) => (isReported[i] ? (world.total[i] ?? null) : null));
    byType[type] = {
      total,
      female: total.map((t, i) => (t === null ? null : (world.female[i] ?? null))),
      gendered: total.map((t, i) => (t === null ? null : (world.gendered[i] ?? null))),
    };
  }
  return { types, byType };
}

/** First and last month index in which a type is reported; null if never. */
export function reportedSpan(
  isReported: readonly boolean[] | undefined,
): { first: number; last: number } | null {
  if (!isReported) return null;
  const first = isReported.indexOf(true);
  if (first < 0) return null;
  return { first, last: isReported.lastIndexOf(true) };
}

/** a / b as a share, or null when either is missing or there is no denominator. */
export function shareOf(part: MaybeCount | undefined, whole: MaybeCount | undefined): number | null {
  if (part === null || part === undefined || whole === null || whole === undefined || whole <= 0) return null;
  return part / whole;
}

/** Element-wise sum of series; null wherever any input is null. */
export function sumSeries(series: readonly (readonly MaybeCount[])[], length: number): MaybeCount[] {
  return Array.from({ length }, (_, i) => {
    let sum = 0;
    for (const s of series) {
      const v = s[i];
      if (v === null || v === undefined) return null;
      sum += v;
    }
    return sum;
  });
}
