// Reader for IPI's per-country monthly series, contributions_ipi_providing_for_peacekeeping/
// countries/<Country>.csv (1990-11 … 2014-03): columns Date, Troops, Police, Experts; "NA" means the
// country reported none of that type that month (kept as null, never turned into 0 here).
//
// Vocabulary (scripts/data/model.ts PersonnelType):
//   Troops  → troops              (contingent troops; staff officers were counted inside troops then)
//   Police  → police              (IPI does not split formed police units from individual police)
//   Experts → experts_on_mission  (UN military experts on mission / military observers)
//
// The country is IPI's name, taken from the file name. One country has two files: "Macedonia"
// (2006-10 … 2014-02) and "The former Yugoslav Republic of Macedonia" (2014-03 only). They do not
// overlap, so mergeIpiCountriesByIso3 chains them into one MKD series; if two files ever both report a
// value for the same month it reports a conflict and leaves that month out, rather than summing.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { PersonnelType } from '../model.ts';
import { requireIso3 } from '../countries/countryNames.ts';
import { CsvError, columnIndex, parseCountField, parseMonthDateField, readCsvTable } from './csv.ts';

export const IPI_COUNTRY_COLUMN_TYPES = {
  Troops: 'troops',
  Police: 'police',
  Experts: 'experts_on_mission',
} as const satisfies Record<string, PersonnelType>;

export interface IpiCountryRecord {
  /** The file's name, e.g. "Bangladesh.csv". */
  fileName: string;
  /** IPI's country name: the file name without ".csv". */
  country: string;
  /** Month-end date, YYYY-MM-DD (normalised: see printedDate). */
  date: string;
  /** The date as the file prints it; differs from `date` for a few IPI rows (e.g. "2000-02-28"). */
  printedDate: string;
  troops: number | null;
  police: number | null;
  experts: number | null;
  /** 1-based line in the file. */
  line: number;
}

/** Reads one countries/<Country>.csv file. */
export function readIpiCountryFile(file: string): IpiCountryRecord[] {
  const table = readCsvTable(file);
  const col = columnIndex(table, ['Date', 'Troops', 'Police', 'Experts'] as const);
  const fileName = path.basename(file);
  const country = fileName.replace(/\.csv$/i, '');
  const seen = new Set<string>();
  return table.rows.map((row) => {
    const { monthEnd, printed } = parseMonthDateField(table, row, col.Date);
    if (seen.has(monthEnd))
      throw new CsvError(file, row.line, col.Date + 1, `a second row for the month of ${monthEnd}`);
    seen.add(monthEnd);
    return {
      fileName,
      country,
      date: monthEnd,
      printedDate: printed,
      troops: parseCountField(table, row, col.Troops, ['NA']),
      police: parseCountField(table, row, col.Police, ['NA']),
      experts: parseCountField(table, row, col.Experts, ['NA']),
      line: row.line,
    };
  });
}

export interface IpiCountriesRead {
  records: IpiCountryRecord[];
  /** File names read, sorted. */
  files: string[];
  /** Files deliberately not read, with the reason (the empty-name ".csv" holds only NA rows). */
  skipped: { fileName: string; reason: string }[];
}

/** Reads every countries/*.csv in `dir`, skipping the empty-name ".csv" if present. */
export function readIpiCountries(dir: string): IpiCountriesRead {
  const names = readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith('.csv'))
    .sort();
  const records: IpiCountryRecord[] = [];
  const files: string[] = [];
  const skipped: IpiCountriesRead['skipped'] = [];
  for (const name of names) {
    if (name.toLowerCase() === '.csv') {
      skipped.push({ fileName: name, reason: 'empty country name (IPI ships it with only NA rows)' });
      continue;
    }
    files.push(name);
    records.push(...readIpiCountryFile(path.join(dir, name)));
  }
  return { records, files, skipped };
}

export interface IpiCountryMonth {
  iso3: string;
  date: string;
  troops: number | null;
  police: number | null;
  experts: number | null;
  /** The file(s) the month was read from ("fileName:line"). */
  sources: string[];
}

export interface IpiCountryConflict {
  iso3: string;
  date: string;
  /** Every record with a value for this country and month, from different files. */
  records: IpiCountryRecord[];
}

function hasAnyValue(r: IpiCountryRecord): boolean {
  return r.troops !== null || r.police !== null || r.experts !== null;
}

/**
 * One series per ISO3 country. Where two files name the same country (Macedonia) a month reported by
 * only one of them is taken from it; a month where both report values is a conflict: reported, and
 * left out of the series.
 */
export function mergeIpiCountriesByIso3(records: readonly IpiCountryRecord[]): {
  months: IpiCountryMonth[];
  conflicts: IpiCountryConflict[];
} {
  const groups = new Map<string, { iso3: string; date: string; records: IpiCountryRecord[] }>();
  for (const r of records) {
    const iso3 = requireIso3(r.country, r.fileName, 'file name');
    const key = `${iso3}|${r.date}`;
    const group = groups.get(key) ?? { iso3, date: r.date, records: [] };
    group.records.push(r);
    groups.set(key, group);
  }
  const months: IpiCountryMonth[] = [];
  const conflicts: IpiCountryConflict[] = [];
  for (const { iso3, date, records: rs } of groups.values()) {
    const withValues = rs.filter(hasAnyValue);
    if (withValues.length > 1) {
      conflicts.push({ iso3, date, records: withValues });
      continue;
    }
    const chosen = withValues[0] ?? rs[0]!;
    months.push({
      iso3,
      date,
      troops: chosen.troops,
      police: chosen.police,
      experts: chosen.experts,
      sources: rs.map((r) => `${r.fileName}:${r.line}`),
    });
  }
  months.sort((a, b) => a.iso3.localeCompare(b.iso3) || a.date.localeCompare(b.date));
  return { months, conflicts };
}
