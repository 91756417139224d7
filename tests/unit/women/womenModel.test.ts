import { describe, expect, test } from 'vitest';
import {
  countryTypeSeries,
  reportedTypeMonths,
  worldTypeSeries,
} from '../../../src/data/selectors/typeSeries.ts';
import {
  categoryShare,
  pressBreakdown,
  rankByShare,
  rankByTarget,
  targetAxis,
  targetPanels,
} from '../../../src/features/women/womenModel.ts';
import { countryWomenSeries, worldWomenSeries } from '../../../src/features/women/womenSeriesModel.ts';
import {
  PARITY_TARGETS,
  TARGET_CATEGORIES,
  TARGET_SOURCES,
  targetIn,
  targetsFor,
  unrecordedYears,
  yearRuns,
  type YearTarget,
} from '../../../src/features/women/genderParityTargets.ts';
import { describePress, describeRanking, targetNote } from '../../../src/features/women/womenText.ts';
import { pressFigureFor } from '../../../src/features/women/pressFigures.ts';
import { makeCells, makeCrossSection, makeManifest, makeTotals } from '../deployments/fixtures.ts';

// Five months from 2023-01: month 2 has no gender split (like September 2023), month 3 has its split
// withheld (like August 2020: every female null).
function fixture() {
  const manifest = makeManifest({ first: '2023-01', count: 5, months: { 2: { hasGender: false } } });
  const aaa = makeCells(manifest, 'AAA', [
    { month: 0, type: 'troops', total: 100, female: 5 },
    { month: 0, type: 'staff_officers', total: 10, female: 2 },
    { month: 0, type: 'experts_on_mission', total: 10, female: 1 },
    { month: 0, type: 'formed_police_units', total: 40, female: 10 },
    { month: 0, type: 'individual_police', total: 10, female: 3 },
    { month: 1, type: 'troops', total: 100, female: 6 },
    { month: 2, type: 'troops', total: 100, female: null },
    { month: 3, type: 'troops', total: 100, female: null },
    { month: 4, type: 'troops', total: 50, female: 10 },
  ]);
  const bbb = makeCells(manifest, 'BBB', [
    { month: 0, type: 'troops', total: 1000, female: 10 },
    { month: 1, type: 'troops', total: 1000, female: 20 },
    { month: 2, type: 'troops', total: 1000, female: null },
    { month: 3, type: 'troops', total: 1000, female: null },
    { month: 4, type: 'troops', total: 1000, female: 200 },
  ]);
  const ccc = makeCells(manifest, 'CCC', [
    { month: 0, type: 'individual_police', total: 5, female: 5 },
    { month: 4, type: 'individual_police', total: 5, female: 5 },
  ]);
  const totals = makeTotals(manifest, [aaa, bbb, ccc]);
  const reported = reportedTypeMonths(manifest, totals);
  return { manifest, totals, aaa, bbb, ccc, reported, byType: countryTypeSeries(manifest, reported, aaa) };
}

describe('women by type', () => {
  test('counts and shares by type, with all types first', () => {
    const { manifest, byType } = fixture();
    const women = countryWomenSeries(manifest, byType);
    expect(women.women).toEqual([21, 6, null, null, 10]);
    expect(women.base).toEqual([170, 100, null, null, 50]);
    expect(women.share[0]?.id).toBe('all');
    expect(women.share[0]?.values[0]).toBeCloseTo(21 / 170);
    expect(women.count.find((s) => s.id === 'formed_police_units')?.values[0]).toBe(10);
  });

  test('a month without a gender split, or with it withheld, is null — not zero women', () => {
    const { manifest, byType } = fixture();
    const women = countryWomenSeries(manifest, byType);
    for (const s of [...women.count, ...women.share]) {
      expect(s.values[2]).toBeNull();
      expect(s.values[3]).toBeNull();
    }
  });

  test('a type with no one deployed has no share (no denominator), but a count of 0', () => {
    const { manifest, byType } = fixture();
    const women = countryWomenSeries(manifest, byType);
    expect(women.share.find((s) => s.id === 'formed_police_units')?.values[1]).toBeNull();
    expect(women.count.find((s) => s.id === 'formed_police_units')?.values[1]).toBe(0);
  });

  test('the world share of women is female over the personnel whose gender is reported', () => {
    const { manifest, totals } = fixture();
    const world = worldWomenSeries(manifest, totals, worldTypeSeries(manifest, totals));
    expect(world.share[0]?.values[0]).toBeCloseTo((21 + 10 + 5) / (170 + 1000 + 5));
    expect(world.share[0]?.values[3]).toBeNull();
  });
});

