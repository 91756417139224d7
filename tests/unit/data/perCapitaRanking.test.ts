import { describe, expect, it } from 'vitest';
import {
  monthPerCapita,
  perCapitaSeries,
  smallPopulationLeaders,
} from '../../../src/data/selectors/perCapitaRanking.ts';
import { cellsOf, manifestOf, populationOf, sectionOf, totalsOf } from '../claims/fixtures.ts';

// One month (index 1 = Feb 2023) with five contributors; March 2023 is a gap.
function fixture() {
  const manifest = manifestOf({
    first: '2023-01',
    count: 3,
    gaps: [2],
    countries: ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'].map((iso3) => ({ iso3, name: `Country ${iso3}` })),
  });
  const cells = [
    cellsOf(manifest, 'AAA', [{ month: 1, total: 200 }]), // 200 per million (1 M people)
    cellsOf(manifest, 'BBB', [{ month: 1, total: 400 }]), // 200 per million (2 M): tie with AAA
    cellsOf(manifest, 'CCC', [{ month: 1, total: 1000 }]), // 100 per million (10 M)
    cellsOf(manifest, 'DDD', [{ month: 1, total: 30 }]), // below a minimum of 50
    cellsOf(manifest, 'EEE', [{ month: 1, total: 90 }]), // no population figure
  ];
  const population = populationOf(2023, 2023, {
    AAA: [1_000_000],
    BBB: [2_000_000],
    CCC: [10_000_000],
    DDD: [100_000],
  });
  return { manifest, cells, population, section: sectionOf(manifest, 2023, cells) };
}

describe('the per-capita ranking of one month', () => {
  it('ranks with competition ranks: equal ratios share a rank and the next rank skips', () => {
    const { manifest, population, section } = fixture();
    const model = monthPerCapita(manifest, section, population, 1, 50);
    expect(model.ranked.map((r) => [r.iso3, r.rank, Math.round(r.perMillion)])).toEqual([
      ['AAA', 1, 200],
      ['BBB', 1, 200],
      ['CCC', 3, 100],
    ]);
  });

  it('leaves out contributors below the minimum size and lists them apart', () => {
    const { manifest, population, section } = fixture();
    const model = monthPerCapita(manifest, section, population, 1, 50);
    expect(model.belowMinimum).toEqual([
      { iso3: 'DDD', name: 'Country DDD', personnel: 30, perMillion: 300 },
    ]);
    expect(monthPerCapita(manifest, section, population, 1, 0).ranked[0]).toMatchObject({
      iso3: 'DDD',
      rank: 1,
    });
  });

  it('lists contributors without a population figure instead of ranking them', () => {
    const { manifest, population, section } = fixture();
    const model = monthPerCapita(manifest, section, population, 1, 50);
    expect(model.noPopulation).toEqual([{ iso3: 'EEE', name: 'Country EEE', personnel: 90 }]);
    expect(model.ranked.some((r) => r.iso3 === 'EEE')).toBe(false);
  });

  it('ranks nothing in a month without a report and says why', () => {
    const { manifest, population, section } = fixture();
    const model = monthPerCapita(manifest, section, population, 2, 50);
    expect(model.ranked).toEqual([]);
    expect(model.gapReason).toBe('No report in the fixture.');
  });

  it('ranks nothing for a month outside the data and says so', () => {
    const { manifest, population, section } = fixture();
    const model = monthPerCapita(manifest, section, population, null, 50);
    expect(model.ranked).toEqual([]);
    expect(model.gapReason).toBe('The month is outside the data.');
  });

  it('flags leaders with fewer than a million people for the small-population caveat', () => {
    const { manifest, population, section } = fixture();
    const model = monthPerCapita(manifest, section, population, 1, 0);
    expect(smallPopulationLeaders(model).map((r) => r.iso3)).toEqual(['DDD']);
  });

  it('follows chosen countries over time, with gaps where a month has no report or no population', () => {
    const { manifest, cells, population } = fixture();
    const series = perCapitaSeries(manifest, totalsOf(manifest, cells), population, ['AAA', 'EEE']);
    expect(series[0]?.values).toEqual([0, 200, null]);
    expect(series[1]?.values).toEqual([null, null, null]);
  });
});
