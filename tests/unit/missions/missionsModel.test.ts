import { describe, expect, test } from 'vitest';
import { stackModel } from '../../../src/charts/stackModel.ts';
import { countryMissionsInMonth } from '../../../src/data/selectors/countryMissionMonth.ts';
import {
  missionCellsFromCountries,
  missionContributorsInMonth,
  missionContributorsOverTime,
  missionSpan,
  missionStrengthByType,
  missionWomenShare,
  OTHERS_ID,
} from '../../../src/data/selectors/missionContributors.ts';
import { missionFacts } from '../../../src/data/selectors/missionFacts.ts';
import { missionFatalities, selectMissionFatalities } from '../../../src/data/selectors/missionFatalities.ts';
import { missionHosts, missionPosition } from '../../../src/data/selectors/missionHosts.ts';
import { largestContributorsLatest, worldTotal } from '../../../src/data/selectors/worldOverview.ts';
import { fatalitiesOf } from '../claims/fixtures.ts';
import { makeTotals } from '../deployments/fixtures.ts';
import { cellsOf, makeMission, missionCellsOf, missionManifest, nameOf } from './fixtures.ts';

const MONE = 0;
const MTWO = 1;
const MBOTH = 2;

describe('a mission’s contributors in one month', () => {
  test('are ranked largest first, with each type and the women they sent', () => {
    const manifest = missionManifest();
    const cells = missionCellsOf(manifest, 'MONE', {
      AAA: [
        { month: 0, type: 'troops', total: 300, female: 20, mission: MONE },
        { month: 0, type: 'staff_officers', total: 10, female: 2, mission: MONE },
      ],
      BBB: [{ month: 0, type: 'individual_police', total: 500, female: 100, mission: MONE }],
      CCC: [{ month: 0, type: 'troops', total: 40, female: 4, mission: MTWO }],
    });
    const model = missionContributorsInMonth(manifest, cells, 0, nameOf);
    expect(model.status).toBe('detail');
    expect(model.rows.map((r) => [r.iso3, r.rank, r.total, r.female])).toEqual([
      ['BBB', 1, 500, 100],
      ['AAA', 2, 310, 22],
    ]);
    expect(model.rows[1]?.byType).toEqual({
      troops: { total: 300, female: 20 },
      staff_officers: { total: 10, female: 2 },
    });
    expect(model.total).toBe(810);
    expect(model.female).toBe(122);
    expect(model.types).toEqual(['troops', 'staff_officers', 'individual_police']);
  });

  test('equal totals share a rank and are ordered by name', () => {
    const manifest = missionManifest();
    const cells = missionCellsOf(manifest, 'MONE', {
      DDD: [{ month: 0, type: 'troops', total: 50, mission: MONE }],
      CCC: [{ month: 0, type: 'troops', total: 50, mission: MONE }],
      AAA: [{ month: 0, type: 'troops', total: 70, mission: MONE }],
    });
    const rows = missionContributorsInMonth(manifest, cells, 0, nameOf).rows;
    expect(rows.map((r) => [r.iso3, r.rank])).toEqual([
      ['AAA', 1],
      ['CCC', 2],
      ['DDD', 2],
    ]);
  });

  test('women stay unknown when a contributor’s cells lack the split, and are never counted as 0', () => {
    const manifest = missionManifest();
    const cells = missionCellsOf(manifest, 'MONE', {
      AAA: [
        { month: 0, type: 'troops', total: 300, female: 20, mission: MONE },
        { month: 0, type: 'experts_on_mission', total: 5, female: null, mission: MONE },
      ],
      BBB: [{ month: 0, type: 'troops', total: 100, female: 10, mission: MONE }],
    });
    const model = missionContributorsInMonth(manifest, cells, 0, nameOf);
    expect(model.rows.find((r) => r.iso3 === 'AAA')?.female).toBeNull();
    expect(model.rows.find((r) => r.iso3 === 'AAA')?.byType.troops?.female).toBe(20);
    expect(model.rows.find((r) => r.iso3 === 'BBB')?.female).toBe(10);
    expect(model.female).toBeNull();
  });

  test('a month whose report has no gender split gives no women at all', () => {
    const manifest = missionManifest({ 0: { hasGender: false } });
    const cells = missionCellsOf(manifest, 'MONE', {
      AAA: [{ month: 0, type: 'troops', total: 300, female: 0, mission: MONE }],
    });
    const model = missionContributorsInMonth(manifest, cells, 0, nameOf);
    expect(model.rows[0]?.female).toBeNull();
    expect(model.female).toBeNull();
  });

  test('a month without a report, or without mission detail, has no rows and no total (not 0)', () => {
    const manifest = missionManifest();
    const cells = missionCellsOf(manifest, 'MONE', {
      AAA: [
        { month: 1, type: 'troops', total: 300, mission: MONE },
        { month: 3, type: 'troops', total: 300, mission: -1 },
      ],
    });
    expect(missionContributorsInMonth(manifest, cells, 2, nameOf)).toMatchObject({
      status: 'gap',
      rows: [],
      total: null,
    });
    expect(missionContributorsInMonth(manifest, cells, 3, nameOf)).toMatchObject({
      status: 'noDetail',
      rows: [],
      total: null,
    });
    // A reported month with mission detail in which nobody served is 0.
    expect(missionContributorsInMonth(manifest, cells, 4, nameOf)).toMatchObject({
      status: 'detail',
      total: 0,
    });
  });

  test('a mission with a single contributor ranks it first with the whole mission’s total', () => {
    const manifest = missionManifest();
    const cells = missionCellsOf(manifest, 'MTWO', {
      CCC: [{ month: 4, type: 'experts_on_mission', total: 7, female: 3, mission: MTWO }],
    });
    const model = missionContributorsInMonth(manifest, cells, 4, nameOf);
    expect(model.rows).toHaveLength(1);
    expect(model.rows[0]).toMatchObject({ iso3: 'CCC', rank: 1, total: 7, female: 3 });
    expect(model.total).toBe(7);
    const overTime = missionContributorsOverTime(manifest, cells, { top: 10, from: 0, to: 4, nameOf });
    expect(overTime.series.map((s) => s.id)).toEqual(['CCC']);
    expect(overTime.othersCount).toBe(0);
  });
});

