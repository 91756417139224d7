// Joins what the readers produced into the bundled dataset: one month axis from 1990-11 to the last
// UN report, each month either taken from exactly one source or listed as a gap with its reason,
// then written as the chunks that src/data/schema.ts describes.
import { createHash } from 'node:crypto';
import type { PersonnelType } from '../model.ts';
import { PERSONNEL_TYPES } from '../model.ts';
import { FIRST_MONTH, monthEndOf, monthKeys } from './monthAxis.ts';
import type { MonthSource, UnifiedCell } from './unifiedCell.ts';
import type {
  Manifest,
  MonthInfo,
  Totals,
  CountryCells,
  YearCrossSection,
  Fatalities,
  Population,
  Mission,
  Source,
  TypeSeries,
  WorldSeries,
} from '../../../src/data/schema.ts';

export interface MonthInput {
  key: string;
  source: MonthSource;
  cells: UnifiedCell[];
}

export interface AssembleInput {
  months: MonthInput[];
  /** Why a month has no source, where the build knows more than "no report". */
  gapReasons: Map<string, string>;
  lastMonth: string;
  missions: (acronym: string) => Mission | undefined;
  countryName: (iso3: string) => string;
  fatalities: Fatalities;
  population: Population;
  sources: Source[];
  duplicates: Manifest['duplicates'];
  /** IPI's compiled world totals ('YYYY-MM' → total), shown beside ours at the seam. */
  ipiWorldTotals: ReadonlyMap<string, number>;
  /** Country-months a source leaves out of a month it otherwise reports: null, never 0. */
  notReported?: readonly { month: string; iso3: string; reason: string }[];
  /** Every value withheld although the source prints it (see knownErrors.ts, ipiMonths.ts). */
  withheld?: NonNullable<Manifest['withheld']>;
  builtAt: string;
}

export interface AssembledDataset {
  /** Relative path under data/ → file text. */
  files: Map<string, string>;
  manifest: Manifest;
}

const SEAM_MONTHS = monthKeys('2013-10', '2015-06');

