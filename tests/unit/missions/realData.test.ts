// The mission models on the committed dataset (data/), pinned to figures the UN reports print:
// UN_country_contributions_2023_03.pdf and UN_country_contributions_2025_07.pdf ("Contribution of
// Uniformed Personnel to UN by Mission, Country, and Personnel Type"), read with scripts/dev/dumpPdf.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { hostCentroid } from '../../../src/charts/missionMapLayout.ts';
import {
  missionCellsSchema,
  missionChunkFile,
  parseChunk,
  type CountryCells,
  type Manifest,
  type Totals,
} from '../../../src/data/schema.ts';
import { countryMissionsInMonth } from '../../../src/data/selectors/countryMissionMonth.ts';
import {
  missionCellsFromCountries,
  missionContributorsInMonth,
  missionSpan,
} from '../../../src/data/selectors/missionContributors.ts';
import { missionFacts } from '../../../src/data/selectors/missionFacts.ts';
import { missionHosts, missionPosition } from '../../../src/data/selectors/missionHosts.ts';
import { countryName } from '../../../src/data/selectors/months.ts';
import { largestContributorsLatest, worldTotal } from '../../../src/data/selectors/worldOverview.ts';
import isoCodes from '../../../src/charts/isoNumericToIso3.json';

const dataDir = path.resolve(import.meta.dirname, '../../../data');
const read = <T>(rel: string): T => JSON.parse(readFileSync(path.join(dataDir, rel), 'utf8')) as T;
const manifest = read<Manifest>('manifest.json');
const totals = read<Totals>('totals.json');
const allCells = readdirSync(path.join(dataDir, 'countries')).map((f) =>
  read<CountryCells>(`countries/${f}`),
);
const nameOf = (iso3: string) => countryName(manifest, iso3);
const march2023 = manifest.months.indexOf('2023-03-31');
const july2025 = manifest.months.indexOf('2025-07-31');

describe('Bangladesh in March 2023, by mission', () => {
  test('11 missions: MONUSCO 1,839, MINUSMA 1,661, UNMISS 1,651, MINUSCA 1,420, UNISFA 511, UNIFIL 119 and five smaller', () => {
    const bgd = allCells.find((c) => c.iso3 === 'BGD');
    if (!bgd) throw new Error('no BGD cells');
    const model = countryMissionsInMonth(manifest, bgd, march2023);
    expect(model.status).toBe('detail');
    expect(model.rows).toHaveLength(11);
    expect(model.rows.map((r) => [r.acronym, r.total])).toEqual([
      ['MONUSCO', 1839],
      ['MINUSMA', 1661],
      ['UNMISS', 1651],
      ['MINUSCA', 1420],
      ['UNISFA', 511],
      ['UNIFIL', 119],
      // The five smaller, as the report prints them: MINURSO 10 experts + 20 troops; UNITAMS 2 + 1.
      ['MINURSO', 30],
      ['UNITAMS', 3],
      ['UNFICYP', 1],
      ['UNMHA', 1],
      ['UNSMIL', 1],
    ]);
    expect(model.rows.find((r) => r.acronym === 'MINURSO')?.female).toBe(8);
    expect(model.total).toBe(7237);
    expect(model.unassigned).toBe(0);
  });
});

describe('MINUSCA in July 2025', () => {
  const cells = missionCellsFromCountries(manifest, allCells, 'MINUSCA');
  if (!cells) throw new Error('MINUSCA is not in the manifest');

  test('17,074 personnel, 1,863 of them women, as the report’s "Total MINUSCA" line prints', () => {
    const model = missionContributorsInMonth(manifest, cells, july2025, nameOf);
    expect(model.status).toBe('detail');
    expect(model.total).toBe(17074);
    expect(model.female).toBe(1863);
  });

  test('the largest three: Rwanda 2,834, Bangladesh 1,422, Pakistan 1,417 (the sums of their rows in the report)', () => {
    const model = missionContributorsInMonth(manifest, cells, july2025, nameOf);
    expect(model.rows.slice(0, 3).map((r) => [r.name, r.total])).toEqual([
      ['Rwanda', 2834],
      ['Bangladesh', 1422],
      ['Pakistan', 1417],
    ]);
    // Rwanda: troops 2,109, formed police 640, individual police 49, staff officers 27, experts 9.
    expect(model.rows[0]?.byType).toEqual({
      troops: { total: 2109, female: 195 },
      formed_police_units: { total: 640, female: 110 },
      individual_police: { total: 49, female: 22 },
      staff_officers: { total: 27, female: 5 },
      experts_on_mission: { total: 9, female: 3 },
    });
  });

  test('its facts: the Central African Republic, 2014 onwards, in the data from January 2015 (the first UN report used)', () => {
    expect(missionFacts(manifest, 'MINUSCA', missionSpan(cells))).toMatchObject({
      hosts: [{ iso3: 'CAF', name: 'Central African Republic' }],
      startYear: 2014,
      endYear: null,
      firstMonth: '2015-01-31',
      lastMonth: '2025-07-31',
    });
  });
});