describe('a mission over time', () => {
  test('its strength by type is null in months without a report or without mission detail', () => {
    const manifest = missionManifest();
    const cells = missionCellsOf(manifest, 'MONE', {
      AAA: [
        { month: 0, type: 'troops', total: 300, mission: MONE },
        { month: 1, type: 'troops', total: 320, mission: MONE },
        { month: 1, type: 'individual_police', total: 30, mission: MONE },
        { month: 4, type: 'troops', total: 200, mission: MONE },
      ],
    });
    const reported = {
      troops: [true, true, true, true, true],
      individual_police: [false, true, true, true, true],
    };
    const model = missionStrengthByType(manifest, reported, cells);
    expect(model.types).toEqual(['troops', 'individual_police']);
    expect(model.byType.troops).toEqual([300, 320, null, null, 200]);
    // Police were not reported as a type in month 0's source: unknown there, 0 where reported.
    expect(model.byType.individual_police).toEqual([null, 30, null, null, 0]);
    expect(model.total).toEqual([300, 350, null, null, 200]);
  });

  test('its first and last months are those with anyone there', () => {
    const manifest = missionManifest();
    const cells = missionCellsOf(manifest, 'MONE', {
      AAA: [
        { month: 1, type: 'troops', total: 3, mission: MONE },
        { month: 4, type: 'troops', total: 2, mission: MONE },
      ],
      BBB: [{ month: 0, type: 'troops', total: 0, mission: MONE }],
    });
    expect(missionSpan(cells)).toEqual({ first: 1, last: 4 });
    expect(missionFacts(manifest, 'MONE', missionSpan(cells))).toMatchObject({
      name: 'United Nations Mission One',
      hosts: [{ iso3: 'AAA', name: 'Country AAA' }],
      firstMonth: '2020-02-29',
      lastMonth: '2020-05-31',
    });
    expect(missionFacts(manifest, 'NOPE', null)).toBeNull();
  });

  test('the largest contributors stack with "others" to the mission’s total in every month', () => {
    const manifest = missionManifest();
    const spec = Object.fromEntries(
      ['AAA', 'BBB', 'CCC', 'DDD'].map((iso3, k) => [
        iso3,
        [0, 1, 4].map((month) => ({
          month,
          type: 'troops' as const,
          total: (k + 1) * 10 + month,
          mission: MONE,
        })),
      ]),
    );
    const cells = missionCellsOf(manifest, 'MONE', spec);
    const model = missionContributorsOverTime(manifest, cells, { top: 2, from: 0, to: 4, nameOf });
    expect(model.series.map((s) => s.id)).toEqual(['DDD', 'CCC', OTHERS_ID]);
    expect(model.series[2]?.label).toBe('2 other countries');
    expect(model.othersCount).toBe(2);
    expect(model.series[2]?.values).toEqual([30, 32, null, null, 38]);
    const total = missionStrengthByType(manifest, { troops: [true, true, true, true, true] }, cells).total;
    const stack = stackModel(model.series, { from: 0, to: 1 });
    const top = stack.layers[stack.layers.length - 1]?.segments[0]?.map((p) => p.y1);
    expect(top).toEqual([total[0], total[1]]);
    // The chart kit stacks the largest layer on the baseline: DDD (125 personnel-months) over others (100).
    expect(stack.layers.map((l) => l.id)).toEqual(['DDD', OTHERS_ID, 'CCC']);
  });

  test('the top ten are chosen over the months asked for; contributors outside them are in "others"', () => {
    const manifest = missionManifest();
    const cells = missionCellsOf(manifest, 'MONE', {
      AAA: [{ month: 0, type: 'troops', total: 900, mission: MONE }],
      BBB: [{ month: 4, type: 'troops', total: 50, mission: MONE }],
    });
    const model = missionContributorsOverTime(manifest, cells, { top: 1, from: 4, to: 4, nameOf });
    expect(model.series.map((s) => s.id)).toEqual(['BBB', OTHERS_ID]);
    expect(model.series[1]?.values[0]).toBe(900);
    expect(model.othersCount).toBe(0);
  });

  test('women’s share in the mission is set against all UN personnel whose gender is reported', () => {
    const manifest = missionManifest();
    const countries = cellsOf(manifest, {
      AAA: [
        { month: 0, type: 'troops', total: 80, female: 8, mission: MONE },
        { month: 0, type: 'experts_on_mission', total: 20, female: null, mission: MONE },
      ],
      BBB: [{ month: 0, type: 'troops', total: 100, female: 30, mission: MTWO }],
    });
    const cells = missionCellsFromCountries(manifest, countries, 'MONE');
    if (!cells) throw new Error('no mission');
    const totals = makeTotals(manifest, countries);
    const share = missionWomenShare(manifest, cells, totals.world);
    expect(share.mission[0]).toBeCloseTo(8 / 80);
    expect(share.world[0]).toBeCloseTo(38 / 180);
    expect(share.mission[2]).toBeNull();
    expect(share.mission[3]).toBeNull();
  });
});

