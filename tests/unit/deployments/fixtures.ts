// Tiny synthetic datasets for the deployments and women models: a few months, a few countries, built
// by factories so each test states only what it is about.
import {
  PERSONNEL_TYPES,
  type CountryCells,
  type Manifest,
  type Mission,
  type MonthInfo,
  type PersonnelType,
  type Totals,
  type YearCrossSection,
} from '../../../src/data/schema.ts';

/** Month-end dates from `first` ('YYYY-MM'), `count` of them. */
export function monthEnds(first: string, count: number): string[] {
  const year = Number(first.slice(0, 4));
  const month = Number(first.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) =>
    new Date(Date.UTC(year, month + i + 1, 0)).toISOString().slice(0, 10),
  );
}

export interface MonthSpec {
  /** 'ok' (default), or 'gap' for a month without a report. */
  status?: 'ok' | 'gap';
  source?: string;
  file?: string;
  hasMission?: boolean;
  hasGender?: boolean;
  genderNote?: string;
}

export function makeMission(acronym: string, over: Partial<Mission> = {}): Mission {
  return {
    acronym,
    name: `United Nations Mission ${acronym}`,
    host: `Host of ${acronym}`,
    hostIso3: null,
    start: 2000,
    end: null,
    ...over,
  };
}

export function makeManifest(options: {
  first: string;
  count: number;
  months?: Record<number, MonthSpec>;
  defaults?: MonthSpec;
  missions?: Mission[];
  countries?: string[];
}): Manifest {
  const months = monthEnds(options.first, options.count);
  const monthInfo: MonthInfo[] = months.map((m, i) => {
    const spec = { ...options.defaults, ...options.months?.[i] };
    if (spec.status === 'gap') return { status: 'gap', reason: 'No report in the fixture.' };
    return {
      status: 'ok',
      source: spec.source ?? 'un-pdf',
      file: spec.file ?? `UN_country_contributions_${m.slice(0, 4)}_${m.slice(5, 7)}.pdf`,
      layout: 'fixture',
      hasMission: spec.hasMission ?? true,
      hasGender: spec.hasGender ?? true,
      checkedTotals: 0,
      ...(spec.genderNote ? { genderNote: spec.genderNote } : {}),
    };
  });
  return {
    schemaVersion: 1,
    version: 'fixture',
    builtAt: '2025-01-01T00:00:00Z',
    months,
    monthInfo,
    personnelTypes: [...PERSONNEL_TYPES],
    countries: (options.countries ?? ['AAA', 'BBB', 'CCC']).map((iso3) => ({
      iso3,
      name: `Country ${iso3}`,
      firstMonth: 0,
      lastMonth: options.count - 1,
    })),
    otherCountries: [],
    missions: options.missions ?? [makeMission('MONE'), makeMission('MTWO', { end: 2016 })],
    sources: [],
    gaps: [],
    seam: [],
    duplicates: [],
    chunks: {},
  };
}

export interface CellSpec {
  month: number;
  type: PersonnelType;
  total: number;
  female?: number | null;
  /** Index into manifest.missions, or -1 for no mission detail (default). */
  mission?: number;
}

export function makeCells(manifest: Manifest, iso3: string, cells: CellSpec[]): CountryCells {
  return {
    iso3,
    month: cells.map((c) => c.month),
    mission: cells.map((c) => c.mission ?? -1),
    type: cells.map((c) => manifest.personnelTypes.indexOf(c.type)),
    male: cells.map((c) => (c.female === null || c.female === undefined ? null : c.total - c.female)),
    female: cells.map((c) => (c.female === undefined ? null : c.female)),
    total: cells.map((c) => c.total),
  };
}

/**
 * Totals built from cells, the way the pipeline does: a country's month is null when the month is a
 * gap, the world by type sums every cell.
 */
export function makeTotals(manifest: Manifest, cellsByCountry: CountryCells[]): Totals {
  const n = manifest.months.length;
  const ok = manifest.monthInfo.map((m) => m.status === 'ok');
  const gendered = manifest.monthInfo.map((m) => m.status === 'ok' && m.hasGender);
  const blank = (flags: boolean[]): (number | null)[] => flags.map((f) => (f ? 0 : null));
  const world = { total: blank(ok), female: blank(gendered), gendered: blank(gendered) };
  const byType: Totals['world']['byType'] = {};
  const countries: Totals['countries'] = {};
  for (const cells of cellsByCountry) {
    const s = { total: blank(ok), female: blank(gendered) };
    cells.month.forEach((m, j) => {
      const total = cells.total[j] ?? 0;
      const female = cells.female[j] ?? null;
      const type = manifest.personnelTypes[cells.type[j] ?? -1] as PersonnelType;
      s.total[m] = (s.total[m] ?? 0) + total;
      s.female[m] = s.female[m] === null || female === null ? null : (s.female[m] ?? 0) + female;
      const t = (byType[type] ??= { total: blank(ok), female: blank(gendered), gendered: blank(gendered) });
      for (const w of [world, t]) {
        w.total[m] = (w.total[m] ?? 0) + total;
        if (female !== null && w.female[m] !== null) {
          w.female[m] = (w.female[m] ?? 0) + female;
          w.gendered[m] = (w.gendered[m] ?? 0) + total;
        }
      }
    });
    countries[cells.iso3] = s;
  }
  for (let i = 0; i < n; i++) {
    for (const w of [world, ...Object.values(byType)]) {
      if (w && w.gendered[i] === 0 && (w.total[i] ?? 0) > 0) {
        w.female[i] = null;
        w.gendered[i] = null;
      }
    }
  }
  return { countries, world: { ...world, byType } };
}

export function makeCrossSection(
  manifest: Manifest,
  year: number,
  cellsByCountry: CountryCells[],
): YearCrossSection {
  const rows = new Map<
    string,
    { month: number; iso3: string; type: number; male: number | null; female: number | null; total: number }
  >();
  for (const cells of cellsByCountry) {
    cells.month.forEach((m, j) => {
      if (!(manifest.months[m] ?? '').startsWith(String(year))) return;
      const key = `${m}|${cells.iso3}|${cells.type[j]}`;
      const row = rows.get(key) ?? {
        month: m,
        iso3: cells.iso3,
        type: cells.type[j] ?? 0,
        male: 0,
        female: 0,
        total: 0,
      };
      row.total += cells.total[j] ?? 0;
      const f = cells.female[j] ?? null;
      row.female = row.female === null || f === null ? null : row.female + f;
      row.male = row.female === null ? null : row.total - row.female;
      rows.set(key, row);
    });
  }
  const list = [...rows.values()];
  return {
    year,
    month: list.map((r) => r.month),
    iso3: list.map((r) => r.iso3),
    type: list.map((r) => r.type),
    male: list.map((r) => r.male),
    female: list.map((r) => r.female),
    total: list.map((r) => r.total),
  };
}
