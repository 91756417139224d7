// One mission seen from inside: who contributes, how many of each personnel type, how many women,
// month by month. The cells come from every contributor's countries/<ISO3>.json, filtered to one
// mission (missionCellsFromCountries); the build writes them per mission as missions/<file>.json
// (vite.config.ts), so a page loads one small chunk instead of every country's.
//
// Months: a month without a report is a gap; a month whose source has no mission detail (IPI's country
// files before November 2009, the UN's country-only reports of 2018-03 … 2019-08 and 2023-09) says
// nothing about any mission. Both are null, never 0. A month with mission detail in which nobody
// served in the mission is 0.
import type { CountryCells, Manifest, PersonnelType } from '../schema.ts';
import { missionMonthStatus, type MissionMonthStatus } from './missionSeries.ts';
import { genderMonths } from './typeSeries.ts';
import { compareCodes, compareNames } from './codeOrder.ts';

/** One mission's cells (the shape of missionCellsSchema in schema.ts). */
export interface MissionCells {
  acronym: string;
  /** Index into manifest.missions. */
  mission: number;
  iso3: string[];
  /** Index into manifest.months. */
  month: number[];
  /** Index into manifest.personnelTypes. */
  type: number[];
  /** null where the source gives no gender split for the cell. */
  female: (number | null)[];
  total: number[];
}

/** The cells of one mission, gathered from the contributors' cells; null when the acronym is unknown. */
export function missionCellsFromCountries(
  manifest: Manifest,
  countries: readonly CountryCells[],
  acronym: string,
): MissionCells | null {
  const mission = manifest.missions.findIndex((m) => m.acronym === acronym);
  if (mission < 0) return null;
  const out: MissionCells = { acronym, mission, iso3: [], month: [], type: [], female: [], total: [] };
  for (const cells of countries) {
    for (let j = 0; j < cells.month.length; j++) {
      if (cells.mission[j] !== mission) continue;
      out.iso3.push(cells.iso3);
      out.month.push(cells.month[j] ?? -1);
      out.type.push(cells.type[j] ?? -1);
      out.female.push(cells.female[j] ?? null);
      out.total.push(cells.total[j] ?? 0);
    }
  }
  return out;
}

export interface MissionSpan {
  /** First and last month (index into manifest.months) with anyone in the mission; -1 when none. */
  first: number;
  last: number;
}

export function missionSpan(cells: MissionCells): MissionSpan {
  let first = -1;
  let last = -1;
  for (let j = 0; j < cells.month.length; j++) {
    const month = cells.month[j] ?? -1;
    if ((cells.total[j] ?? 0) <= 0 || month < 0) continue;
    if (first < 0 || month < first) first = month;
    if (month > last) last = month;
  }
  return { first, last };
}

export interface TypeCount {
  total: number;
  /** null when any cell of the sum lacks a gender split. */
  female: number | null;
}

export interface ContributorRow {
  iso3: string;
  name: string;
  /** Competition rank: equal totals share a rank. */
  rank: number;
  total: number;
  female: number | null;
  byType: Partial<Record<PersonnelType, TypeCount>>;
}

export interface MissionMonthContributors {
  status: MissionMonthStatus;
  /** Contributors with anyone in the mission, largest first (ties by name). Empty unless status is 'detail'. */
  rows: ContributorRow[];
  /** The mission's total that month; null unless status is 'detail'. */
  total: number | null;
  female: number | null;
  /** Types any contributor has that month, in manifest order. */
  types: PersonnelType[];
}

function addCount(into: TypeCount, total: number, female: number | null): void {
  into.total += total;
  into.female = into.female === null || female === null ? null : into.female + female;
}

