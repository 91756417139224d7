import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CsvError,
  parseCountField,
  parseCsv,
  parseCsvTable,
  parseMonthDateField,
  readCsvTable,
} from '../../scripts/data/readers/csv.ts';
import {
  IPI_COUNTRY_COLUMN_TYPES,
  mergeIpiCountriesByIso3,
  readIpiCountries,
  readIpiCountryFile,
  type IpiCountryRecord,
} from '../../scripts/data/readers/ipiCountries.ts';
import {
  checkIpiGenderIso3,
  compareIpiGenderWithCountries,
  readIpiGender,
  sumIpiGenderByCountry,
} from '../../scripts/data/readers/ipiGender.ts';
import { isUniformed, readFatalities, type FatalityRecord } from '../../scripts/data/readers/fatalities.ts';
import { readPopulation, WORLD_BANK_AGGREGATE_CODES } from '../../scripts/data/readers/population.ts';
import { UnknownCountryError } from '../../scripts/data/countries/countryNames.ts';

const SOURCES = process.env.BH_SOURCES ?? path.resolve(__dirname, '../../../shared/data/sources');
const IPI = path.join(SOURCES, 'contributions_ipi_providing_for_peacekeeping');
const FATALITIES = path.join(SOURCES, 'fatalities_un_dpo/DPPADPOSS-FATALITIES.csv');
const POPULATION = path.join(SOURCES, 'population_worldbank/population.csv');

// Small fixtures are written to a scratch directory, because the readers take file paths.
const scratch = mkdtempSync(path.join(tmpdir(), 'bh-csv-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let fixtureCount = 0;
function fixtureFile(name: string, text: string, dir = scratch): string {
  const sub = path.join(dir, `f${fixtureCount++}`);
  mkdirSync(sub, { recursive: true });
  const file = path.join(sub, name);
  writeFileSync(file, text, 'utf8');
  return file;
}

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('parseCsv', () => {
  it('reads quoted fields with embedded commas, doubled quotes and newlines', () => {
    const rows = parseCsv('a,"b, c","say ""hi"""\n"multi\nline",x,\n', 'f.csv');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b, c', 'say "hi"'] },
      { line: 2, fields: ['multi\nline', 'x', ''] },
    ]);
  });

  it('gives each row the line it starts on, counting lines inside quoted fields', () => {
    const rows = parseCsv('h1,h2\n"a\nb",1\nc,2\n', 'f.csv');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('accepts CRLF and LF line ends alike, and a last line without a line end', () => {
    expect(parseCsv('a,b\r\n1,2\r\n3,4', 'f.csv')).toEqual(parseCsv('a,b\n1,2\n3,4\n', 'f.csv'));
  });

  it('skips blank lines but keeps counting them', () => {
    const rows = parseCsv('a,b\n\n1,2\n', 'f.csv');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
    ]);
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(parseCsv('\uFEFFDate,X\n', 'f.csv')[0]?.fields).toEqual(['Date', 'X']);
  });

  it('keeps empty fields and quoted empty fields as empty strings', () => {
    expect(parseCsv(',"",\n', 'f.csv')[0]?.fields).toEqual(['', '', '']);
  });

  it('names file, line and column for a quoted field that is never closed', () => {
    const error = catchError(() => parseCsv('a,b\n1,"open\n2,3\n', 'broken.csv'));
    expect(error).toBeInstanceOf(CsvError);
    expect((error as CsvError).line).toBe(2);
    expect((error as CsvError).column).toBe(2);
    expect((error as CsvError).message).toMatch(/^broken\.csv, line 2, column 2: /);
  });

  it('rejects text after a closing quote and a bare quote inside an unquoted field', () => {
    expect(() => parseCsv('"a"b\n', 'f.csv')).toThrow(/f\.csv, line 1, column 1/);
    expect(() => parseCsv('ok\nab"c\n', 'f.csv')).toThrow(/f\.csv, line 2, column 1/);
  });
});