export function assembleDataset(input: AssembleInput): AssembledDataset {
  const keys = monthKeys(FIRST_MONTH, input.lastMonth);
  const indexOf = new Map(keys.map((k, i) => [k, i]));
  const byMonth = new Map<string, MonthInput>();
  for (const m of input.months) {
    if (!indexOf.has(m.key))
      throw new Error(`month ${m.key} (${m.source.file}) lies outside ${FIRST_MONTH}…${input.lastMonth}`);
    if (byMonth.has(m.key)) {
      throw new Error(
        `month ${m.key} comes from two sources (${byMonth.get(m.key)?.source.file} and ${m.source.file}); it must be counted once`,
      );
    }
    byMonth.set(m.key, m);
  }

  const monthInfo: MonthInfo[] = keys.map((key) => {
    const m = byMonth.get(key);
    if (!m)
      return {
        status: 'gap',
        reason: input.gapReasons.get(key) ?? 'No report for this month is among the sources.',
      };
    return {
      status: 'ok',
      source: m.source.source,
      file: m.source.file,
      layout: m.source.layout,
      hasMission: m.source.hasMission,
      hasGender: m.source.hasGender,
      checkedTotals: m.source.checkedTotals,
      ...(m.source.genderNote ? { genderNote: m.source.genderNote } : {}),
      ...(m.source.datedBy ? { datedBy: m.source.datedBy } : {}),
    };
  });

  // Missions and countries that appear in the cells.
  const missionAcronyms = new Set<string>();
  const countryIsos = new Set<string>();
  for (const m of input.months) {
    for (const c of m.cells) {
      if (c.mission) missionAcronyms.add(c.mission);
      if (c.total > 0) countryIsos.add(c.iso3);
    }
  }
  const missions: Mission[] = [...missionAcronyms].sort().map((acronym) => {
    const mission = input.missions(acronym);
    if (!mission) {
      throw new Error(
        `mission "${acronym}" is not in scripts/data/missions/missions.ts; add its full name and host`,
      );
    }
    return mission;
  });
  const missionIndex = new Map(missions.map((m, i) => [m.acronym, i]));
  const typeIndex = new Map(PERSONNEL_TYPES.map((t, i) => [t, i]));
  const isos = [...countryIsos].sort();

  // Totals per country and month, world totals, by type.
  const hasGender = (k: string): boolean => byMonth.get(k)?.source.hasGender === true;
  const countrySeries = new Map<string, TypeSeries>(
    isos.map((iso) => [
      iso,
      {
        total: keys.map((k) => (byMonth.has(k) ? 0 : null)),
        female: keys.map((k) => (hasGender(k) ? 0 : null)),
      },
    ]),
  );
  const emptyWorld = (): WorldSeries => ({
    total: keys.map((k) => (byMonth.has(k) ? 0 : null)),
    female: keys.map((k) => (hasGender(k) ? 0 : null)),
    gendered: keys.map((k) => (hasGender(k) ? 0 : null)),
  });
  const world = emptyWorld();
  const worldByType = new Map<PersonnelType, WorldSeries>();
  const cellColumns = new Map<string, CountryCells>(
    isos.map((iso) => [
      iso,
      { iso3: iso, month: [], mission: [], type: [], male: [], female: [], total: [] },
    ]),
  );
  type YearRow = { male: number | null; female: number | null; total: number };
  const years = new Map<number, Map<string, YearRow>>();

  for (const key of keys) {
    const m = byMonth.get(key);
    if (!m) continue;
    const i = indexOf.get(key) ?? -1;
    const year = Number(key.slice(0, 4));
    const yearRows = years.get(year) ?? new Map<string, YearRow>();
    years.set(year, yearRows);
    for (const c of m.cells) {
      if (c.total === 0) continue;
      const series = countrySeries.get(c.iso3);
      const columns = cellColumns.get(c.iso3);
      if (!series || !columns) continue;
      series.total[i] = (series.total[i] ?? 0) + c.total;
      const f = series.female[i];
      series.female[i] = f === null || f === undefined || c.female === null ? null : f + c.female;
      let typeSeries = worldByType.get(c.type);
      if (!typeSeries) {
        typeSeries = emptyWorld();
        worldByType.set(c.type, typeSeries);
      }
      for (const w of [world, typeSeries]) {
        w.total[i] = (w.total[i] ?? 0) + c.total;
        if (c.female !== null && w.female[i] !== null && w.female[i] !== undefined) {
          w.female[i] = (w.female[i] ?? 0) + c.female;
          w.gendered[i] = (w.gendered[i] ?? 0) + c.total;
        }
      }
      columns.month.push(i);
      columns.mission.push(c.mission ? (missionIndex.get(c.mission) ?? -1) : -1);
      columns.type.push(typeIndex.get(c.type) ?? -1);
      columns.male.push(c.male);
      columns.female.push(c.female);
      columns.total.push(c.total);
      const rowKey = `${String(i).padStart(4, '0')}|${c.iso3}|${c.type}`;
      const row = yearRows.get(rowKey) ?? { male: 0, female: 0, total: 0 };
      row.total += c.total;
      row.male = row.male === null || c.male === null ? null : row.male + c.male;
      row.female = row.female === null || c.female === null ? null : row.female + c.female;
      yearRows.set(rowKey, row);
    }
  }
  // A contributor the source leaves out of a month it otherwise reports is not reported there, not 0.
  for (const { month, iso3 } of input.notReported ?? []) {
    const i = indexOf.get(month);
    const series = countrySeries.get(iso3);
    if (i === undefined || !series) throw new Error(`not reported: ${iso3} ${month} is not in the series`);
    if ((series.total[i] ?? 0) !== 0) throw new Error(`not reported: ${iso3} has personnel in ${month}`);
    series.total[i] = null;
    series.female[i] = null;
    // Without these contributors the month's world total is a partial sum: not reported either.
    for (const w of [world, ...worldByType.values()]) {
      w.total[i] = null;
      w.female[i] = null;
      w.gendered[i] = null;
    }
  }
  // A month whose every split is withheld (2020-08) has no world share of women at all.
  for (const w of [world, ...worldByType.values()]) {
    keys.forEach((_, i) => {
      if (w.gendered[i] === 0 && (w.total[i] ?? 0) > 0) {
        w.female[i] = null;
        w.gendered[i] = null;
      }
    });
  }

  const totals: Totals = {
    countries: Object.fromEntries(countrySeries),
    world: { ...world, byType: Object.fromEntries(worldByType) },
  };

  const files = new Map<string, string>();
  files.set('totals.json', JSON.stringify(totals));
  for (const [iso, columns] of cellColumns) files.set(`countries/${iso}.json`, JSON.stringify(columns));
  for (const [year, rows] of [...years].sort((a, b) => a[0] - b[0])) {
    const section: YearCrossSection = {
      year,
      month: [],
      iso3: [],
      type: [],
      male: [],
      female: [],
      total: [],
    };
    for (const [rowKey, row] of [...rows].sort()) {
      const [month, iso, type] = rowKey.split('|') as [string, string, PersonnelType];
      section.month.push(Number(month));
      section.iso3.push(iso);
      section.type.push(typeIndex.get(type) ?? -1);
      section.male.push(row.male);
      section.female.push(row.female);
      section.total.push(row.total);
    }
    files.set(`years/${year}.json`, JSON.stringify(section));
  }
  files.set('fatalities.json', JSON.stringify(input.fatalities));
  files.set('population.json', JSON.stringify(input.population));

  const countries = isos.map((iso) => {
    const total = totals.countries[iso]?.total ?? [];
    const first = total.findIndex((v) => v !== null && v > 0);
    let last = first;
    total.forEach((v, i) => {
      if (v !== null && v > 0) last = i;
    });
    return { iso3: iso, name: input.countryName(iso), firstMonth: first, lastMonth: last };
  });
  const contributorSet = new Set(isos);
  const otherIsos = new Set<string>();
  for (const iso of input.fatalities.iso3) if (iso && !contributorSet.has(iso)) otherIsos.add(iso);
  for (const iso of Object.keys(input.population.values)) if (!contributorSet.has(iso)) otherIsos.add(iso);

  const manifest: Manifest = {
    schemaVersion: 1,
    version: '',
    builtAt: input.builtAt,
    months: keys.map(monthEndOf),
    monthInfo,
    personnelTypes: [...PERSONNEL_TYPES],
    countries,
    otherCountries: [...otherIsos].sort().map((iso) => ({ iso3: iso, name: input.countryName(iso) })),
    missions,
    sources: input.sources,
    gaps: gapRanges(keys, monthInfo),
    seam: SEAM_MONTHS.filter((k) => indexOf.has(k)).map((k) => {
      const i = indexOf.get(k) ?? 0;
      const info = monthInfo[i];
      return {
        month: monthEndOf(k),
        source: info?.status === 'ok' ? `${info.source} (${info.file})` : 'no report',
        total: world.total[i] ?? null,
        ipiWorldTotal: input.ipiWorldTotals.get(k) ?? null,
      };
    }),
    duplicates: input.duplicates,
    otherMissions: [...new Set(input.fatalities.mission)]
      .filter((acronym) => acronym !== '' && !missionAcronyms.has(acronym))
      .sort()
      .flatMap((acronym) => {
        const mission = input.missions(acronym);
        return mission && !missionAcronyms.has(mission.acronym) ? [mission] : [];
      })
      .filter((m, i, all) => all.findIndex((x) => x.acronym === m.acronym) === i),
    notReported: (input.notReported ?? []).map((n) => ({
      month: monthEndOf(n.month),
      iso3: n.iso3,
      reason: n.reason,
    })),
    withheld: input.withheld ?? [],
    chunks: Object.fromEntries(
      [...files]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, text]) => [name, { bytes: Buffer.byteLength(text) }]),
    ),
  };
  // The version is a hash of every chunk and of the manifest itself (its build date aside), so the
  // same sources always give the same version and any change to the data gives a new one.
  const hash = createHash('sha256');
  for (const [name, text] of [...files].sort(([a], [b]) => a.localeCompare(b)))
    hash.update(`${name}\n${text}\n`);
  hash.update(JSON.stringify({ ...manifest, builtAt: '' }));
  manifest.version = `${input.lastMonth}.${hash.digest('hex').slice(0, 8)}`;
  files.set('manifest.json', JSON.stringify(manifest));
  return { files, manifest };
}

/** Consecutive gap months with the same reason become one range. */
function gapRanges(keys: string[], monthInfo: MonthInfo[]): Manifest['gaps'] {
  const ranges: Manifest['gaps'] = [];
  keys.forEach((key, i) => {
    const info = monthInfo[i];
    if (info?.status !== 'gap') return;
    const last = ranges[ranges.length - 1];
    const previousKey = keys[i - 1];
    if (last && previousKey && last.to === monthEndOf(previousKey) && last.reason === info.reason) {
      last.to = monthEndOf(key);
    } else {
      ranges.push({ from: monthEndOf(key), to: monthEndOf(key), reason: info.reason });
    }
  });
  return ranges;
}
