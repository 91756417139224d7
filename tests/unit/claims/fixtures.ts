// Tiny synthetic datasets for the fatalities, compare and claims models, built by factories so each
// test states only what it is about. Months are month-end dates; a month listed in `gaps` has no report.
import {
  PERSONNEL_TYPES,
  type CountryCells,
  type Fatalities,
  type FatalityPersonnelType,
  type Manifest,
  type Mission,
  type PersonnelType,
  type Population,
  type Totals,
  type YearCrossSection,
} from '../../../src/data/schema.ts';

export function monthEnds(first: string, count: number): string[] {
  const y = Number(first.slice(0, 4));
  const m = Number(first.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) =>
    new Date(Date.UTC(y, m + i + 1, 0)).toISOString().slice(0, 10),
  );
}

export function mission(
  acronym: string,
  host = `Host of ${acronym}`,
  hostIso3: string | null = null,
): Mission {
  return { acronym, name: `Mission ${acronym}`, host, hostIso3, start: 2000, end: null };
}

export function manifestOf(options: {
  first: string;
  count: number;
  /** Month indexes without a report. */
  gaps?: number[];
  /** Month indexes whose report has no mission detail. */
  noMission?: number[];
  /** Month indexes whose report has no gender split. */
  noGender?: number[];
  countries?: { iso3: string; name: string }[];
  missions?: Mission[];
}): Manifest {
  const months = monthEnds(options.first, options.count);
  return {
    schemaVersion: 1,
    version: 'fixture',
    builtAt: '2025-01-01T00:00:00Z',
    months,
    monthInfo: months.map((m, i) =>
      options.gaps?.includes(i)
        ? { status: 'gap' as const, reason: 'No report in the fixture.' }
        : {
            status: 'ok' as const,
            source: 'un-pdf',
            file: `report_${m.slice(0, 7)}.pdf`,
            layout: 'fixture',
            hasMission: !options.noMission?.includes(i),
            hasGender: !options.noGender?.includes(i),
            checkedTotals: 0,
          },
    ),
    personnelTypes: [...PERSONNEL_TYPES],
    countries: (options.countries ?? []).map((c) => ({ ...c, firstMonth: 0, lastMonth: options.count - 1 })),
    otherCountries: [],
    missions: options.missions ?? [],
    sources: [],
    gaps: [],
    seam: [],
    duplicates: [],
    chunks: {},
  };
}

export interface Cell {
  month: number;
  total: number;
  type?: PersonnelType;
  female?: number | null;
  /** Mission acronym; omitted = no mission detail. */
  mission?: string;
}

export function cellsOf(manifest: Manifest, iso3: string, cells: Cell[]): CountryCells {
  return {
    iso3,
    month: cells.map((c) => c.month),
    mission: cells.map((c) => (c.mission ? manifest.missions.findIndex((m) => m.acronym === c.mission) : -1)),
    type: cells.map((c) => manifest.personnelTypes.indexOf(c.type ?? 'troops')),
    male: cells.map((c) => (c.female === null || c.female === undefined ? null : c.total - c.female)),
    female: cells.map((c) => (c.female === undefined ? null : c.female)),
    total: cells.map((c) => c.total),
  };
}

/** totals.json from cells: null in gap months, the world the sum of everyone. */
export function totalsOf(manifest: Manifest, all: CountryCells[]): Totals {
  const zero = (): (number | null)[] => manifest.monthInfo.map((info) => (info.status === 'ok' ? 0 : null));
  const countries: Totals['countries'] = {};
  const world = zero();
  for (const cells of all) {
    const total = zero();
    cells.month.forEach((m, j) => {
      if (total[m] === null || total[m] === undefined) return;
      total[m] = (total[m] ?? 0) + (cells.total[j] ?? 0);
      world[m] = (world[m] ?? 0) + (cells.total[j] ?? 0);
    });
    countries[cells.iso3] = { total, female: zero() };
  }
  return { countries, world: { total: world, female: zero(), gendered: zero(), byType: {} } };
}

/** A year cross-section (years/<YYYY>.json) from cells. */
export function sectionOf(manifest: Manifest, year: number, all: CountryCells[]): YearCrossSection {
  const section: YearCrossSection = { year, month: [], iso3: [], type: [], male: [], female: [], total: [] };
  for (const cells of all) {
    cells.month.forEach((m, j) => {
      if (!(manifest.months[m] ?? '').startsWith(`${year}-`)) return;
      section.month.push(m);
      section.iso3.push(cells.iso3);
      section.type.push(cells.type[j] ?? 0);
      section.male.push(cells.male[j] ?? null);
      section.female.push(cells.female[j] ?? null);
      section.total.push(cells.total[j] ?? 0);
    });
  }
  return section;
}

export function populationOf(
  firstYear: number,
  lastYear: number,
  values: Record<string, (number | null)[]>,
): Population {
  return { firstYear, lastYear, values };
}

export interface Death {
  date: string;
  iso3?: string | null;
  type?: FatalityPersonnelType;
  incident?: string;
  mission?: string;
}

export function fatalitiesOf(deaths: Death[], snapshot = '2025-04-04'): Fatalities {
  return {
    snapshot,
    date: deaths.map((d) => d.date),
    iso3: deaths.map((d) => (d.iso3 === undefined ? 'AAA' : d.iso3)),
    nationality: deaths.map((d) => d.iso3 ?? 'Unknown'),
    mission: deaths.map((d) => d.mission ?? 'MONE'),
    personnelType: deaths.map((d) => d.type ?? 'military'),
    incidentType: deaths.map((d) => d.incident ?? 'Accident'),
    gender: deaths.map(() => 'M' as const),
  };
}

/** `n` identical deaths. */
export function deaths(n: number, death: Death): Death[] {
  return Array.from({ length: n }, () => ({ ...death }));
}