describe('parseCsvTable', () => {
  it('names the file and line of a row with the wrong number of fields', () => {
    const error = catchError(() => parseCsvTable('Date,Troops\n2010-01-31,5\n2010-02-28,5,7\n', 'short.csv'));
    expect(error).toBeInstanceOf(CsvError);
    expect((error as CsvError).message).toContain('short.csv, line 3');
    expect((error as CsvError).message).toContain('expected 2 fields');
  });

  it('reads a file from disk with its header', () => {
    const file = fixtureFile('t.csv', 'A,B\n1,2\n');
    expect(readCsvTable(file)).toEqual({ file, header: ['A', 'B'], rows: [{ line: 2, fields: ['1', '2'] }] });
  });
});

describe('parseCountField and parseMonthDateField', () => {
  const table = parseCsvTable('Date,Troops\n2000-02-28,NA\n2010-13-31,x1\n', 'c.csv');
  const [ok, bad] = table.rows as [(typeof table.rows)[0], (typeof table.rows)[0]];

  it('reads NA as null and names file, line and column for anything that is not a count', () => {
    expect(parseCountField(table, ok, 1, ['NA'])).toBeNull();
    expect(() => parseCountField(table, bad, 1, ['NA'])).toThrow(
      /c\.csv, line 3, column 2: "Troops" should be a whole number/,
    );
  });

  it('normalises a stock date to its month-end and keeps the printed date', () => {
    expect(parseMonthDateField(table, ok, 0)).toEqual({ monthEnd: '2000-02-29', printed: '2000-02-28' });
    expect(() => parseMonthDateField(table, bad, 0)).toThrow(/c\.csv, line 3, column 1/);
  });
});

describe('IPI countries files (fixtures)', () => {
  it('maps the three columns to the vocabulary', () => {
    expect(IPI_COUNTRY_COLUMN_TYPES).toEqual({
      Troops: 'troops',
      Police: 'police',
      Experts: 'experts_on_mission',
    });
  });

  it('reads NA as null, takes the country from the file name and normalises month-ends', () => {
    const file = fixtureFile('Cote d Ivoire.csv', '"Date","Troops","Police","Experts"\n2012-02-28,NA,3,NA\n');
    expect(readIpiCountryFile(file)).toEqual([
      {
        fileName: 'Cote d Ivoire.csv',
        country: 'Cote d Ivoire',
        date: '2012-02-29',
        printedDate: '2012-02-28',
        troops: null,
        police: 3,
        experts: null,
        line: 2,
      },
    ]);
  });

  it('skips the empty-name .csv file', () => {
    const dir = path.dirname(
      fixtureFile('Nepal.csv', '"Date","Troops","Police","Experts"\n2014-03-31,1,2,3\n'),
    );
    writeFileSync(path.join(dir, '.csv'), '"Date","Troops","Police","Experts"\n2014-03-31,NA,NA,NA\n');
    const read = readIpiCountries(dir);
    expect(read.files).toEqual(['Nepal.csv']);
    expect(read.skipped.map((s) => s.fileName)).toEqual(['.csv']);
    expect(read.records).toHaveLength(1);
  });

  const record = (country: string, date: string, troops: number | null, line = 2): IpiCountryRecord => ({
    fileName: `${country}.csv`,
    country,
    date,
    printedDate: date,
    troops,
    police: null,
    experts: null,
    line,
  });

  it('chains two files of one country when they report different months', () => {
    const { months, conflicts } = mergeIpiCountriesByIso3([
      record('Macedonia', '2014-02-28', 1),
      record('The former Yugoslav Republic of Macedonia', '2014-02-28', null),
      record('The former Yugoslav Republic of Macedonia', '2014-03-31', 1, 3),
    ]);
    expect(conflicts).toEqual([]);
    expect(months.map((m) => [m.iso3, m.date, m.troops])).toEqual([
      ['MKD', '2014-02-28', 1],
      ['MKD', '2014-03-31', 1],
    ]);
  });

  it('reports a conflict instead of summing when both files report the same month, and leaves the month out', () => {
    const { months, conflicts } = mergeIpiCountriesByIso3([
      record('Macedonia', '2014-03-31', 1),
      record('The former Yugoslav Republic of Macedonia', '2014-03-31', 1),
    ]);
    expect(months).toEqual([]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.records.map((r) => r.fileName)).toEqual([
      'Macedonia.csv',
      'The former Yugoslav Republic of Macedonia.csv',
    ]);
  });

  it('throws UnknownCountryError for a file name it cannot map', () => {
    expect(() => mergeIpiCountriesByIso3([record('Atlantis', '2014-03-31', 1)])).toThrow(UnknownCountryError);
  });
});