/** A mission's contributors in one month, ranked, with the type split and women. */
export function missionContributorsInMonth(
  manifest: Manifest,
  cells: MissionCells,
  month: number,
  nameOf: (iso3: string) => string,
): MissionMonthContributors {
  const status = missionMonthStatus(manifest)[month] ?? 'gap';
  if (status !== 'detail') return { status, rows: [], total: null, female: null, types: [] };
  const hasGender = genderMonths(manifest)[month] === true;
  const byCountry = new Map<string, { all: TypeCount; byType: Partial<Record<PersonnelType, TypeCount>> }>();
  const types = new Set<number>();
  for (let j = 0; j < cells.month.length; j++) {
    if (cells.month[j] !== month) continue;
    const total = cells.total[j] ?? 0;
    if (total <= 0) continue;
    const iso3 = cells.iso3[j] ?? '';
    const typeIndex = cells.type[j] ?? -1;
    const type = manifest.personnelTypes[typeIndex];
    if (!type) continue;
    const female = hasGender ? (cells.female[j] ?? null) : null;
    let slot = byCountry.get(iso3);
    if (!slot) {
      slot = { all: { total: 0, female: 0 }, byType: {} };
      byCountry.set(iso3, slot);
    }
    addCount(slot.all, total, female);
    addCount((slot.byType[type] ??= { total: 0, female: 0 }), total, female);
    types.add(typeIndex);
  }
  const sorted = [...byCountry]
    .map(([iso3, s]) => ({
      iso3,
      name: nameOf(iso3),
      total: s.all.total,
      female: s.all.female,
      byType: s.byType,
    }))
    .sort((a, b) => b.total - a.total || compareNames(a.name, b.name) || compareCodes(a.iso3, b.iso3));
  const rows: ContributorRow[] = [];
  sorted.forEach((row, i) => {
    const previous = rows[i - 1];
    rows.push({ ...row, rank: previous && previous.total === row.total ? previous.rank : i + 1 });
  });
  const sum: TypeCount = { total: 0, female: hasGender ? 0 : null };
  for (const row of rows) addCount(sum, row.total, row.female);
  return {
    status,
    rows,
    total: sum.total,
    female: sum.female,
    types: [...types].sort((a, b) => a - b).flatMap((t) => manifest.personnelTypes[t] ?? []),
  };
}

export interface MissionTypeSeries {
  status: MissionMonthStatus[];
  /** Types the mission ever had, in manifest order. */
  types: PersonnelType[];
  /**
   * Personnel per type and month: null where the month says nothing about missions, and where the
   * month's source does not report the type at all (staff officers before May 2017, say).
   */
  byType: Partial<Record<PersonnelType, (number | null)[]>>;
  total: (number | null)[];
}

/**
 * The mission's strength over time by personnel type. `reported` says which months' sources report
 * which type (reportedTypeMonths in typeSeries.ts); a type not reported in a month is null there.
 */
export function missionStrengthByType(
  manifest: Manifest,
  reported: Partial<Record<PersonnelType, boolean[]>>,
  cells: MissionCells,
): MissionTypeSeries {
  const status = missionMonthStatus(manifest);
  const n = manifest.months.length;
  const sums = new Map<number, number[]>();
  const total: (number | null)[] = status.map((s) => (s === 'detail' ? 0 : null));
  for (let j = 0; j < cells.month.length; j++) {
    const month = cells.month[j] ?? -1;
    if (status[month] !== 'detail') continue;
    const type = cells.type[j] ?? -1;
    const value = cells.total[j] ?? 0;
    let slot = sums.get(type);
    if (!slot) {
      slot = new Array<number>(n).fill(0);
      sums.set(type, slot);
    }
    slot[month] = (slot[month] ?? 0) + value;
    total[month] = (total[month] ?? 0) + value;
  }
  const types = [...sums.keys()].sort((a, b) => a - b).flatMap((t) => manifest.personnelTypes[t] ?? []);
  const byType: Partial<Record<PersonnelType, (number | null)[]>> = {};
  for (const [typeIndex, values] of sums) {
    const type = manifest.personnelTypes[typeIndex];
    if (!type) continue;
    const isReported = reported[type];
    byType[type] = values.map((v, i) => (status[i] === 'detail' && isReported?.[i] !== false ? v : null));
  }
  return { status, types, byType, total };
}

export interface ContributorSeries {
  /** ISO3, or OTHERS_ID for the rest. */
  id: string;
  label: string;
  values: (number | null)[];
}

export const OTHERS_ID = 'others';

export interface ContributorsOverTime {
  /** The largest contributors over the months asked for, largest first; then "others" when any. */
  series: ContributorSeries[];
  /** How many contributors "others" holds. */
  othersCount: number;
}

