// Reads every source and assembles the dataset in memory. `npm run data` writes it to data/;
// `npm run data:check` compares it with the committed data/.
import path from 'node:path';
import { readUnReports } from './assemble/readUnReports.ts';
import { assembleDataset, type AssembledDataset, type MonthInput } from './assemble/assembleDataset.ts';
import { applyGenderCorrections, type WithheldValue } from './assemble/knownErrors.ts';
import { findIncompleteMonths } from './assemble/incompleteMonths.ts';
import { ipiMonths } from './assemble/ipiMonths.ts';
import { monthKeys, monthEndOf, FIRST_MONTH } from './assemble/monthAxis.ts';
import { SOURCE_DESCRIPTIONS } from './assemble/sourcesInfo.ts';
import type { UnifiedCell } from './assemble/unifiedCell.ts';
import { readIpiCountries, mergeIpiCountriesByIso3 } from './readers/ipiCountries.ts';
import { readIpiGender } from './readers/ipiGender.ts';
import { readFatalities } from './readers/fatalities.ts';
import { readPopulation } from './readers/population.ts';
import { readIpiWorldTotals } from './readers/ipiWorldTotals.ts';
import { displayName, requireIso3 } from './countries/countryNames.ts';
import { lookupMission, UnknownMissionError } from './missions/missions.ts';
import type { Fatalities, Population } from '../../src/data/schema.ts';

export interface BuildOptions {
  sourcesDir: string;
  log: (line: string) => void;
  builtAt?: string;
}