describe('IPI countries files (real)', () => {
  const read = readIpiCountries(path.join(IPI, 'countries'));
  const merged = mergeIpiCountriesByIso3(read.records);

  it('reads 148 files and 25,657 rows', () => {
    expect(read.files).toHaveLength(148);
    expect(read.records).toHaveLength(25_657);
  });

  it('pins Bangladesh for March 2014 as the file prints it', () => {
    const bgd = merged.months.find((m) => m.iso3 === 'BGD' && m.date === '2014-03-31');
    expect(bgd).toMatchObject({ troops: 6120, police: 1762, experts: 68 });
  });

  it('finds no conflict between "Macedonia" (to 2014-02) and "The former Yugoslav Republic of Macedonia" (2014-03)', () => {
    const mkd = read.records.filter((r) => r.country.includes('Macedonia'));
    const byFile = (name: string) => mkd.filter((r) => r.fileName === name).map((r) => r.date);
    expect(byFile('Macedonia.csv').at(-1)).toBe('2014-02-28');
    expect(byFile('The former Yugoslav Republic of Macedonia.csv')).toEqual(['2014-03-31']);
    expect(merged.conflicts).toEqual([]);
    expect(merged.months.filter((m) => m.iso3 === 'MKD')).toHaveLength(mkd.length);
  });

  it('normalises the leap-year and off-by-one stock dates to month-ends', () => {
    const odd = read.records.filter((r) => r.printedDate !== r.date);
    expect(new Set(odd.map((r) => r.printedDate))).toEqual(
      new Set(['2000-02-28', '2002-08-30', '2003-03-30', '2004-02-28', '2008-02-28', '2012-02-28']),
    );
    expect(read.records.every((r) => /^\d{4}-\d{2}-(28|29|30|31)$/.test(r.date))).toBe(true);
  });
});

describe('IPI gender file (fixtures)', () => {
  const header =
    'Date,Contributor,Contributor_ISO-3,Mission,Individual_Police_Male,Individual_Police_Female,Individual_Police_Total,' +
    'Formed_Police_Units_Male,Formed_Police_Units_Female,Formed_Police_Units_Total,Experts_on_Mission_Male,' +
    'Experts_on_Mission_Female,Experts_on_Mission_Total,Troops_Male,Troops_Female,Troops_Total,Total_Male,Total_Female,Total_Total';
  const file = fixtureFile(
    'gender.csv',
    [
      header,
      '2014-02-28,all,all,all,1,0,1,NA,NA,NA,NA,NA,NA,10,1,11,11,1,12',
      '2014-02-28,Nepal,NPL,all,1,0,1,NA,NA,NA,NA,NA,NA,10,1,11,11,1,12',
      '2014-02-28,Nepal,NPL,UNMIL,1,0,1,NA,NA,NA,NA,NA,NA,10,1,11,11,1,12',
      "2014-03-31,Nepal',NPL',UNMISS',NA,NA,NA,5,1,6,NA,NA,NA,10,1,12,15,2,18",
    ].join('\n'),
  );
  const read = readIpiGender(file);

  it('drops the all rows and strips the trailing apostrophes', () => {
    expect(read.droppedAggregateRows).toBe(2);
    expect(read.apostrophesStripped).toBe(1);
    expect(read.records.map((r) => [r.contributor, r.iso3, r.mission])).toEqual([
      ['Nepal', 'NPL', 'UNMIL'],
      ['Nepal', 'NPL', 'UNMISS'],
    ]);
  });

  it('reports rows whose totals do not add up, with their line, instead of throwing', () => {
    expect(read.arithmeticProblems).toEqual([
      {
        line: 5,
        date: '2014-03-31',
        contributor: 'Nepal',
        mission: 'UNMISS',
        problems: [
          'Troops: male 10 + female 1 = 11, printed total 12',
          'Total: male 15 + female 2 = 17, printed total 18',
        ],
      },
    ]);
  });

  it('sums police as individual police plus formed police units', () => {
    expect(sumIpiGenderByCountry(read.records).find((s) => s.date === '2014-03-31')).toMatchObject({
      iso3: 'NPL',
      troops: 12,
      police: 6,
      experts: null,
    });
  });

  it('returns a discrepancy when the countries file differs and none when both are blank', () => {
    const discrepancies = compareIpiGenderWithCountries(read.records, [
      { iso3: 'NPL', date: '2014-02-28', troops: 11, police: 1, experts: null, sources: [] },
      { iso3: 'NPL', date: '2014-03-31', troops: 12, police: 5, experts: null, sources: [] },
    ]);
    expect(discrepancies).toEqual([
      { date: '2014-03-31', iso3: 'NPL', type: 'police', genderFile: 6, countriesFile: 5, kind: 'different' },
    ]);
  });
});

