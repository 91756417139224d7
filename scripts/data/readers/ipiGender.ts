// Reader for IPI's full_gender_data.csv (2009-11-30 … 2014-03-31, 53 month-ends): one row per
// contributor × mission × month, male/female/total for each personnel type.
//
// * Rows with Contributor "all" and/or Mission "all" are aggregates (world per mission, country over
//   all missions, world total) and are dropped: summing them with the detail would double-count.
// * The 2014-03-31 rows end Contributor, ISO3 and Mission with a stray apostrophe ("Zimbabwe'",
//   "ZWE'", "UNMISS'"); it is stripped.
// * "NA" = none of that type (null). The file's own arithmetic is checked row by row and failures are
//   reported with their line, not thrown: the source is what it is, and the summary says so.
//
// Vocabulary: Individual_Police → individual_police, Formed_Police_Units → formed_police_units,
// Experts_on_Mission → experts_on_mission, Troops → troops (staff officers inside troops then).
import type { PersonnelType } from '../model.ts';
import { lookupIso3 } from '../countries/countryNames.ts';
import {
  CsvError,
  columnIndex,
  field,
  parseCountField,
  parseMonthDateField,
  readCsvTable,
  requireColumn,
} from './csv.ts';
import type { IpiCountryMonth } from './ipiCountries.ts';

export interface GenderCount {
  male: number | null;
  female: number | null;
  total: number | null;
}

export interface IpiGenderRecord {
  /** Month-end date (the file prints 2012-02-28 for 29 February 2012; normalised). */
  date: string;
  /** IPI's contributor name, apostrophe stripped. */
  contributor: string;
  /** From Contributor_ISO-3, apostrophe stripped. */
  iso3: string;
  /** Mission acronym, apostrophe stripped. */
  mission: string;
  individualPolice: GenderCount;
  formedPoliceUnits: GenderCount;
  expertsOnMission: GenderCount;
  troops: GenderCount;
  /** The row's printed Total_* columns. */
  total: GenderCount;
  line: number;
}

type TypeKey = 'individualPolice' | 'formedPoliceUnits' | 'expertsOnMission' | 'troops';

const TYPE_COLUMNS: readonly { key: TypeKey; prefix: string; personnelType: PersonnelType }[] = [
  { key: 'individualPolice', prefix: 'Individual_Police', personnelType: 'individual_police' },
  { key: 'formedPoliceUnits', prefix: 'Formed_Police_Units', personnelType: 'formed_police_units' },
  { key: 'expertsOnMission', prefix: 'Experts_on_Mission', personnelType: 'experts_on_mission' },
  { key: 'troops', prefix: 'Troops', personnelType: 'troops' },
];

/** The record field for each personnel type of the vocabulary this file reports. */
export const IPI_GENDER_TYPES: readonly { key: TypeKey; personnelType: PersonnelType }[] = TYPE_COLUMNS.map(
  ({ key, personnelType }) => ({ key, personnelType }),
);

export interface IpiArithmeticProblem {
  line: number;
  date: string;
  contributor: string;
  mission: string;
  /** What fails, e.g. "Troops: male 1220 + female 15 = 1235, printed total 1234". */
  problems: string[];
}

export interface IpiGenderRead {
  records: IpiGenderRecord[];
  /** Aggregate rows dropped (Contributor = all and/or Mission = all). */
  droppedAggregateRows: number;
  /** Rows whose Contributor/ISO3/Mission carried the trailing apostrophe (the 2014-03 rows). */
  apostrophesStripped: number;
  /** Rows whose own totals do not add up. Reported, not thrown. */
  arithmeticProblems: IpiArithmeticProblem[];
}