/**
 * The largest contributors over time: the `top` contributors by personnel-months over the range
 * (inclusive month indexes), each a series, and every other contributor summed into "others". The
 * series add up to the mission's total in every month with mission detail; other months are null.
 */
export function missionContributorsOverTime(
  manifest: Manifest,
  cells: MissionCells,
  options: { top: number; from: number; to: number; nameOf: (iso3: string) => string },
): ContributorsOverTime {
  const status = missionMonthStatus(manifest);
  const n = manifest.months.length;
  const perCountry = new Map<string, number[]>();
  for (let j = 0; j < cells.month.length; j++) {
    const month = cells.month[j] ?? -1;
    if (status[month] !== 'detail') continue;
    const iso3 = cells.iso3[j] ?? '';
    let values = perCountry.get(iso3);
    if (!values) {
      values = new Array<number>(n).fill(0);
      perCountry.set(iso3, values);
    }
    values[month] = (values[month] ?? 0) + (cells.total[j] ?? 0);
  }
  const inRange = (values: number[]) => {
    let sum = 0;
    for (let i = Math.max(0, options.from); i <= Math.min(n - 1, options.to); i++) sum += values[i] ?? 0;
    return sum;
  };
  const ranked = [...perCountry]
    .map(([iso3, values]) => ({ iso3, values, sum: inRange(values), name: options.nameOf(iso3) }))
    .filter((c) => c.sum > 0)
    .sort((a, b) => b.sum - a.sum || compareNames(a.name, b.name));
  const masked = (values: readonly number[]) => values.map((v, i) => (status[i] === 'detail' ? v : null));
  const top = ranked.slice(0, Math.max(0, options.top));
  const rest = ranked.slice(top.length);
  // Contributors outside the range still count in "others" where they served, so the stack is the total.
  const restIds = new Set([...perCountry.keys()].filter((iso3) => !top.some((t) => t.iso3 === iso3)));
  const series: ContributorSeries[] = top.map((c) => ({
    id: c.iso3,
    label: c.name,
    values: masked(c.values),
  }));
  if (restIds.size > 0) {
    const others = new Array<number>(n).fill(0);
    for (const iso3 of restIds) {
      const values = perCountry.get(iso3) ?? [];
      values.forEach((v, i) => (others[i] = (others[i] ?? 0) + v));
    }
    if (others.some((v) => v > 0)) {
      const label = rest.length === 1 ? '1 other country' : `${rest.length} other countries`;
      series.push({ id: OTHERS_ID, label, values: masked(others) });
    }
  }
  return { series, othersCount: rest.length };
}

export interface WomenShareSeries {
  /** Women as a share (0–1) of the mission's personnel whose gender is reported; null where unknown. */
  mission: (number | null)[];
  /** The same share among all UN uniformed personnel (totals.json world series). */
  world: (number | null)[];
}

/**
 * Women's share in the mission against all UN personnel, month by month. A month without mission
 * detail or without a gender split is null; cells without a split are left out of numerator and
 * denominator alike (as the world series does with `gendered`).
 */
export function missionWomenShare(
  manifest: Manifest,
  cells: MissionCells,
  world: { female: readonly (number | null)[]; gendered: readonly (number | null)[] },
): WomenShareSeries {
  const status = missionMonthStatus(manifest);
  const hasGender = genderMonths(manifest);
  const n = manifest.months.length;
  const female = new Array<number>(n).fill(0);
  const gendered = new Array<number>(n).fill(0);
  for (let j = 0; j < cells.month.length; j++) {
    const month = cells.month[j] ?? -1;
    const f = cells.female[j] ?? null;
    if (status[month] !== 'detail' || !hasGender[month] || f === null) continue;
    female[month] = (female[month] ?? 0) + f;
    gendered[month] = (gendered[month] ?? 0) + (cells.total[j] ?? 0);
  }
  const share = (f: number | null | undefined, g: number | null | undefined) =>
    f === null || f === undefined || g === null || g === undefined || g <= 0 ? null : f / g;
  return {
    mission: female.map((f, i) => (status[i] === 'detail' && hasGender[i] ? share(f, gendered[i]) : null)),
    world: manifest.months.map((_, i) => (hasGender[i] ? share(world.female[i], world.gendered[i]) : null)),
  };
}
