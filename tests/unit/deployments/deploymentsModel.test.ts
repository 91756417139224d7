import { describe, expect, test } from 'vitest';
import { countryTypeSeries, reportedTypeMonths } from '../../../src/data/selectors/typeSeries.ts';
import { rankSeries, contributorCounts } from '../../../src/data/selectors/rankSeries.ts';
import { sourceLine, sourceSpans } from '../../../src/data/selectors/sourceLine.ts';
import {
  byTypeModel,
  describeByType,
  latestIndex,
  peakIndex,
  typeLabel,
} from '../../../src/features/deployments/byTypeModel.ts';
import {
  compareSeries,
  describeRank,
  describeTop,
  rankSpells,
  topContributors,
} from '../../../src/features/deployments/deploymentsModel.ts';
import { makeCells, makeManifest, makeTotals } from './fixtures.ts';

// Six months: month 2 has no report; staff officers are reported only from month 3 on (like May 2017).
function sixMonths() {
  const manifest = makeManifest({ first: '2017-02', count: 6, months: { 2: { status: 'gap' } } });
  const aaa = makeCells(manifest, 'AAA', [
    { month: 0, type: 'troops', total: 100, female: 5 },
    { month: 1, type: 'troops', total: 110, female: 6 },
    { month: 3, type: 'troops', total: 90, female: 4 },
    { month: 3, type: 'staff_officers', total: 10, female: 2 },
    { month: 4, type: 'troops', total: 95, female: 5 },
    { month: 5, type: 'troops', total: 80, female: 4 },
    { month: 5, type: 'staff_officers', total: 12, female: 3 },
  ]);
  const bbb = makeCells(manifest, 'BBB', [
    { month: 0, type: 'troops', total: 300, female: 9 },
    { month: 1, type: 'troops', total: 50, female: 1 },
    { month: 3, type: 'troops', total: 100, female: 2 },
    { month: 4, type: 'staff_officers', total: 5, female: 0 },
    { month: 4, type: 'troops', total: 95, female: 1 },
    { month: 5, type: 'troops', total: 40, female: 1 },
  ]);
  const ccc = makeCells(manifest, 'CCC', [
    { month: 0, type: 'troops', total: 100, female: 1 },
    { month: 4, type: 'troops', total: 100, female: 1 },
  ]);
  const totals = makeTotals(manifest, [aaa, bbb, ccc]);
  return { manifest, aaa, bbb, ccc, totals };
}

