// Turns IPI's two contribution files into months of unified cells:
//   * 1990-11 … 2009-10 from the per-country files (troops, police, experts; no mission, no gender);
//   * 2009-11 … 2014-03 from the gender × mission file, falling back to the per-country file for a
//     country-month the gender file leaves blank (the United States 2009-11 … 2012-12, Moldova 2014-01).
import path from 'node:path';
import type { IpiCountryMonth } from '../readers/ipiCountries.ts';
import type { IpiGenderRecord, GenderCount } from '../readers/ipiGender.ts';
import { isKnownIso3 } from '../countries/countryNames.ts';
import { lookupMission } from '../missions/missions.ts';
import type { PersonnelType } from '../model.ts';
import type { MonthInput } from './assembleDataset.ts';
import type { UnifiedCell } from './unifiedCell.ts';

export const GENDER_FILE_FROM = '2009-11';

const GENDER_TYPES: [keyof IpiGenderRecord, PersonnelType][] = [
  ['troops', 'troops'],
  ['formedPoliceUnits', 'formed_police_units'],
  ['individualPolice', 'individual_police'],
  ['expertsOnMission', 'experts_on_mission'],
];

function countryFileCells(month: string, m: IpiCountryMonth): UnifiedCell[] {
  const cells: UnifiedCell[] = [];
  const add = (type: PersonnelType, value: number | null) => {
    if (value !== null && value > 0) {
      cells.push({ month, iso3: m.iso3, mission: null, type, male: null, female: null, total: value });
    }
  };
  add('troops', m.troops);
  add('police', m.police);
  add('experts_on_mission', m.experts);
  return cells;
}

export interface IpiMonthsResult {
  months: MonthInput[];
  /** Country-months of the gender era taken from the per-country file instead. */
  fallbacks: { month: string; iso3: string }[];
  /**
   * Cells whose male + female the gender file prints but which do not add up to its own total: the
   * split is withheld (null), the total kept. One entry per cell.
   */
  splitWithheld: {
    month: string;
    iso3: string;
    mission: string;
    type: PersonnelType;
    male: number;
    female: number;
    total: number;
    line: number;
  }[];
}

export function ipiMonths(
  countryMonths: readonly IpiCountryMonth[],
  genderRecords: readonly IpiGenderRecord[],
  genderFile: string,
  countriesDir: string,
): IpiMonthsResult {
  const cellsByMonth = new Map<string, UnifiedCell[]>();
  const push = (month: string, cells: UnifiedCell[]) => {
    const list = cellsByMonth.get(month) ?? [];
    list.push(...cells);
    cellsByMonth.set(month, list);
  };
  const countryMonthKeys = new Set<string>();
  for (const m of countryMonths) countryMonthKeys.add(m.date.slice(0, 7));

  // Gender era: which country-months the gender file actually reports.
  const genderReported = new Set<string>();
  const splitWithheld: IpiMonthsResult['splitWithheld'] = [];
  for (const r of genderRecords) {
    const month = r.date.slice(0, 7);
    if (month < GENDER_FILE_FROM) continue;
    if (!isKnownIso3(r.iso3))
      throw new Error(`${genderFile}: unknown ISO3 "${r.iso3}" for ${r.contributor} in ${month}`);
    const mission = lookupMission(r.mission);
    if (!mission)
      throw new Error(
        `${genderFile}: unknown mission "${r.mission}" (${month}); add it to scripts/data/missions/missions.ts`,
      );
    const cells: UnifiedCell[] = [];
    for (const [key, type] of GENDER_TYPES) {
      const count = r[key] as GenderCount;
      const total =
        count.total ??
        (count.male !== null || count.female !== null ? (count.male ?? 0) + (count.female ?? 0) : null);
      if (total === null || total === 0) continue;
      const hasSplit = count.male !== null && count.female !== null && count.male + count.female === total;
      if (!hasSplit && count.male !== null && count.female !== null) {
        splitWithheld.push({
          month,
          iso3: r.iso3,
          mission: mission.acronym,
          type,
          male: count.male,
          female: count.female,
          total,
          line: r.line,
        });
      }
      cells.push({
        month,
        iso3: r.iso3,
        mission: mission.acronym,
        type,
        male: hasSplit ? count.male : null,
        female: hasSplit ? count.female : null,
        total,
      });
    }
    if (cells.length > 0) genderReported.add(`${month}|${r.iso3}`);
    push(month, cells);
  }

  const fallbacks: IpiMonthsResult['fallbacks'] = [];
  for (const m of countryMonths) {
    const month = m.date.slice(0, 7);
    if (month < GENDER_FILE_FROM) {
      push(month, countryFileCells(month, m));
    } else if (!genderReported.has(`${month}|${m.iso3}`)) {
      const cells = countryFileCells(month, m);
      if (cells.length > 0) {
        fallbacks.push({ month, iso3: m.iso3 });
        push(month, cells);
      }
    }
  }

  const months: MonthInput[] = [...countryMonthKeys].sort().map((key) => {
    const isGenderEra = key >= GENDER_FILE_FROM;
    return {
      key,
      cells: cellsByMonth.get(key) ?? [],
      source: isGenderEra
        ? {
            source: 'ipi-gender',
            file: path.basename(genderFile),
            layout: 'ipi-gender-mission',
            hasMission: true,
            hasGender: true,
            checkedTotals: 0,
          }
        : {
            source: 'ipi-countries',
            file: `${path.basename(countriesDir)}/*.csv`,
            layout: 'ipi-country-monthly',
            hasMission: false,
            hasGender: false,
            checkedTotals: 0,
          },
    };
  });
  return { months, fallbacks, splitWithheld };
}