describe('UNISFA in March 2023', () => {
  test('3,088 personnel, 252 of them women, as the report’s "Total UNISFA" line prints; then the largest three as read from its rows', () => {
    const cells = missionCellsFromCountries(manifest, allCells, 'UNISFA');
    if (!cells) throw new Error('UNISFA is not in the manifest');
    const model = missionContributorsInMonth(manifest, cells, march2023, nameOf);
    expect([model.total, model.female]).toEqual([3088, 252]);
    expect(model.rows.slice(0, 3).map((r) => [r.iso3, r.total])).toEqual([
      ['GHA', 656],
      ['IND', 590],
      ['PAK', 584],
    ]);
  });
});

describe('the per-mission chunks the build writes', () => {
  test('every mission’s cells pass the chunk schema and add up to the personnel in missions', () => {
    let sum = 0;
    for (const mission of manifest.missions) {
      const cells = missionCellsFromCountries(manifest, allCells, mission.acronym);
      const parsed = parseChunk(missionCellsSchema, missionChunkFile(mission.acronym), cells);
      expect(parsed.acronym).toBe(mission.acronym);
      sum += parsed.total.reduce((a, b) => a + b, 0);
    }
    const inMissions = allCells.reduce(
      (a, c) => a + c.total.reduce((s, t, j) => s + ((c.mission[j] ?? -1) >= 0 ? t : 0), 0),
      0,
    );
    expect(sum).toBe(inMissions);
  });

  test('file names keep letters and digits only', () => {
    expect(missionChunkFile('MINUSCA')).toBe('missions/MINUSCA.json');
    expect(missionChunkFile('UNAVEM II')).toBe('missions/UNAVEM_II.json');
    expect(missionChunkFile('../x')).toBe('missions/___x.json');
  });
});

describe('the world in July 2025', () => {
  test('61,127 uniformed personnel, the report’s Grand Total; Nepal, Rwanda and Bangladesh the largest', () => {
    const world = worldTotal(manifest, totals);
    expect(world.latest).toEqual({ month: july2025, value: 61127 });
    const largest = largestContributorsLatest(manifest, totals, 3, nameOf);
    expect(largest.rows.map((r) => [r.name, r.personnel])).toEqual([
      ['Nepal', 6039],
      ['Rwanda', 5905],
      ['Bangladesh', 5685],
    ]);
  });
});

describe('where the missions are', () => {
  const atlas = JSON.parse(
    readFileSync(
      path.resolve(import.meta.dirname, '../../../node_modules/world-atlas/countries-110m.json'),
      'utf8',
    ),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const codes: Record<string, string> = isoCodes.codes;
  const shapes = feature(atlas, atlas.objects.countries).features.map((f) => ({
    iso3: codes[String(f.id)] ?? null,
    feature: f,
  }));

  test('missions across two countries name both hosts', () => {
    const hostsOf = (acronym: string) => {
      const mission = manifest.missions.find((m) => m.acronym === acronym);
      return mission ? missionHosts(manifest, mission).iso3 : null;
    };
    expect(hostsOf('UNISFA')).toEqual(['SDN', 'SSD']);
    expect(hostsOf('MINURCAT')).toEqual(['CAF', 'TCD']);
    expect(hostsOf('UNMOGIP')).toEqual(['IND', 'PAK']);
  });

  test('every mission in the dataset has a place on the bundled world map', () => {
    const centroid = hostCentroid(shapes);
    const unplaced = manifest.missions
      .map((m) => ({ acronym: m.acronym, position: missionPosition(manifest, m, centroid) }))
      .filter((p) => p.position.kind === 'unplaced');
    expect(unplaced).toEqual([]);
  });

  test('MINUSCA stands in the Central African Republic (centroid about 20.5° E, 6.5° N)', () => {
    const mission = manifest.missions.find((m) => m.acronym === 'MINUSCA');
    if (!mission) throw new Error('no MINUSCA');
    const position = missionPosition(manifest, mission, hostCentroid(shapes));
    expect(position.kind).toBe('centroid');
    if (position.kind !== 'centroid') return;
    expect(position.position[0]).toBeCloseTo(20.5, 0);
    expect(position.position[1]).toBeCloseTo(6.5, 0);
  });
});
