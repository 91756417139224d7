import { describe, expect, test } from 'vitest';
import { countryMissionSeries, missionMonthStatus } from '../../../src/data/selectors/missionSeries.ts';
import { rankSeries } from '../../../src/data/selectors/rankSeries.ts';
import {
  describeMissions,
  missionDetailText,
  missionPanels,
  statusRuns,
} from '../../../src/features/deployments/missionModel.ts';
import { deploymentMilestones } from '../../../src/features/deployments/milestonesModel.ts';
import { rankSpells } from '../../../src/features/deployments/deploymentsModel.ts';
import { claimsFor, type CountryClaims } from '../../../src/features/deployments/nationalClaims.ts';
import { makeCells, makeManifest, makeMission, makeTotals } from './fixtures.ts';

// Eight months from 2015-01: month 0 has no mission detail (like IPI's country files), month 3 has no
// report, month 5 has no mission detail again (like 2018-03 … 2019-08).
function fixture() {
  const missions = [makeMission('MBIG'), makeMission('MSMALL', { end: 2015 }), makeMission('MMID')];
  const manifest = makeManifest({
    first: '2015-01',
    count: 8,
    missions,
    months: { 0: { hasMission: false }, 3: { status: 'gap' }, 5: { hasMission: false } },
  });
  const aaa = makeCells(manifest, 'AAA', [
    { month: 0, type: 'troops', total: 500 },
    { month: 1, type: 'troops', total: 300, mission: 0 },
    { month: 1, type: 'experts_on_mission', total: 4, mission: 1 },
    { month: 2, type: 'troops', total: 320, mission: 0 },
    { month: 2, type: 'troops', total: 50, mission: 2 },
    { month: 4, type: 'troops', total: 310, mission: 0 },
    { month: 4, type: 'troops', total: 80, mission: 2 },
    { month: 5, type: 'troops', total: 390 },
    { month: 6, type: 'troops', total: 200, mission: 0 },
    { month: 6, type: 'troops', total: 7 },
    { month: 7, type: 'troops', total: 100, mission: 2 },
  ]);
  const bbb = makeCells(manifest, 'BBB', [
    { month: 0, type: 'troops', total: 100 },
    { month: 1, type: 'troops', total: 400, mission: 0 },
    { month: 2, type: 'troops', total: 10, mission: 0 },
    { month: 4, type: 'troops', total: 10, mission: 0 },
    { month: 5, type: 'troops', total: 10 },
    { month: 6, type: 'troops', total: 10, mission: 0 },
    { month: 7, type: 'troops', total: 10, mission: 0 },
  ]);
  return { manifest, aaa, bbb, totals: makeTotals(manifest, [aaa, bbb]) };
}

describe('personnel by mission', () => {
  test('months are a gap, without mission detail, or with it — from the source, not the numbers', () => {
    const { manifest } = fixture();
    expect(missionMonthStatus(manifest)).toEqual([
      'noDetail',
      'detail',
      'detail',
      'gap',
      'detail',
      'noDetail',
      'detail',
      'detail',
    ]);
  });

  test('a month without mission detail is null for every mission, never 0', () => {
    const { manifest, aaa } = fixture();
    const series = countryMissionSeries(manifest, aaa);
    const big = series.missions.find((m) => m.mission === 0);
    expect(big?.values).toEqual([null, 300, 320, null, 310, null, 200, 0]);
    const mid = series.missions.find((m) => m.mission === 2);
    expect(mid?.values).toEqual([null, 0, 50, null, 80, null, 0, 100]);
  });

  test('personnel without a named mission in a month with detail stay visible as unassigned', () => {
    const { manifest, aaa } = fixture();
    expect(countryMissionSeries(manifest, aaa).unassigned).toEqual([null, 0, 0, null, 0, null, 7, 0]);
  });

  test('panels are sorted by peak in the range and cut to the top N', () => {
    const { manifest, aaa } = fixture();
    const model = missionPanels(
      manifest,
      countryMissionSeries(manifest, aaa),
      { from: 0, to: 7 },
      { set: 'top', topN: 2 },
    );
    expect(model.panels.map((p) => [p.mission.acronym, p.peak, p.peakMonth])).toEqual([
      ['MBIG', 320, 2],
      ['MMID', 100, 7],
    ]);
    expect(model.hiddenCount).toBe(1);
    expect(model.all.map((p) => p.mission.acronym)).toEqual(['MBIG', 'MMID', 'MSMALL']);
    expect(model.sharedMax).toBe(320);
  });

  test('the peak order follows the visible range', () => {
    const { manifest, aaa } = fixture();
    const model = missionPanels(
      manifest,
      countryMissionSeries(manifest, aaa),
      { from: 7, to: 7 },
      { set: 'all', topN: 2 },
    );
    expect(model.panels.map((p) => p.mission.acronym)).toEqual(['MMID']);
  });

  test('panels start at the first month with mission detail and mark the other months', () => {
    const { manifest, aaa } = fixture();
    const model = missionPanels(
      manifest,
      countryMissionSeries(manifest, aaa),
      { from: 0, to: 7 },
      { set: 'all', topN: 12 },
    );
    expect(model.drawRange).toEqual({ from: 1, to: 7 });
    expect(model.noDetail).toEqual([{ from: 5, to: 5 }]);
    expect(model.gaps).toEqual([{ from: 3, to: 3 }]);
    expect(statusRuns(model.status, 'noDetail', { from: 0, to: 7 })).toEqual([
      { from: 0, to: 0 },
      { from: 5, to: 5 },
    ]);
    expect(missionDetailText('noDetail')).toBe('no mission detail');
    expect(missionDetailText('gap')).toBe('no report');
  });

  test('the description counts missions and the months without detail', () => {
    const { manifest, aaa } = fixture();
    const model = missionPanels(
      manifest,
      countryMissionSeries(manifest, aaa),
      { from: 0, to: 7 },
      { set: 'top', topN: 12 },
    );
    const text = describeMissions({ name: 'Aland', manifest, model, range: { from: 0, to: 7 } });
    expect(text).toContain('Aland had personnel in 3 missions');
    expect(text).toContain('In August 2015: MMID 100.');
    expect(text).toContain('2 months have no mission detail');
  });
});