describe('IPI gender file (real)', () => {
  const read = readIpiGender(path.join(IPI, 'full_gender_data.csv'));

  it('drops every all row (6,085) and keeps 29,689 contributor × mission rows', () => {
    expect(read.droppedAggregateRows).toBe(6085);
    expect(read.records).toHaveLength(29_689);
    expect(read.records.some((r) => r.contributor === 'all' || r.mission === 'all' || r.iso3 === 'all')).toBe(
      false,
    );
  });

  it('strips the apostrophes of the 573 rows of 2014-03-31', () => {
    expect(read.apostrophesStripped).toBe(573);
    const march = read.records.filter((r) => r.date === '2014-03-31');
    expect(march).toHaveLength(573);
    expect(march.some((r) => /'/.test(r.contributor + r.iso3 + r.mission))).toBe(false);
    expect(march.find((r) => r.contributor === 'Zimbabwe' && r.mission === 'UNMISS')?.iso3).toBe('ZWE');
  });

  it('covers 53 month-ends from 2009-11-30 to 2014-03-31', () => {
    const dates = [...new Set(read.records.map((r) => r.date))].sort();
    expect(dates).toHaveLength(53);
    expect(dates[0]).toBe('2009-11-30');
    expect(dates.at(-1)).toBe('2014-03-31');
    expect(dates).toContain('2012-02-29');
  });

  it('pins Bangladesh for March 2014: 9 missions, 6,120 troops, 125 + 1,637 police, 68 experts, 7,738 men and 212 women', () => {
    const rows = read.records.filter((r) => r.iso3 === 'BGD' && r.date === '2014-03-31');
    expect(rows).toHaveLength(9);
    const sum = (f: (r: (typeof rows)[0]) => number | null) => rows.reduce((s, r) => s + (f(r) ?? 0), 0);
    expect(sum((r) => r.troops.total)).toBe(6120);
    expect(sum((r) => r.individualPolice.total)).toBe(125);
    expect(sum((r) => r.formedPoliceUnits.total)).toBe(1637);
    expect(sum((r) => r.expertsOnMission.total)).toBe(68);
    expect(sum((r) => r.total.male)).toBe(7738);
    expect(sum((r) => r.total.female)).toBe(212);
    expect(sum((r) => r.total.total)).toBe(7950);
  });

  it('finds 17 rows whose male + female differ from the printed total, the first Egypt in UNMIS on line 183', () => {
    expect(read.arithmeticProblems).toHaveLength(17);
    expect(read.arithmeticProblems[0]).toMatchObject({ line: 183, contributor: 'Egypt', mission: 'UNMIS' });
    // Every failure is a troops male/female split; the type totals always add up to Total.
    expect(read.arithmeticProblems.every((p) => p.problems.every((t) => /^(Troops|Total):/.test(t)))).toBe(
      true,
    );
  });

  it('agrees with countryNames.ts on every ISO3 code', () => {
    expect(checkIpiGenderIso3(read.records)).toEqual([]);
  });

  it('matches the countries files except where the gender file is blank (United States 2009-11…2012-12, Moldova 2014-01)', () => {
    const countries = mergeIpiCountriesByIso3(readIpiCountries(path.join(IPI, 'countries')).records);
    const discrepancies = compareIpiGenderWithCountries(read.records, countries.months);
    expect(discrepancies).toHaveLength(116);
    expect(discrepancies.every((d) => d.kind === 'blank-in-gender-file')).toBe(true);
    const countryMonths = new Set(discrepancies.map((d) => `${d.iso3} ${d.date}`));
    expect(countryMonths.size).toBe(39);
    expect([...countryMonths].filter((k) => k.startsWith('USA'))).toHaveLength(38);
    expect([...countryMonths].filter((k) => !k.startsWith('USA'))).toEqual(['MDA 2014-01-31']);
  });
});

describe('UN fatalities file (fixtures)', () => {
  const header =
    'id,incident_date,casualty_id,mission_acronym,type_of_casualty,gender,casualty_nationality,casualty_personnel_type,type_of_incident,m49_code,isocode3,last_update';
  const file = fixtureFile(
    'fat.csv',
    [
      header,
      '1,2003-08-19,X-1,UNOHCI,Fatality,,Iraq,Local ,Malicious Act,368.0,IRQ,2025-04-04',
      '2,2010-01-01,X-2,UNOCI,Fatality,F,Côte dIvoire,Police,Illness,,,2025-04-04',
      '3,2010-01-02,X-3,UNOCI,Fatality,M,ZZ [Undetermined],Other,Unknown,,,2025-04-04',
    ].join('\n'),
  );

  it('trims "Local ", reads m49 floats as integers and a blank gender as null', () => {
    const [local] = readFatalities(file);
    expect(local).toMatchObject({
      personnelType: 'local_civilian',
      m49: 368,
      gender: null,
      iso3: 'IRQ',
      isIso3FromName: false,
    });
  });

  it('maps a missing isocode3 by nationality and keeps an undetermined nationality with a null ISO3', () => {
    const [, civ, zz] = readFatalities(file) as [FatalityRecord, FatalityRecord, FatalityRecord];
    expect(civ).toMatchObject({ iso3: 'CIV', isIso3FromName: true, nationality: 'Côte dIvoire' });
    expect(zz).toMatchObject({ iso3: null, nationality: 'ZZ [Undetermined]' });
  });

  it('throws UnknownCountryError naming file, line and spelling for an unknown nationality', () => {
    const bad = fixtureFile(
      'bad.csv',
      `${header}\n9,2010-01-01,X,UNOCI,Fatality,M,Atlantis,Military,Accident,,,2025-04-04\n`,
    );
    const error = catchError(() => readFatalities(bad));
    expect(error).toBeInstanceOf(UnknownCountryError);
    expect((error as Error).message).toContain(`${bad}, line 2`);
    expect((error as Error).message).toContain('"Atlantis"');
  });

  it('rejects an unknown personnel type with file, line and column', () => {
    const bad = fixtureFile(
      'bad2.csv',
      `${header}\n9,2010-01-01,X,UNOCI,Fatality,M,Nepal,Sailor,Accident,524.0,NPL,2025-04-04\n`,
    );
    expect(() => readFatalities(bad)).toThrow(/bad2\.csv, line 2, column 8: unknown personnel type "Sailor"/);
  });

  it('counts military, police and military observers as uniformed, civilians and others not', () => {
    expect(['military', 'police', 'military_observer'].every((t) => isUniformed(t as never))).toBe(true);
    expect(['international_civilian', 'local_civilian', 'other'].some((t) => isUniformed(t as never))).toBe(
      false,
    );
  });
});

describe('UN fatalities file (real)', () => {
  const all = readFatalities(FATALITIES);
  const bangladesh = all.filter((r) => r.iso3 === 'BGD');
  const byMid2023 = bangladesh.filter((r) => r.incidentDate <= '2023-06-30');

  it('reads all 4,429 records', () => {
    expect(all).toHaveLength(4429);
  });

  it('counts 166 Bangladeshi fatalities by 30 June 2023, 164 of them uniformed', () => {
    expect(byMid2023).toHaveLength(166);
    expect(byMid2023.filter((r) => isUniformed(r.personnelType))).toHaveLength(164);
    const byType = Object.fromEntries(
      ['military', 'police', 'military_observer', 'international_civilian'].map((t) => [
        t,
        byMid2023.filter((r) => r.personnelType === t).length,
      ]),
    );
    expect(byType).toEqual({ military: 142, police: 19, military_observer: 3, international_civilian: 2 });
  });

  it('counts 168 Bangladeshi fatalities by 26 October 2023', () => {
    expect(bangladesh.filter((r) => r.incidentDate <= '2023-10-26')).toHaveLength(168);
  });

  it('maps the 52 rows without isocode3: 37 by name, 14 undetermined and 1 blank left without a country', () => {
    expect(all.filter((r) => r.isIso3FromName)).toHaveLength(37);
    expect(all.filter((r) => r.iso3 === null && r.nationality === 'ZZ [Undetermined]')).toHaveLength(14);
    expect(all.filter((r) => r.nationality === null)).toHaveLength(1);
    expect(new Set(all.filter((r) => r.isIso3FromName).map((r) => r.iso3))).toEqual(
      new Set(['CIV', 'TUR', 'MUS', 'VNM']),
    );
  });

  it('reads the six personnel types and six incident types as the file prints them', () => {
    const count = (f: (r: FatalityRecord) => string) =>
      Object.fromEntries(
        [...new Set(all.map(f))].sort().map((k) => [k, all.filter((r) => f(r) === k).length]),
      );
    expect(count((r) => r.personnelType)).toEqual({
      international_civilian: 351,
      local_civilian: 557,
      military: 3036,
      military_observer: 97,
      other: 74,
      police: 314,
    });
    expect(count((r) => r.incidentType)).toEqual({
      Accident: 1412,
      Illness: 1643,
      'Malicious Act': 1134,
      'Self-Inflicted': 148,
      'To Be Determined': 60,
      Unknown: 32,
    });
    expect(all.filter((r) => r.gender === null)).toHaveLength(151);
  });
});

describe('World Bank population (fixtures)', () => {
  it('throws for a code that is neither a known economy nor a listed aggregate', () => {
    const file = fixtureFile(
      'pop.csv',
      'Country Name,Country Code,Year,Value\nWorld,WLD,2024,1\nNowhere,NWH,2024,5\n',
    );
    expect(() => readPopulation(file)).toThrow(/pop\.csv, line 3, column 2: "NWH" \(Nowhere\)/);
  });
});

describe('World Bank population (real)', () => {
  const read = readPopulation(POPULATION);
  const value = (iso3: string, year: number) =>
    read.records.find((r) => r.iso3 === iso3 && r.year === year)?.population;

  it('drops the 48 aggregates in the file and keeps 217 economies', () => {
    expect(read.droppedAggregates).toHaveLength(48);
    expect(read.droppedAggregates).toContain('WLD');
    expect(read.droppedAggregates.every((c) => WORLD_BANK_AGGREGATE_CODES.has(c))).toBe(true);
    expect(read.names.size).toBe(217);
    expect(read.records.some((r) => WORLD_BANK_AGGREGATE_CODES.has(r.iso3))).toBe(false);
  });

  it('pins Bangladesh and Bhutan for 2024', () => {
    expect(value('BGD', 2024)).toBe(173_562_364);
    expect(value('BTN', 2024)).toBe(791_524);
  });
});
