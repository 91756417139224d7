import { describe, expect, it } from 'vitest';
import {
  describeNoRate,
  pooledRate,
  rateValue,
  yearlyAverages,
  yearlyRates,
  type YearAverage,
} from '../../../src/data/selectors/fatalityRates.ts';
import { monthEnds } from '../claims/fixtures.ts';

const year = (y: number, reportedMonths: number, average: number | null): YearAverage => ({
  year: y,
  reportedMonths,
  average,
});
const SNAPSHOT = '2025-04-04';

describe('yearly average deployed', () => {
  it('averages over the months with a report and skips gaps instead of counting them as zero', () => {
    const months = monthEnds('2014-01', 12);
    const values = [300, 300, 300, null, null, null, null, null, null, null, null, null];
    expect(yearlyAverages(months, values)).toEqual([{ year: 2014, reportedMonths: 3, average: 300 }]);
  });

  it('counts a reported zero as a month with no one deployed', () => {
    const months = monthEnds('2020-01', 12);
    const values = [0, 0, 0, 0, 0, 0, 1200, 1200, 1200, 1200, 1200, 1200];
    expect(yearlyAverages(months, values)[0]).toEqual({ year: 2020, reportedMonths: 12, average: 600 });
  });

  it('gives no average for a year without any report', () => {
    expect(yearlyAverages(monthEnds('2014-04', 3), [null, null, null])[0]?.average).toBeNull();
  });
});

describe('deaths per 1,000 personnel-years', () => {
  it('divides the year’s deaths by its average deployment, per 1,000', () => {
    const [rate] = yearlyRates([year(2010, 12, 8000)], new Map([[2010, 4]]), SNAPSHOT);
    expect(rate).toMatchObject({ kind: 'rate', perThousand: 0.5, deaths: 4, averagePersonnel: 8000 });
  });

  it('gives a rate of 0 for a year with people deployed and no deaths', () => {
    const [rate] = yearlyRates([year(2011, 12, 500)], new Map(), SNAPSHOT);
    expect(rate).toMatchObject({ kind: 'rate', perThousand: 0 });
  });

  it('gives no value, not Infinity, when no one was deployed (a zero denominator)', () => {
    const [rate] = yearlyRates([year(2012, 12, 0)], new Map([[2012, 2]]), SNAPSHOT);
    expect(rate).toMatchObject({ kind: 'no-rate', reason: 'no-personnel', deaths: 2 });
    expect(rateValue(rate!)).toBeNull();
  });

  it('gives no value when the denominator is missing (no report in the year)', () => {
    const [rate] = yearlyRates([year(2014, 0, null)], new Map([[2014, 1]]), SNAPSHOT);
    expect(rate).toMatchObject({ kind: 'no-rate', reason: 'too-few-months' });
    expect(rateValue(rate!)).toBeNull();
  });

  it('refuses a year with fewer reported months than the rule asks, and says how many it had', () => {
    const [rate] = yearlyRates([year(2014, 3, 9000)], new Map([[2014, 5]]), SNAPSHOT);
    expect(rate).toMatchObject({ kind: 'no-rate', reason: 'too-few-months', reportedMonths: 3 });
    expect(describeNoRate(rate as Extract<typeof rate, { kind: 'no-rate' }>)).toBe(
      'only 3 monthly reports (at least 6 needed)',
    );
  });

  it('refuses a year with fewer than 100 personnel on average, where one death would swing the ratio', () => {
    const [rate] = yearlyRates([year(1995, 12, 40)], new Map([[1995, 1]]), SNAPSHOT);
    expect(rate).toMatchObject({ kind: 'no-rate', reason: 'too-few-personnel', averagePersonnel: 40 });
  });

  it('refuses a year the fatalities snapshot does not cover to its end', () => {
    const [complete, partial] = yearlyRates([year(2024, 12, 5000), year(2025, 7, 5000)], new Map(), SNAPSHOT);
    expect(complete?.kind).toBe('rate');
    expect(partial).toMatchObject({ kind: 'no-rate', reason: 'incomplete-year' });
  });

  it('pools years with a rate into one figure and leaves years without one out of it', () => {
    const rates = yearlyRates(
      [year(2010, 12, 1000), year(2011, 12, 3000), year(2012, 2, 1000)],
      new Map([
        [2010, 1],
        [2011, 3],
        [2012, 9],
      ]),
      SNAPSHOT,
    );
    expect(pooledRate(rates)).toEqual({ perThousand: 1, deaths: 4, personnelYears: 4000, years: 2 });
    expect(pooledRate([])).toBeNull();
  });
});

describe('rate chart colours', () => {
  it('draw all UN in the totals grey and each country in the colour it has on every page', async () => {
    const { rateLineColor, WORLD_ID } = await import('../../../src/features/fatalities/rateModel.ts');
    const { contributorColors, seriesColor, TOTAL_COLOR_INDEX } =
      await import('../../../src/charts/palette.ts');
    const ids = ['FJI', WORLD_ID, 'BGD', 'PAK', 'IND', 'NPL'];
    expect(rateLineColor(WORLD_ID, ids)).toBe(seriesColor(TOTAL_COLOR_INDEX));
    expect(rateLineColor('FJI', ids)).toBe(contributorColors(['FJI']).get('FJI'));
    expect(rateLineColor('IND', ids)).not.toBe(seriesColor(TOTAL_COLOR_INDEX));
  });
});