describe('personnel by type', () => {
  test('a month without a report is null for every type, never 0', () => {
    const { manifest, aaa, totals } = sixMonths();
    const series = countryTypeSeries(manifest, reportedTypeMonths(manifest, totals), aaa);
    expect(series.byType.troops?.total[2]).toBeNull();
    expect(series.byType.staff_officers?.total[2]).toBeNull();
  });

  test('a type the source does not report yet is null, and a reported type with no one is 0', () => {
    const { manifest, aaa, totals } = sixMonths();
    const series = countryTypeSeries(manifest, reportedTypeMonths(manifest, totals), aaa);
    expect(series.byType.staff_officers?.total.slice(0, 2)).toEqual([null, null]);
    // BBB reports staff officers in month 4, so AAA's none there is a real 0.
    expect(series.byType.staff_officers?.total[4]).toBe(0);
    expect(series.byType.staff_officers?.total[5]).toBe(12);
  });

  test('the stack fills unreported types with 0 in reported months but the table keeps them blank', () => {
    const { manifest, aaa, totals } = sixMonths();
    const reported = reportedTypeMonths(manifest, totals);
    const model = byTypeModel(manifest, reported, countryTypeSeries(manifest, reported, aaa));
    const chartStaff = model.chartSeries.find((s) => s.id === 'staff_officers');
    const tableStaff = model.tableSeries.find((s) => s.id === 'staff_officers');
    expect(chartStaff?.values).toEqual([0, 0, null, 10, 0, 12]);
    expect(tableStaff?.values).toEqual([null, null, null, 10, 0, 12]);
    expect(model.total).toEqual([100, 110, null, 100, 95, 92]);
    expect(model.female).toEqual([5, 6, null, 6, 5, 7]);
  });

  test('the description names no type the table leaves blank, as the tooltip says "no data", never 0', () => {
    const { manifest, aaa, totals } = sixMonths();
    const reported = reportedTypeMonths(manifest, totals);
    const model = byTypeModel(manifest, reported, countryTypeSeries(manifest, reported, aaa));
    const describe = (to: number) =>
      describeByType({ name: 'Aland', manifest, model, range: { from: 0, to }, rank: null });
    // Month 1: staff officers not reported (blank in the table, 0 only in the stack's drawing).
    expect(model.tableSeries.find((s) => s.id === 'staff_officers')?.values[1]).toBeNull();
    expect(describe(1)).not.toMatch(/staff officers/i);
    // Month 5: reported, so named with its figure.
    expect(describe(5)).toContain('12 staff officers');
  });

  test('series come in the fixed type order, troops first', () => {
    const { manifest, aaa, totals } = sixMonths();
    const reported = reportedTypeMonths(manifest, totals);
    const model = byTypeModel(manifest, reported, countryTypeSeries(manifest, reported, aaa));
    expect(model.chartSeries.map((s) => s.id)).toEqual(['troops', 'staff_officers']);
  });

  test('a type reported only years into the data is labelled with the year it starts', () => {
    const months = Array.from({ length: 100 }, (_, i) => `${2000 + Math.floor(i / 12)}-01-31`);
    const late = months.map((_, i) => i >= 80);
    expect(typeLabel('staff_officers', late, months)).toBe('Staff officers (from 2006)');
    expect(
      typeLabel(
        'troops',
        months.map(() => true),
        months,
      ),
    ).toBe('Troops');
  });

  test('the latest and the peak month skip gaps', () => {
    expect(latestIndex([1, 5, null], { from: 0, to: 2 })).toBe(1);
    expect(peakIndex([3, null, 9, 9, 2], { from: 0, to: 4 })).toBe(2);
    expect(peakIndex([null, null], { from: 0, to: 1 })).toBeNull();
  });

  test('the description gives the latest total, rank, women and the months without a report', () => {
    const { manifest, aaa, totals } = sixMonths();
    const reported = reportedTypeMonths(manifest, totals);
    const model = byTypeModel(manifest, reported, countryTypeSeries(manifest, reported, aaa));
    const text = describeByType({
      name: 'Aland',
      manifest,
      model,
      range: { from: 0, to: 5 },
      rank: { rank: 1, of: 3 },
    });
    expect(text).toContain(
      'Aland: 92 uniformed personnel in July 2017, rank 1 of 3 contributors; 7.6% women.',
    );
    expect(text).toContain('By type: 80 troops, 12 staff officers');
    expect(text).toContain('Highest between February 2017 and July 2017: 110 in March 2017.');
    expect(text).toContain('1 month has no report');
  });
});

describe('ranks', () => {
  test('rank is 1 plus the number of contributors with more personnel; ties share a rank', () => {
    const { totals } = sixMonths();
    const a = rankSeries(totals, 'AAA');
    const c = rankSeries(totals, 'CCC');
    // Month 0: BBB 300, AAA 100, CCC 100 → AAA and CCC share rank 2 of 3.
    expect(a[0]).toEqual({ rank: 2, of: 3 });
    expect(c[0]).toEqual({ rank: 2, of: 3 });
    // Month 1: AAA 110 > BBB 50; CCC had no one deployed and is not counted.
    expect(a[1]).toEqual({ rank: 1, of: 2 });
    expect(c[1]).toBeNull();
  });

  test('a month without a report has no rank and no contributor count', () => {
    const { totals } = sixMonths();
    expect(rankSeries(totals, 'AAA')[2]).toBeNull();
    expect(contributorCounts(totals)[2]).toBeNull();
    expect(contributorCounts(totals)[4]).toBe(3);
  });

  test('spells at rank 1 are computed from the data, and a month without a report does not break a spell', () => {
    const { manifest, totals } = sixMonths();
    const ranks = rankSeries(totals, 'AAA');
    const hasReport = manifest.monthInfo.map((m) => m.status === 'ok');
    // AAA: rank 2, 1, (gap), 2 (90+10 = 100 = BBB's 100 → tie at 1?), …
    const spells = rankSpells(ranks, hasReport, 1);
    expect(spells[0]?.from).toBe(1);
    expect(spells.every((s) => ranks[s.from]?.rank === 1)).toBe(true);
  });

  test('a spell bridges a gap month and lists it', () => {
    const ranks = [{ rank: 1, of: 2 }, null, { rank: 1, of: 2 }, { rank: 2, of: 2 }];
    const spells = rankSpells(ranks, [true, false, true, true], 1);
    expect(spells).toEqual([{ from: 0, to: 2, gapMonths: [1] }]);
  });

  test('the rank description names the latest rank and the best', () => {
    const { manifest, totals } = sixMonths();
    const ranks = rankSeries(totals, 'AAA');
    const spells = rankSpells(
      ranks,
      manifest.monthInfo.map((m) => m.status === 'ok'),
      1,
    );
    const text = describeRank({ name: 'Aland', manifest, ranks, range: { from: 0, to: 5 }, spells });
    expect(text).toContain('In July 2017 it ranked 1 of 2.');
    expect(text).toContain('Best rank 1, first in March 2017');
  });
});