function stripApostrophe(text: string): { text: string; stripped: boolean } {
  const trimmed = text.trim();
  const cleaned = trimmed.replace(/'+$/, '');
  return { text: cleaned, stripped: cleaned !== trimmed };
}

const z = (n: number | null): number => n ?? 0;

/** Checks Type_Total = Male + Female for each type and Total, and Total = sum of the four types. */
export function checkGenderArithmetic(r: IpiGenderRecord): string[] {
  const problems: string[] = [];
  const labelled: [string, GenderCount][] = [
    ...TYPE_COLUMNS.map(({ key, prefix }) => [prefix, r[key]] as [string, GenderCount]),
    ['Total', r.total],
  ];
  for (const [label, c] of labelled) {
    if (z(c.male) + z(c.female) !== z(c.total)) {
      problems.push(
        `${label}: male ${c.male ?? 'NA'} + female ${c.female ?? 'NA'} = ${z(c.male) + z(c.female)}, printed total ${c.total ?? 'NA'}`,
      );
    }
  }
  for (const part of ['male', 'female', 'total'] as const) {
    const sum = TYPE_COLUMNS.reduce((s, { key }) => s + z(r[key][part]), 0);
    if (sum !== z(r.total[part])) {
      problems.push(`Total ${part}: the four types sum to ${sum}, printed ${r.total[part] ?? 'NA'}`);
    }
  }
  return problems;
}

/** Reads full_gender_data.csv. Throws CsvError only for a row it cannot read at all. */
export function readIpiGender(file: string): IpiGenderRead {
  const table = readCsvTable(file);
  const col = columnIndex(table, ['Date', 'Contributor', 'Contributor_ISO-3', 'Mission'] as const);
  // Column indexes of every count, checked before the first row is read.
  const countColumn = new Map<string, number>();
  for (const prefix of [...TYPE_COLUMNS.map((t) => t.prefix), 'Total']) {
    for (const part of ['Male', 'Female', 'Total']) {
      countColumn.set(`${prefix}_${part}`, requireColumn(table, `${prefix}_${part}`));
    }
  }
  const countIndex = (name: string): number => countColumn.get(name)!;
  const records: IpiGenderRecord[] = [];
  const arithmeticProblems: IpiArithmeticProblem[] = [];
  let droppedAggregateRows = 0;
  let apostrophesStripped = 0;

  for (const row of table.rows) {
    const contributor = stripApostrophe(field(row, col.Contributor));
    const iso3 = stripApostrophe(field(row, col['Contributor_ISO-3']));
    const mission = stripApostrophe(field(row, col.Mission));
    if (contributor.text === 'all' || mission.text === 'all') {
      droppedAggregateRows++;
      continue;
    }
    if (contributor.stripped || iso3.stripped || mission.stripped) apostrophesStripped++;
    if (!/^[A-Z]{3}$/.test(iso3.text)) {
      throw new CsvError(
        file,
        row.line,
        col['Contributor_ISO-3'] + 1,
        `not an ISO3 code: ${JSON.stringify(iso3.text)}`,
      );
    }
    const count = (prefix: string): GenderCount => ({
      male: parseCountField(table, row, countIndex(`${prefix}_Male`), ['NA']),
      female: parseCountField(table, row, countIndex(`${prefix}_Female`), ['NA']),
      total: parseCountField(table, row, countIndex(`${prefix}_Total`), ['NA']),
    });
    const record: IpiGenderRecord = {
      date: parseMonthDateField(table, row, col.Date).monthEnd,
      contributor: contributor.text,
      iso3: iso3.text,
      mission: mission.text,
      individualPolice: count('Individual_Police'),
      formedPoliceUnits: count('Formed_Police_Units'),
      expertsOnMission: count('Experts_on_Mission'),
      troops: count('Troops'),
      total: count('Total'),
      line: row.line,
    };
    const problems = checkGenderArithmetic(record);
    if (problems.length > 0) {
      arithmeticProblems.push({
        line: row.line,
        date: record.date,
        contributor: record.contributor,
        mission: record.mission,
        problems,
      });
    }
    records.push(record);
  }
  return { records, droppedAggregateRows, apostrophesStripped, arithmeticProblems };
}

/** A country's month summed over its missions in the gender file. null = every cell NA. */
export interface IpiGenderCountryMonth {
  date: string;
  iso3: string;
  troops: number | null;
  /** Individual police + formed police units. */
  police: number | null;
  experts: number | null;
  missions: number;
}

function addNullable(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a + b;
}

/** Sums the gender file per month and country (totals of each type over all missions). */
export function sumIpiGenderByCountry(records: readonly IpiGenderRecord[]): IpiGenderCountryMonth[] {
  const byKey = new Map<string, IpiGenderCountryMonth>();
  for (const r of records) {
    const key = `${r.date}|${r.iso3}`;
    const cur = byKey.get(key) ?? {
      date: r.date,
      iso3: r.iso3,
      troops: null,
      police: null,
      experts: null,
      missions: 0,
    };
    cur.troops = addNullable(cur.troops, r.troops.total);
    cur.police = addNullable(cur.police, addNullable(r.individualPolice.total, r.formedPoliceUnits.total));
    cur.experts = addNullable(cur.experts, r.expertsOnMission.total);
    cur.missions++;
    byKey.set(key, cur);
  }
  return [...byKey.values()].sort((a, b) => a.date.localeCompare(b.date) || a.iso3.localeCompare(b.iso3));
}

export type IpiComparedType = 'troops' | 'police' | 'experts';

export interface IpiFileDiscrepancy {
  date: string;
  iso3: string;
  type: IpiComparedType;
  /** Sum over missions in full_gender_data.csv; null when that file has the country but every cell is NA, or lacks it. */
  genderFile: number | null;
  /** Value in countries/<Country>.csv; null when NA or when no file has that month. */
  countriesFile: number | null;
  /** Which side is blank, if either. */
  kind: 'different' | 'blank-in-gender-file' | 'blank-in-countries-file';
}

/**
 * Compares, for every month the gender file covers, each country's per-type sum in the gender file
 * with the countries/<Country>.csv value: troops vs Troops, individual police + formed police units vs
 * Police, experts on mission vs Experts. NA and absent are treated as 0 for the comparison (both mean
 * "none reported"), so only real differences are returned. `countryMonths` should come from
 * mergeIpiCountriesByIso3. Also checks the gender file's ISO3 against its contributor name.
 */
export function compareIpiGenderWithCountries(
  genderRecords: readonly IpiGenderRecord[],
  countryMonths: readonly IpiCountryMonth[],
): IpiFileDiscrepancy[] {
  const genderSums = sumIpiGenderByCountry(genderRecords);
  const months = new Set(genderSums.map((g) => g.date));
  const gByKey = new Map(genderSums.map((g) => [`${g.date}|${g.iso3}`, g]));
  const cByKey = new Map(
    countryMonths.filter((c) => months.has(c.date)).map((c) => [`${c.date}|${c.iso3}`, c]),
  );
  const keys = [...new Set([...gByKey.keys(), ...cByKey.keys()])].sort();
  const out: IpiFileDiscrepancy[] = [];
  for (const key of keys) {
    const [date, iso3] = key.split('|') as [string, string];
    const g = gByKey.get(key);
    const c = cByKey.get(key);
    for (const type of ['troops', 'police', 'experts'] as const) {
      const gv = g ? g[type] : null;
      const cv = c ? c[type] : null;
      if (z(gv) === z(cv)) continue;
      out.push({
        date,
        iso3,
        type,
        genderFile: gv,
        countriesFile: cv,
        kind: gv === null ? 'blank-in-gender-file' : cv === null ? 'blank-in-countries-file' : 'different',
      });
    }
  }
  return out;
}

/** Gender-file contributors whose ISO3 disagrees with countryNames.ts (should be none). */
export function checkIpiGenderIso3(
  records: readonly IpiGenderRecord[],
): { line: number; contributor: string; iso3: string; expected: string | undefined }[] {
  const seen = new Map<
    string,
    { line: number; contributor: string; iso3: string; expected: string | undefined }
  >();
  for (const r of records) {
    const expected = lookupIso3(r.contributor);
    if (expected !== r.iso3 && !seen.has(`${r.contributor}|${r.iso3}`)) {
      seen.set(`${r.contributor}|${r.iso3}`, {
        line: r.line,
        contributor: r.contributor,
        iso3: r.iso3,
        expected,
      });
    }
  }
  return [...seen.values()];
}
