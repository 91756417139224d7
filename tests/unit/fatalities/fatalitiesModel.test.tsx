import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { seriesColor, TOTAL_COLOR_INDEX } from '../../../src/charts/palette.ts';
import { YearLineChart } from '../../../src/features/fatalities/YearLineChart.tsx';
import { byYearModel } from '../../../src/features/fatalities/fatalitiesModel.ts';
import {
  byMissionModel,
  byTypeModel,
  cumulativeModel,
} from '../../../src/features/fatalities/breakdownModels.ts';
import {
  pooledRows,
  rateModel,
  ratePanels,
  topContributors,
  WORLD_ID,
} from '../../../src/features/fatalities/rateModel.ts';
import { describeByYear } from '../../../src/features/fatalities/fatalitiesText.ts';
import { describeRate } from '../../../src/features/fatalities/fatalitiesText.ts';
import { cellsOf, deaths, fatalitiesOf, manifestOf, mission, totalsOf } from '../claims/fixtures.ts';

function fixture() {
  // 2019-01 … 2021-12; 2020 has only four reports.
  const manifest = manifestOf({
    first: '2019-01',
    count: 36,
    gaps: [16, 17, 18, 19, 20, 21, 22, 23],
    countries: [
      { iso3: 'AAA', name: 'Aland' },
      { iso3: 'BBB', name: 'Bothnia' },
      { iso3: 'CCC', name: 'Carpathia' },
    ],
    missions: [mission('MONE', 'Oneland')],
  });
  const all = Array.from({ length: 36 }, (_, i) => i);
  const cells = [
    cellsOf(
      manifest,
      'AAA',
      all.map((month) => ({ month, total: 2000 })),
    ),
    cellsOf(
      manifest,
      'BBB',
      all.map((month) => ({ month, total: 500 })),
    ),
    cellsOf(
      manifest,
      'CCC',
      all.map((month) => ({ month, total: 50 })),
    ),
  ];
  const fatalities = fatalitiesOf([
    ...deaths(2, { date: '2019-05-01', iso3: 'AAA', incident: 'Malicious Act', mission: 'MONE' }),
    { date: '2019-06-01', iso3: 'AAA', incident: 'Illness', mission: 'MOLD' },
    { date: '2021-02-01', iso3: 'AAA', type: 'local_civilian', incident: 'Accident', mission: 'MONE' },
    { date: '2019-02-01', iso3: 'BBB', type: 'police', incident: 'Illness', mission: 'MONE' },
    { date: '2021-03-01', iso3: 'CCC', incident: 'Illness', mission: 'MONE' },
  ]);
  return { manifest, totals: totalsOf(manifest, cells), fatalities };
}