describe('comparison and top contributors', () => {
  test('share of all UN personnel is the country over the world total, null in a gap', () => {
    const { totals } = sixMonths();
    const [aaa] = compareSeries(totals, ['AAA'], 'share', (iso) => iso);
    expect(aaa?.values[0]).toBeCloseTo(100 / 500);
    expect(aaa?.values[2]).toBeNull();
    const [counts] = compareSeries(totals, ['AAA'], 'count', (iso) => iso);
    expect(counts?.values.slice(0, 3)).toEqual([100, 110, null]);
  });

  test('a compared country keeps its own colour whatever its position in the list (Rwanda was black in fifth place)', () => {
    const { totals } = sixMonths();
    const colorOf = (list: string[]) =>
      compareSeries(totals, list, 'count', (iso) => iso).find((s) => s.id === 'RWA')?.color;
    const fifth = colorOf(['BGD', 'IND', 'NPL', 'PAK', 'RWA']);
    expect(fifth).toBe(colorOf(['RWA']));
    expect(fifth).not.toMatch(/#000000|#f0f0f0/i);
    expect(
      new Set(
        compareSeries(totals, ['BGD', 'IND', 'NPL', 'RWA', 'PAK'], 'count', (i) => i).map((s) => s.color),
      ).size,
    ).toBe(5);
  });

  test('top contributors are ranked with shares of the month total, and a gap month has no report', () => {
    const { totals } = sixMonths();
    const top = topContributors(totals, 0, (iso) => `Country ${iso}`);
    expect(top.rows.map((r) => [r.rank, r.iso3, r.personnel])).toEqual([
      [1, 'BBB', 300],
      [2, 'AAA', 100],
      [2, 'CCC', 100],
    ]);
    expect(top.rows[0]?.share).toBeCloseTo(0.6);
    expect(topContributors(totals, 2, (iso) => iso).hasReport).toBe(false);
  });

  test('the top description says where the chosen country ranks', () => {
    const { totals } = sixMonths();
    const model = topContributors(totals, 0, (iso) => `Country ${iso}`);
    const text = describeTop({
      monthText: 'February 2017',
      model,
      highlight: 'CCC',
      highlightName: 'Country CCC',
      shown: 2,
    });
    expect(text).toContain('The 2 largest of 3 contributors');
    expect(text).toContain('Country CCC ranks 2 with 100 (20.0% of all).');
  });
});

describe('source line', () => {
  test('names the report files and months of the range, and counts months without a report', () => {
    const { manifest } = sixMonths();
    expect(sourceSpans(manifest, 0, 5)).toHaveLength(1);
    const line = sourceLine(manifest, 0, 5);
    expect(line).toContain(
      'UN_country_contributions_2017_02.pdf … UN_country_contributions_2017_07.pdf (5 reports, February 2017 – July 2017)',
    );
    expect(line).toContain('1 month has no report');
  });
});