describe('gender-parity categories and targets', () => {
  test('military observers and staff officers are one category: their women over their personnel', () => {
    const { manifest, byType } = fixture();
    const share = categoryShare(byType.byType, 'observers_staff', manifest.months.length);
    expect(share[0]).toBeCloseTo(3 / 20);
    expect(share[1]).toBeNull();
  });

  test('every recorded target has a source that exists, and values are fractions', () => {
    for (const t of PARITY_TARGETS) {
      expect(TARGET_SOURCES[t.sourceId], `${t.category} ${t.year}`).toBeDefined();
      expect(t.value).toBeGreaterThan(0);
      expect(t.value).toBeLessThan(1);
    }
  });

  test('the 2028 end targets and the 2021 targets are the ones the strategy sets', () => {
    expect(targetIn('troops', 2028)?.value).toBe(0.15);
    expect(targetIn('formed_police', 2028)?.value).toBe(0.2);
    expect(targetIn('observers_staff', 2028)?.value).toBe(0.25);
    expect(targetIn('individual_police', 2028)?.value).toBe(0.3);
    expect(targetIn('troops', 2021)?.value).toBe(0.08);
    expect(targetIn('observers_staff', 2021)?.value).toBe(0.18);
  });

  test('a year without a recorded target stays unknown: nothing is interpolated', () => {
    expect(targetIn('troops', 2024)).toBeNull();
    expect(unrecordedYears('troops')).toEqual([2018, 2019, 2020, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(yearRuns(unrecordedYears('troops'))).toBe('2018–2020, 2022–2027');
    expect(yearRuns([2019])).toBe('2019');
  });

  test('targets by year are drawn as one step per recorded year, January to December', () => {
    const { manifest, totals, byType } = fixture();
    const axis = targetAxis(manifest, 2023);
    const panels = targetPanels({
      axis,
      countryName: 'Aland',
      countryByType: byType.byType,
      worldByType: worldTypeSeries(manifest, totals).byType,
      length: manifest.months.length,
    });
    const troops = panels.find((p) => p.category === 'troops');
    expect(troops?.references.map((r) => r.steps)).toEqual([
      [{ from: '2021-01-31', to: '2021-12-31', value: 0.08 }],
      [{ from: '2028-01-31', to: '2028-12-31', value: 0.15 }],
    ]);
    expect(panels.map((p) => p.category)).toEqual([...TARGET_CATEGORIES]);
  });

  test('with a full set of yearly targets the steps follow each year', () => {
    const yearly: YearTarget[] = [2022, 2023, 2024].map((year, i) => ({
      category: 'troops',
      year,
      value: [0.06, 0.07, 0.08][i] ?? 0,
      sourceId: 'ugps-2028',
    }));
    expect(targetsFor('troops', yearly).map((t) => t.value)).toEqual([0.06, 0.07, 0.08]);
    expect(targetNote([{ category: 'troops', label: 'Troops', targets: yearly } as never])).toContain(
      '2022: 6.0%, 2023: 7.0%, 2024: 8.0% (not recorded: 2018–2021, 2025–2028).',
    );
  });

  test('the target axis runs past the data to December 2028 and knows where the data end', () => {
    const { manifest } = fixture();
    const axis = targetAxis(manifest, 2023);
    expect(axis.offset).toBe(0);
    expect(axis.months[axis.lastDataIndex]).toBe('2023-05-31');
    expect(axis.months[axis.months.length - 1]).toBe('2028-12-31');
    expect(axis.months).toHaveLength(72);
  });
});

describe('rankings', () => {
  test('by share of women, only contributors at or above the minimum size', () => {
    const { totals } = fixture();
    const ranking = rankByShare(totals, 0, 100, (iso) => iso);
    expect(ranking.rows.map((r) => [r.rank, r.iso3])).toEqual([
      [1, 'AAA'],
      [2, 'BBB'],
    ]);
    expect(ranking.belowMinimum).toBe(1);
    expect(rankByShare(totals, 0, 0, (iso) => iso).rows[0]?.iso3).toBe('CCC');
  });

  test('a month with the split withheld leaves everyone unranked rather than at 0%', () => {
    const { totals } = fixture();
    const ranking = rankByShare(totals, 3, 0, (iso) => iso);
    expect(ranking.rows.every((r) => r.rank === null && r.share === null)).toBe(true);
    expect(ranking.unsplit).toBe(2);
  });

  test('distance to target weighs each category by the country’s own personnel', () => {
    const { manifest, aaa, bbb, ccc } = fixture();
    const section = makeCrossSection(manifest, 2023, [aaa, bbb, ccc]);
    const ranking = rankByTarget(manifest, section, 0, 0, (iso) => iso, true);
    const a = ranking.rows.find((r) => r.iso3 === 'AAA');
    // 100 troops × 15% + 20 observers/staff × 25% + 40 FPU × 20% + 10 IPO × 30% = 31 of 170.
    expect(a?.target).toBeCloseTo(31 / 170);
    expect(a?.distance).toBeCloseTo(21 / 170 - 31 / 170);
    // CCC: 5 individual police, all women: 100% against 30%, the only one above target.
    expect(ranking.rows[0]?.iso3).toBe('CCC');
    expect(ranking.rows[0]?.distance).toBeCloseTo(0.7);
    expect(ranking.items.find((i) => i.id === 'BBB')?.value).toBeCloseTo(0.01 - 0.15);
  });

  test('the ranking description names the chosen country and the minimum', () => {
    const { totals } = fixture();
    const ranking = rankByShare(totals, 0, 100, (iso) => `Country ${iso}`);
    const text = describeRanking({
      monthText: 'January 2023',
      ranking,
      by: 'share',
      min: 100,
      highlight: 'BBB',
      highlightName: 'Country BBB',
    });
    expect(text).toContain('2 contributors with at least 100 uniformed personnel in January 2023');
    expect(text).toContain('Country BBB: rank 2 of 2, 1.0%.');
    expect(text).toContain('1 smaller contributors are left out');
  });
});

describe('the press figure', () => {
  test('military women are troops, staff officers and experts on mission; the rest are police', () => {
    const { byType } = fixture();
    const b = pressBreakdown(byType, 0);
    expect(b.women).toBe(21);
    expect(b.militaryWomen).toBe(8);
    expect(b.policeWomen).toBe(13);
    expect(b.personnel).toBe(170);
    expect(b.rows.map((r) => [r.type, r.group])).toEqual([
      ['troops', 'military'],
      ['staff_officers', 'military'],
      ['experts_on_mission', 'military'],
      ['formed_police_units', 'police'],
      ['individual_police', 'police'],
    ]);
  });

  test('a month without a split has no breakdown of women', () => {
    const { byType } = fixture();
    const b = pressBreakdown(byType, 3);
    expect(b.hasSplit).toBe(false);
    expect(b.women).toBeNull();
  });

  test('the sentence explains a press figure that counts military women only', () => {
    const { byType } = fixture();
    const figure = { iso3: 'AAA', month: '2023-01', women: 8, quote: '“8”', source: 'A paper' };
    const text = describePress({
      name: 'Aland',
      monthText: 'January 2023',
      breakdown: pressBreakdown(byType, 0),
      figure,
      isFigureMonth: true,
    });
    expect(text).toContain('Aland had 21 women among its 170 uniformed personnel');
    expect(text).toContain(
      '8 in military categories (troops 5, staff officers 2, experts on mission 1) and 13 in police',
    );
    expect(text).toContain(
      'The press figure of 8 “female members of the Armed Forces” is the military count only; with police, Aland had 21 women deployed.',
    );
  });

  test("Bangladesh's press figure is recorded with its month and source", () => {
    const f = pressFigureFor('BGD');
    expect(f).toMatchObject({ month: '2023-03', women: 415 });
    expect(f?.source).toContain('June 2023');
  });
});