export async function buildDataset({
  sourcesDir,
  log,
  builtAt,
}: BuildOptions): Promise<AssembledDataset & { summary: string[] }> {
  const started = Date.now();
  const summary: string[] = [];
  const dirs = {
    pdf: path.join(sourcesDir, 'contributions_un_dpo_monthly_pdf'),
    ipi: path.join(sourcesDir, 'contributions_ipi_providing_for_peacekeeping'),
    fatalities: path.join(sourcesDir, 'fatalities_un_dpo', 'DPPADPOSS-FATALITIES.csv'),
    population: path.join(sourcesDir, 'population_worldbank', 'population.csv'),
  };

  // 1. IPI, 1990-11 … 2014-03.
  log('IPI Peacekeeping Database');
  const ipiCountriesDir = path.join(dirs.ipi, 'countries');
  const ipiCountries = readIpiCountries(ipiCountriesDir);
  const merged = mergeIpiCountriesByIso3(ipiCountries.records);
  if (merged.conflicts.length > 0) {
    const c = merged.conflicts[0];
    throw new Error(
      `IPI countries: ${merged.conflicts.length} country-months are reported by two files (first: ${c?.iso3} ${c?.date})`,
    );
  }
  const genderFile = path.join(dirs.ipi, 'full_gender_data.csv');
  const gender = readIpiGender(genderFile);
  const ipi = ipiMonths(merged.months, gender.records, genderFile, ipiCountriesDir);
  log(`  countries/: ${ipiCountries.files.length} files, ${ipiCountries.records.length} rows`);
  log(
    `  full_gender_data.csv: ${gender.records.length} rows kept, ${gender.droppedAggregateRows} aggregate rows dropped, ${gender.apostrophesStripped} stray apostrophes stripped, ${gender.arithmeticProblems.length} rows whose own male+female ≠ total (kept; split withheld)`,
  );
  log(
    `  ${ipi.months.length} months; ${ipi.fallbacks.length} country-months of 2009-11…2014-03 taken from the per-country files because the gender file leaves them blank`,
  );
  // Months IPI lists only in part: contributors present on both sides and missing in between.
  const monthLabel = (key: string) =>
    new Date(`${key}-15T00:00:00Z`).toLocaleString('en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  const incomplete = findIncompleteMonths(
    ipi.months.map((m) => ({
      key: m.key,
      contributors: new Set(m.cells.filter((c) => c.total > 0).map((c) => c.iso3)),
    })),
  );
  const notReported = incomplete.flatMap((inc) =>
    inc.missing.map((iso3) => ({
      month: inc.month,
      iso3,
      reason:
        `IPI’s compilation lists ${inc.contributors} contributors in ${monthLabel(inc.month)} against ${inc.before} in ${monthLabel(inc.beforeMonth)} and ${inc.after} in ${monthLabel(inc.afterMonth)}; ` +
        `${displayName(iso3)} is in both neighbouring months and missing from this one, so its figure is not reported (not 0), nor is the month’s world total.`,
    })),
  );
  for (const inc of incomplete) {
    log(
      `  ${inc.month}: ${inc.contributors} contributors against ${inc.before} before and ${inc.after} after; not reported: ${inc.missing.join(', ')}`,
    );
  }
  // Gender-file cells whose printed split does not add up to their own total: split withheld.
  const withheld: WithheldValue[] = [];
  const splitGroups = new Map<string, typeof ipi.splitWithheld>();
  for (const w of ipi.splitWithheld) {
    const key = `${w.month}|${w.iso3}`;
    splitGroups.set(key, [...(splitGroups.get(key) ?? []), w]);
  }
  for (const [key, cells] of splitGroups) {
    const [month = '', iso3 = ''] = key.split('|');
    withheld.push({
      month: monthEndOf(month),
      iso3,
      mission: [...new Set(cells.map((c) => c.mission))].join(', '),
      values: `male and female of ${cells.length} row${cells.length === 1 ? '' : 's'}`,
      reason: `IPI’s gender file prints ${cells
        .map(
          (c) =>
            `${c.mission} ${c.type.replace(/_/g, ' ')} as ${c.male.toLocaleString('en-US')} men + ${c.female.toLocaleString('en-US')} women against a total of ${c.total.toLocaleString('en-US')} (line ${c.line})`,
        )
        .join('; ')}; the split does not add up, so it is withheld and the total kept.`,
    });
  }
  log(
    `  ${incomplete.length} incomplete months, ${notReported.length} country-months not reported; ${ipi.splitWithheld.length} gender-file cells with their split withheld`,
  );
  summary.push(
    `IPI: ${ipi.months.length} months (${ipi.months[0]?.key} … ${ipi.months[ipi.months.length - 1]?.key}), ${ipiCountries.records.length + gender.records.length} rows`,
  );

  // 2. UN reports, 2015-01 … 2025-07.
  log('UN DPO monthly reports');
  const un = await readUnReports(dirs.pdf, log);
  const unMonths: MonthInput[] = un.reports.map(({ file, monthKey, report, datedBy }) => {
    const cells: UnifiedCell[] = report.cells.map((c) => {
      let mission: string | null = null;
      if (c.mission !== null) {
        const found = lookupMission(c.mission);
        if (!found) throw new UnknownMissionError(file, `page ${c.page}`, c.mission);
        mission = found.acronym;
      }
      return {
        month: monthKey,
        iso3: requireIso3(c.country, file, `page ${c.page}`, report.layout),
        mission,
        type: c.personnelType,
        male: c.male,
        female: c.female,
        total: c.total,
      };
    });
    const hasGender = report.cells.some((c) => c.female !== null);
    const genderNote = applyGenderCorrections(monthKey, cells, withheld);
    return {
      key: monthKey,
      cells,
      source: {
        source: 'un-pdf',
        file,
        layout: report.layout,
        hasMission: report.cells.some((c) => c.mission !== null),
        hasGender,
        checkedTotals: report.checkedTotals,
        ...(genderNote ? { genderNote } : {}),
        ...(datedBy ? { datedBy } : {}),
      },
    };
  });
  const totalChecks = un.reports.reduce((n, r) => n + r.report.checkedTotals, 0);
  const dated = un.reports.filter((r) => r.datedBy).map((r) => r.monthKey);
  summary.push(
    `UN PDFs: ${un.reports.length} months read (${dated.length} placed by evidence${dated.length > 0 ? `: ${dated.join(', ')}` : ''}), ${un.skipped.length} files left out as copies, ${un.undated.length} undated and left out; ${totalChecks.toLocaleString('en')} printed totals checked`,
  );

  // 3. Gaps and their reasons.
  const lastMonth =
    unMonths
      .map((m) => m.key)
      .sort()
      .pop() ?? '2014-03';
  const covered = new Set([...ipi.months, ...unMonths].map((m) => m.key));
  const gapReasons = new Map<string, string>();
  for (const key of monthKeys(FIRST_MONTH, lastMonth)) {
    if (covered.has(key)) continue;
    if (key >= '2014-04' && key <= '2014-12') {
      gapReasons.set(
        key,
        'Neither source covers it: IPI’s country files end in March 2014 and the UN reports used here begin in January 2015.',
      );
      continue;
    }
    const fileName = `UN_country_contributions_${key.replace('-', '_')}.pdf`;
    const copy = un.skipped.find((s) => s.file === fileName);
    const undated = un.undated.find((u) => u.file === fileName);
    if (copy) {
      gapReasons.set(
        key,
        `The file named for this month, ${fileName}, holds the report as of ${copy.holds ?? 'another month'} (byte-identical to ${copy.sameAs}); this month’s own report is missing.`,
      );
    } else if (undated) gapReasons.set(key, `${undated.reason}, so it is not assigned to this month.`);
    else if (key < '2015-01') gapReasons.set(key, 'IPI’s compilation has no figures for this month.');
    else gapReasons.set(key, 'No report for this month is among the sources.');
  }

  // 4. Fatalities and population.
  log('UN fatalities');
  const fatalityRecords = readFatalities(dirs.fatalities).sort(
    (a, b) => a.incidentDate.localeCompare(b.incidentDate) || a.id - b.id,
  );
  const fatalities: Fatalities = {
    snapshot:
      fatalityRecords
        .map((r) => r.lastUpdate)
        .sort()
        .pop() ?? '',
    date: fatalityRecords.map((r) => r.incidentDate),
    iso3: fatalityRecords.map((r) => r.iso3),
    nationality: fatalityRecords.map((r) => r.nationality ?? ''),
    mission: fatalityRecords.map((r) => r.mission),
    personnelType: fatalityRecords.map((r) => r.personnelType),
    incidentType: fatalityRecords.map((r) => r.incidentType),
    gender: fatalityRecords.map((r) => r.gender),
  };
  log(
    `  ${fatalityRecords.length} fatalities, ${fatalities.date[0]} … ${fatalities.date[fatalities.date.length - 1]}, snapshot ${fatalities.snapshot}`,
  );
  summary.push(`Fatalities: ${fatalityRecords.length} records`);

  log('World Bank population');
  const populationRead = readPopulation(dirs.population);
  const years = populationRead.records.map((r) => r.year);
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const values: Population['values'] = {};
  for (const r of populationRead.records) {
    const series = (values[r.iso3] ??= Array.from({ length: lastYear - firstYear + 1 }, () => null));
    series[r.year - firstYear] = r.population;
  }
  const population: Population = {
    firstYear,
    lastYear,
    values: Object.fromEntries(Object.entries(values).sort()),
  };
  log(
    `  ${Object.keys(values).length} countries, ${firstYear} … ${lastYear}; ${populationRead.droppedAggregates.length} aggregates dropped`,
  );
  summary.push(`Population: ${Object.keys(values).length} countries, ${firstYear}–${lastYear}`);

  const ipiFirst = ipi.months[0]?.key ?? '';
  const ipiLast = ipi.months[ipi.months.length - 1]?.key ?? '';
  const dataset = assembleDataset({
    months: [...ipi.months, ...unMonths],
    gapReasons,
    lastMonth,
    missions: (acronym) => {
      const m = lookupMission(acronym);
      return m
        ? {
            acronym: m.acronym,
            name: m.name,
            host: m.host,
            hostIso3: m.hostIso3,
            start: m.start,
            end: m.end,
            ...(m.hostCountries ? { hostCountries: [...m.hostCountries] } : {}),
          }
        : undefined;
    },
    countryName: displayName,
    fatalities,
    population,
    sources: [
      {
        ...SOURCE_DESCRIPTIONS['un-pdf'],
        coverage: { from: unMonths[0]?.key ?? '', to: lastMonth },
        records: un.reports.reduce((n, r) => n + r.report.cells.length, 0),
        files: un.reports.length + un.skipped.length + un.undated.length,
      },
      {
        ...SOURCE_DESCRIPTIONS.ipi,
        coverage: { from: ipiFirst, to: ipiLast },
        records: ipiCountries.records.length + gender.records.length,
        files: ipiCountries.files.length + 1,
      },
      {
        ...SOURCE_DESCRIPTIONS.fatalities,
        coverage: { from: fatalities.date[0] ?? '', to: fatalities.date[fatalities.date.length - 1] ?? '' },
        records: fatalityRecords.length,
        files: 1,
      },
      {
        ...SOURCE_DESCRIPTIONS.population,
        coverage: { from: String(firstYear), to: String(lastYear) },
        records: populationRead.records.length,
        files: 1,
      },
    ],
    duplicates: [
      ...un.skipped.map((s) => ({ file: s.file, sameAs: s.sameAs, reason: s.reason })),
      ...un.undated.map((u) => ({ file: u.file, sameAs: '', reason: `${u.reason}; left out` })),
    ],
    ipiWorldTotals: readIpiWorldTotals(path.join(dirs.ipi, 'data_monthly.csv')),
    notReported,
    withheld: withheld.sort(
      (a, b) => a.month.localeCompare(b.month) || (a.iso3 ?? '').localeCompare(b.iso3 ?? ''),
    ),
    builtAt: builtAt ?? new Date().toISOString(),
  });
  const gapMonths = dataset.manifest.monthInfo.filter((m) => m.status === 'gap').length;
  summary.push(
    `Series: ${dataset.manifest.months.length} months ${dataset.manifest.months[0]} … ${dataset.manifest.months[dataset.manifest.months.length - 1]}, ${gapMonths} gap months in ${dataset.manifest.gaps.length} ranges, ${dataset.manifest.countries.length} contributors, ${dataset.manifest.missions.length} missions`,
  );
  summary.push(
    `Version ${dataset.manifest.version}; ${dataset.files.size} files; ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { ...dataset, summary };
}

export function parseSourcesArg(argv: string[], root: string): string {
  const i = argv.indexOf('--sources');
  const value = i >= 0 ? argv[i + 1] : undefined;
  if (i >= 0 && !value) throw new Error('--sources needs a folder: npm run data -- --sources DIR');
  return path.resolve(value ?? path.join(root, '..', 'shared', 'data', 'sources'));
}
