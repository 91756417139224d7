// Tiny synthetic missions: a few months, a few contributors, built by factories so each test states
// only what it is about. Reuses the deployments factories for manifests and cells.
import type { CountryCells, Manifest } from '../../../src/data/schema.ts';
import {
  missionCellsFromCountries,
  type MissionCells,
} from '../../../src/data/selectors/missionContributors.ts';
import {
  makeCells,
  makeManifest,
  makeMission,
  type CellSpec,
  type MonthSpec,
} from '../deployments/fixtures.ts';

export { makeCells, makeManifest, makeMission };

/**
 * Five months from 2020-01: month 2 has no report, month 3's source has no mission detail. Missions:
 * 0 MONE, 1 MTWO, 2 MBOTH (hosted by AAA and BBB together, written as a region).
 */
export function missionManifest(months: Record<number, MonthSpec> = {}): Manifest {
  const manifest = makeManifest({
    first: '2020-01',
    count: 5,
    months: { 2: { status: 'gap' }, 3: { hasMission: false }, ...months },
    missions: [
      makeMission('MONE', { name: 'United Nations Mission One', host: 'Country AAA', hostIso3: 'AAA' }),
      makeMission('MTWO', {
        name: 'United Nations Mission Two in Country BBB',
        host: 'Country BBB',
        hostIso3: 'BBB',
      }),
      makeMission('MBOTH', {
        name: 'United Nations Border Force',
        host: 'Country AAA and Country BBB',
        hostIso3: null,
      }),
    ],
    countries: ['AAA', 'BBB', 'CCC', 'DDD'],
  });
  return manifest;
}

/** Cells of several countries at once: iso3 → cell specs. */
export function cellsOf(manifest: Manifest, spec: Record<string, CellSpec[]>): CountryCells[] {
  return Object.entries(spec).map(([iso3, cells]) => makeCells(manifest, iso3, cells));
}

export function missionCellsOf(
  manifest: Manifest,
  acronym: string,
  spec: Record<string, CellSpec[]>,
): MissionCells {
  const cells = missionCellsFromCountries(manifest, cellsOf(manifest, spec), acronym);
  if (!cells) throw new Error(`fixture: no mission ${acronym}`);
  return cells;
}

export const nameOf = (iso3: string): string => `Country ${iso3}`;