describe('where a mission is', () => {
  test('a mission with one host country is placed at that country', () => {
    const manifest = missionManifest();
    const mission = manifest.missions[MONE] ?? makeMission('X');
    expect(missionHosts(manifest, mission).iso3).toEqual(['AAA']);
    const position = missionPosition(manifest, mission, (hosts) => (hosts[0] === 'AAA' ? [10, 20] : null));
    expect(position).toEqual({ kind: 'centroid', position: [10, 20], hosts: ['AAA'] });
  });

  test('a mission that spans two hosts names both and is placed at their joint centroid', () => {
    const manifest = missionManifest();
    const mission = manifest.missions[MBOTH] ?? makeMission('X');
    expect(missionHosts(manifest, mission)).toEqual({
      iso3: ['AAA', 'BBB'],
      label: 'Country AAA and Country BBB',
    });
    const asked: string[][] = [];
    const position = missionPosition(manifest, mission, (hosts) => {
      asked.push([...hosts]);
      return [5, 5];
    });
    expect(asked).toEqual([['AAA', 'BBB']]);
    expect(position).toMatchObject({ kind: 'centroid', hosts: ['AAA', 'BBB'] });
    expect(missionFacts(manifest, 'MBOTH', null)?.hosts.map((h) => h.iso3)).toEqual(['AAA', 'BBB']);
  });

  test('hosts written in brackets or with slashes are read, and a country name holding "and" stays whole', () => {
    const manifest = missionManifest();
    manifest.otherCountries.push({ iso3: 'TTO', name: 'Trinidad and Tobago' });
    const abyei = makeMission('MAB', { host: 'Abyei (Country AAA / Country CCC)', hostIso3: null });
    expect(missionHosts(manifest, abyei).iso3).toEqual(['AAA', 'CCC']);
    const whole = makeMission('MTT', { host: 'Trinidad and Tobago', hostIso3: null });
    expect(missionHosts(manifest, whole).iso3).toEqual(['TTO']);
  });

  test('a regional mission without a recorded position is left unplaced with the reason', () => {
    const manifest = missionManifest();
    const region = makeMission('MREG', { host: 'Somewhere Else', hostIso3: null });
    const position = missionPosition(manifest, region, () => [0, 0]);
    expect(position.kind).toBe('unplaced');
    expect(position.kind === 'unplaced' && position.reason).toContain('Somewhere Else');
  });

  test('a recorded reference position wins over the host centroid, with its source', () => {
    const manifest = missionManifest();
    const unisfa = makeMission('UNISFA', { host: 'Abyei (Country AAA / Country BBB)', hostIso3: null });
    const position = missionPosition(manifest, unisfa, () => [0, 0]);
    expect(position.kind).toBe('reference');
    expect(position.kind === 'reference' && position.reference.source).toMatch(/resolution 1990/);
  });
});