describe('milestones', () => {
  const noClaims: CountryClaims = { claims: [], checks: [] };

  test('the first month at rank 1 is found in the data and labelled with its report', () => {
    const { manifest, aaa, totals } = fixture();
    const ranks = rankSeries(totals, 'AAA');
    const spells = rankSpells(
      ranks,
      manifest.monthInfo.map((m) => m.status === 'ok'),
      1,
    );
    const milestones = deploymentMilestones({
      manifest,
      iso3: 'AAA',
      name: 'Aland',
      ranks,
      spells,
      totals: totals.countries.AAA?.total ?? [],
      missions: countryMissionSeries(manifest, aaa).missions,
      claims: noClaims,
    });
    const first = milestones.find((m) => m.id === 'first-rank-1');
    // Month 0: AAA 500 > BBB 100, so the very first month is already rank 1.
    expect(first?.month).toBe('2015-01-31');
    expect(first?.source).toContain('UN_country_contributions_2015_01.pdf');
  });

  test('a press figure is checked against the month it names', () => {
    const { manifest, totals } = fixture();
    const ranks = rankSeries(totals, 'AAA');
    const claims: CountryClaims = {
      claims: [],
      checks: [
        { id: 'ok', month: '2015-02', personnel: 304, quote: '“304”', source: 'A paper' },
        { id: 'off', month: '2015-03', personnel: 999, quote: '“999”', source: 'A paper' },
        { id: 'gap', month: '2015-04', personnel: 1, quote: '“1”', source: 'A paper' },
      ],
    };
    const milestones = deploymentMilestones({
      manifest,
      iso3: 'AAA',
      name: 'Aland',
      ranks,
      spells: [],
      totals: totals.countries.AAA?.total ?? [],
      missions: [],
      claims,
    });
    expect(milestones.find((m) => m.id === 'ok')?.text).toContain(
      'The UN report gives the same figure, 304, rank 2 of 2.',
    );
    expect(milestones.find((m) => m.id === 'off')?.text).toContain(
      'The UN report gives 370 (rank 1 of 2), not 999.',
    );
    expect(milestones.find((m) => m.id === 'gap')?.text).toContain('There is no report for that month');
  });

  test('closed missions the country served in are listed with the last month it was there', () => {
    const { manifest, aaa, totals } = fixture();
    const milestones = deploymentMilestones({
      manifest,
      iso3: 'AAA',
      name: 'Aland',
      ranks: rankSeries(totals, 'AAA'),
      spells: [],
      totals: totals.countries.AAA?.total ?? [],
      missions: countryMissionSeries(manifest, aaa).missions,
      claims: noClaims,
    });
    const closures = milestones.filter((m) => m.kind === 'closure');
    expect(closures.map((m) => m.closure)).toEqual([
      {
        acronym: 'MSMALL',
        name: 'United Nations Mission MSMALL',
        host: 'Host of MSMALL',
        year: 2015,
        lastMonth: '2015-02-28',
      },
    ]);
  });

  test("national claims keep their source and are never placed on the data's months", () => {
    const claims = claimsFor('BGD');
    expect(claims.claims.find((c) => c.id === 'bgd-first-deployment')?.text).toContain('UNIIMOG');
    for (const c of claims.claims) expect(c.source).toMatch(/Armed Forces Division|Kuensel/);
    const { manifest, totals } = fixture();
    const milestones = deploymentMilestones({
      manifest,
      iso3: 'BGD',
      name: 'Bangladesh',
      ranks: [],
      spells: [],
      totals: totals.countries.AAA?.total ?? [],
      missions: [],
      claims,
    });
    const claimed = milestones.filter((m) => m.kind === 'claim');
    expect(claimed.length).toBe(2);
    expect(claimed.every((m) => m.month === null && m.source.startsWith('National claim.'))).toBe(true);
  });
});