describe('fatalities view models', () => {
  it('stacks deaths per year by incident type and totals each year', () => {
    const { fatalities } = fixture();
    const model = byYearModel(fatalities, 'AAA', 'uniformed');
    // Up to 2021, the year of the latest record in the file: 2020 and 2021 had no uniformed death.
    expect(model.years).toEqual([2019, 2020, 2021]);
    expect(model.series.map((s) => [s.label, s.values])).toEqual([
      ['Malicious Act', [2, 0, 0]],
      ['Illness', [1, 0, 0]],
    ]);
    expect(model.totals).toEqual([3, 0, 0]);
    expect(describeByYear(model, 'Aland’s uniformed personnel')).toContain(
      '3 deaths in all: malicious act 2 and illness 1',
    );
  });

  it('adds civilian staff only when the reader asks for all personnel', () => {
    const { fatalities } = fixture();
    expect(byYearModel(fatalities, 'AAA', 'all').deaths).toBe(4);
    expect(byTypeModel(fatalities, 'AAA', 'uniformed').map((t) => t.id)).toEqual([
      'military',
      'police',
      'military_observer',
    ]);
    expect(byTypeModel(fatalities, 'AAA', 'all')).toContainEqual({
      id: 'local_civilian',
      label: 'Local civilian staff',
      value: 1,
    });
  });

  it('names a mission by its host when the dataset knows it and by its acronym alone otherwise', () => {
    const { manifest, fatalities } = fixture();
    expect(byMissionModel(manifest, fatalities, 'AAA', 'uniformed')).toEqual([
      { id: 'MONE', label: 'MONE (Oneland)', value: 2 },
      { id: 'MOLD', label: 'MOLD', value: 1 },
    ]);
  });

  it('runs the cumulative count from January of the first death to the month of the latest record', () => {
    const { fatalities } = fixture();
    const model = cumulativeModel(fatalities, 'AAA', 'uniformed');
    expect(model.months[0]).toBe('2019-01-31');
    expect(model.months.at(-1)).toBe('2021-03-31');
    expect(model.values.at(-1)).toBe(3);
  });

  it('compares the rate with all UN personnel and the largest other contributors', () => {
    const { manifest, totals, fatalities } = fixture();
    expect(topContributors(totals, 2, ['BBB'])).toEqual(['AAA', 'CCC']);
    const model = rateModel(manifest, totals, fatalities, 'BBB', []);
    expect(model.isPeersAutomatic).toBe(true);
    expect(model.series.map((s) => s.id)).toEqual(['BBB', WORLD_ID, 'AAA', 'CCC']);
    const [bbb, world, aaa, ccc] = model.series;
    // 2019: one police death among 500 → 2 per 1,000; 2020: four reports only; 2021: none.
    expect(bbb?.rates.map((r) => (r.kind === 'rate' ? r.perThousand : r.reason))).toEqual([
      2,
      'too-few-months',
      0,
    ]);
    // Aland: three uniformed deaths among 2,000 in 2019; its civilian death in 2021 is not counted.
    expect(aaa?.rates.map((r) => (r.kind === 'rate' ? r.perThousand : r.reason))).toEqual([
      1.5,
      'too-few-months',
      0,
    ]);
    // Carpathia has 50 personnel: below the threshold, so no rate even with a death.
    expect(ccc?.rates[2]).toMatchObject({ kind: 'no-rate', reason: 'too-few-personnel', deaths: 1 });
    // Everyone: 4 uniformed deaths in 2019 among 2,550; 1 in 2021.
    expect(world?.rates[0]).toMatchObject({ kind: 'rate', deaths: 4, averagePersonnel: 2550 });
    expect(describeRate(model)).toContain('No rate for 2020 (only 4 monthly reports (at least 6 needed))');
  });

  it('pools each series over its own years with a rate, and gives none where no year has one', () => {
    const { manifest, totals, fatalities } = fixture();
    const rows = pooledRows(rateModel(manifest, totals, fatalities, 'BBB', ['AAA', 'CCC']));
    expect(rows.map((r) => [r.id, r.perThousand, r.years, r.firstYear, r.lastYear])).toEqual([
      ['BBB', 1, 2, 2019, 2021],
      [WORLD_ID, (5 / 5100) * 1000, 2, 2019, 2021],
      ['AAA', 0.75, 2, 2019, 2021],
      ['CCC', null, 0, null, null],
    ]);
  });

  it('uses the chosen comparison countries instead of the automatic ones, never the country itself', () => {
    const { manifest, totals, fatalities } = fixture();
    const model = rateModel(manifest, totals, fatalities, 'AAA', ['CCC', 'AAA']);
    expect(model.isPeersAutomatic).toBe(false);
    expect(model.series.map((s) => s.id)).toEqual(['AAA', WORLD_ID, 'CCC']);
  });
});

describe('the rate chart as small multiples (it drew six crossing lines)', () => {
  it('gives each country its own panel, the chosen one first, with all UN personnel as the grey reference in each', () => {
    const { manifest, totals, fatalities } = fixture();
    const model = rateModel(manifest, totals, fatalities, 'BBB', []);
    const { panels } = ratePanels(model);
    expect(panels.map((p) => p.id)).toEqual(['BBB', 'AAA', 'CCC']);
    for (const p of panels) {
      expect(p.world.id).toBe(WORLD_ID);
      expect(p.world.color).toBe(seriesColor(TOTAL_COLOR_INDEX));
      expect(p.country.color).toBe(p.color);
      expect(p.color).not.toBe(seriesColor(TOTAL_COLOR_INDEX));
    }
    expect(panels[0]?.country.values).toEqual([2, null, 0]);
  });

  it('puts every panel on one scale: the highest yearly rate of any line', () => {
    const { manifest, totals, fatalities } = fixture();
    const { panels, yMax } = ratePanels(rateModel(manifest, totals, fatalities, 'BBB', []));
    expect(yMax).toBe(2);
    const topTick = (p: (typeof panels)[number]) => {
      const markup = renderToStaticMarkup(
        <YearLineChart
          title={p.label}
          description="d"
          years={[2019, 2020, 2021]}
          series={[p.country, p.world]}
          highlightedIds={[p.id]}
          yMax={yMax}
          endLabels="none"
          width={180}
          height={150}
        />,
      );
      expect(markup.match(/class="bh-line( |")/g)).toHaveLength(2);
      expect(markup).not.toContain('bh-end-labels');
      const left = markup.slice(markup.indexOf('bh-axis--left'), markup.indexOf('bh-axis--bottom'));
      const ticks = [...left.matchAll(/<text[^>]*>([0-9.,]+)<\/text>/g)].map((m) => Number(m[1]));
      return Math.max(...ticks);
    };
    const tops = panels.map(topTick);
    expect(tops[0]).toBeDefined();
    expect(new Set(tops).size).toBe(1);
  });
});