describe('where a country serves in one month', () => {
  test('lists every mission with personnel, largest first, with types and women', () => {
    const manifest = missionManifest();
    const [aaa] = cellsOf(manifest, {
      AAA: [
        { month: 0, type: 'troops', total: 100, female: 5, mission: MTWO },
        { month: 0, type: 'staff_officers', total: 4, female: 1, mission: MTWO },
        { month: 0, type: 'experts_on_mission', total: 3, female: null, mission: MONE },
        { month: 0, type: 'troops', total: 300, female: 20, mission: MBOTH },
        { month: 0, type: 'troops', total: 0, female: 0, mission: MONE },
      ],
    });
    if (!aaa) throw new Error('no cells');
    const model = countryMissionsInMonth(manifest, aaa, 0);
    expect(model.rows.map((r) => [r.acronym, r.total, r.female])).toEqual([
      ['MBOTH', 300, 20],
      ['MTWO', 104, 6],
      ['MONE', 3, null],
    ]);
    expect(model.rows[1]?.byType.staff_officers).toEqual({ total: 4, female: 1 });
    expect(model.total).toBe(407);
  });

  test('a month without mission detail keeps the total but lists no mission; a gap has neither', () => {
    const manifest = missionManifest();
    const [aaa] = cellsOf(manifest, { AAA: [{ month: 3, type: 'troops', total: 250 }] });
    if (!aaa) throw new Error('no cells');
    expect(countryMissionsInMonth(manifest, aaa, 3)).toEqual({
      status: 'noDetail',
      rows: [],
      unassigned: 0,
      total: 250,
    });
    expect(countryMissionsInMonth(manifest, aaa, 2)).toEqual({
      status: 'gap',
      rows: [],
      unassigned: 0,
      total: null,
    });
  });
});

describe('fatalities in a mission', () => {
  test('are counted by year (empty years 0), by incident type and by nationality', () => {
    const fatalities = fatalitiesOf([
      { date: '2001-03-02', iso3: 'AAA', incident: 'Malicious Act', mission: 'MONE' },
      { date: '2003-07-10', iso3: 'BBB', incident: 'Illness', mission: 'MONE' },
      { date: '2003-08-10', iso3: 'BBB', incident: 'Accident', mission: 'MONE' },
      { date: '2003-09-10', iso3: 'BBB', type: 'local_civilian', incident: 'Accident', mission: 'MONE' },
      { date: '2002-01-01', iso3: 'CCC', incident: 'Accident', mission: 'MTWO' },
    ]);
    const rows = selectMissionFatalities(fatalities, 'MONE', 'uniformed');
    const model = missionFatalities(fatalities, rows, nameOf);
    expect(model.total).toBe(3);
    expect(model.byYear).toEqual([
      { year: 2001, count: 1 },
      { year: 2002, count: 0 },
      { year: 2003, count: 2 },
    ]);
    expect(model.byYearAndIncident.categories).toEqual(['Accident', 'Illness', 'Malicious Act']);
    expect(model.byNationality.map((n) => [n.iso3, n.count])).toEqual([
      ['BBB', 2],
      ['AAA', 1],
    ]);
    expect(selectMissionFatalities(fatalities, 'MONE', 'all')).toHaveLength(4);
    expect([model.firstDate, model.lastDate]).toEqual(['2001-03-02', '2003-08-10']);
  });

  test('a mission with no fatalities has none in every breakdown', () => {
    const fatalities = fatalitiesOf([{ date: '2001-03-02', mission: 'MTWO' }]);
    const model = missionFatalities(fatalities, selectMissionFatalities(fatalities, 'MONE', 'all'), nameOf);
    expect(model).toMatchObject({ total: 0, byYear: [], byNationality: [], firstDate: null });
  });
});

describe('the world overview', () => {
  test('the world total is null in months without a report and the latest month is the last reported', () => {
    const manifest = missionManifest({ 4: { status: 'gap' } });
    const totals = makeTotals(
      manifest,
      cellsOf(manifest, {
        AAA: [
          { month: 0, type: 'troops', total: 100 },
          { month: 3, type: 'troops', total: 90 },
        ],
        BBB: [{ month: 3, type: 'troops', total: 300 }],
      }),
    );
    const world = worldTotal(manifest, totals);
    expect(world.values).toEqual([100, 0, null, 390, null]);
    expect(world.latest).toEqual({ month: 3, value: 390 });
    expect(world.peak).toEqual({ month: 3, value: 390 });
    const largest = largestContributorsLatest(manifest, totals, 1, nameOf);
    expect(largest.month).toBe(3);
    expect(largest.rows).toEqual([
      { iso3: 'BBB', name: 'Country BBB', rank: 1, personnel: 300, share: 300 / 390 },
    ]);
  });
});
