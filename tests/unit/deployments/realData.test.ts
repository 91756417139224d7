// The deployments models on the committed dataset (data/), pinned to figures the UN report of
// 31 March 2023 prints for Bangladesh. Nothing here is computed twice by hand: the models answer.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CountryCells, Manifest, Totals } from '../../../src/data/schema.ts';
import { countryTypeSeries, reportedTypeMonths } from '../../../src/data/selectors/typeSeries.ts';
import { countryMissionSeries } from '../../../src/data/selectors/missionSeries.ts';
import { rankSeries } from '../../../src/data/selectors/rankSeries.ts';
import { byTypeModel } from '../../../src/features/deployments/byTypeModel.ts';
import { rankSpells, topContributors } from '../../../src/features/deployments/deploymentsModel.ts';
import { deploymentMilestones } from '../../../src/features/deployments/milestonesModel.ts';
import { claimsFor } from '../../../src/features/deployments/nationalClaims.ts';

const dataDir = path.resolve(import.meta.dirname, '../../../data');
// Read as the pipeline wrote it (the schema's own tests validate the chunks).
const read = <T>(rel: string): T => JSON.parse(readFileSync(path.join(dataDir, rel), 'utf8')) as T;
const manifest = read<Manifest>('manifest.json');
const totals = read<Totals>('totals.json');
const bgd = read<CountryCells>('countries/BGD.json');
const march2023 = manifest.months.indexOf('2023-03-31');

describe('Bangladesh in the committed dataset', () => {
  test('March 2023: 7,237 personnel by type, as the UN report prints them', () => {
    const reported = reportedTypeMonths(manifest, totals);
    const model = byTypeModel(manifest, reported, countryTypeSeries(manifest, reported, bgd));
    expect(model.total[march2023]).toBe(7237);
    const byType = Object.fromEntries(model.tableSeries.map((s) => [s.id, s.values[march2023]]));
    expect(byType).toMatchObject({
      troops: 6515,
      formed_police_units: 460,
      staff_officers: 166,
      experts_on_mission: 55,
      individual_police: 41,
    });
    expect(model.female[march2023]).toBe(570);
  });

  test('March 2023: rank 1 of all contributors, ahead of Nepal, India and Rwanda', () => {
    expect(rankSeries(totals, 'BGD')[march2023]?.rank).toBe(1);
    const top = topContributors(totals, march2023, (iso) => iso);
    expect(top.rows.slice(0, 4).map((r) => [r.iso3, r.personnel])).toEqual([
      ['BGD', 7237],
      ['NPL', 6264],
      ['IND', 6097],
      ['RWA', 5935],
    ]);
  });

  test('staff officers are never reported before May 2017, and police units never before November 2009', () => {
    const reported = reportedTypeMonths(manifest, totals);
    expect(manifest.months[reported.staff_officers?.indexOf(true) ?? -1]).toBe('2017-05-31');
    expect(manifest.months[reported.formed_police_units?.indexOf(true) ?? -1]).toBe('2009-11-30');
  });

  test('months without mission detail are the IPI country files, 2018-03 … 2019-08 and 2023-09', () => {
    const series = countryMissionSeries(manifest, bgd);
    const noDetail = manifest.months.filter((_, i) => series.status[i] === 'noDetail');
    expect(noDetail[0]).toBe('1990-11-30');
    expect(noDetail).toContain('2009-10-31');
    expect(noDetail).not.toContain('2009-11-30');
    expect(noDetail).toContain('2018-03-31');
    expect(noDetail).toContain('2019-08-31');
    expect(noDetail).toContain('2023-09-30');
    expect(noDetail).not.toContain('2023-10-31');
  });

  test('the first month at rank 1 comes from the data with its report, and March 2023 is inside a spell at rank 1', () => {
    const ranks = rankSeries(totals, 'BGD');
    const spells = rankSpells(
      ranks,
      manifest.monthInfo.map((m) => m.status === 'ok'),
      1,
    );
    const milestones = deploymentMilestones({
      manifest,
      iso3: 'BGD',
      name: 'Bangladesh',
      ranks,
      spells,
      totals: totals.countries.BGD?.total ?? [],
      missions: countryMissionSeries(manifest, bgd).missions,
      claims: claimsFor('BGD'),
    });
    const first = milestones.find((m) => m.id === 'first-rank-1');
    const firstIndex = ranks.findIndex((r) => r?.rank === 1);
    expect(first?.month).toBe(manifest.months[firstIndex]);
    expect(spells.some((s) => s.from <= march2023 && s.to >= march2023)).toBe(true);
    expect(milestones.find((m) => m.id === 'bgd-2023-03')?.text).toContain(
      'The UN report gives the same figure, 7,237, rank 1 of',
    );
  });
});
