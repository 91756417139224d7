// Golden pictures of the deployments view's charts, drawn from the view's own models on a small fixed
// fixture.
import { LineChart } from '../../../src/charts/LineChart.tsx';
import { MarkedLineChart } from '../../../src/charts/MarkedLineChart.tsx';
import { RankingBarChart } from '../../../src/charts/RankingBarChart.tsx';
import { StackedAreaChart } from '../../../src/charts/StackedAreaChart.tsx';
import { countryMissionSeries } from '../../../src/data/selectors/missionSeries.ts';
import { rankSeries } from '../../../src/data/selectors/rankSeries.ts';
import { countryTypeSeries, reportedTypeMonths } from '../../../src/data/selectors/typeSeries.ts';
import { byTypeModel } from '../../../src/features/deployments/byTypeModel.ts';
import { compareSeries, topContributors } from '../../../src/features/deployments/deploymentsModel.ts';
import { missionPanels } from '../../../src/features/deployments/missionModel.ts';
import { MissionSmallMultiples } from '../../../src/features/deployments/MissionSmallMultiples.tsx';
import { makeCells, makeManifest, makeMission, makeTotals, type CellSpec } from '../deployments/fixtures.ts';
import type { Golden } from './golden.ts';

// Three years from 2016-01: staff officers from month 16 (May 2017), no report in months 14–15,
// no mission detail in months 26–30 (like 2018-03 … 2019-08).
function fixture() {
  const noDetail = Object.fromEntries([26, 27, 28, 29, 30].map((i) => [i, { hasMission: false }]));
  const manifest = makeManifest({
    first: '2016-01',
    count: 36,
    months: { ...noDetail, 14: { status: 'gap' }, 15: { status: 'gap' } },
    missions: [
      makeMission('MALPHA', { host: 'Alpha' }),
      makeMission('MBETA', { host: 'Beta', end: 2017 }),
      makeMission('MGAMMA', { host: 'Gamma' }),
    ],
  });
  const own: CellSpec[] = [];
  const other: CellSpec[] = [];
  for (let m = 0; m < 36; m++) {
    if (m === 14 || m === 15) continue;
    const detail = !(m >= 26 && m <= 30);
    own.push({ month: m, type: 'troops', total: 900 + m * 10, female: 20 + m, mission: detail ? 0 : -1 });
    if (m < 20)
      own.push({ month: m, type: 'troops', total: 300 - m * 10, female: 5, mission: detail ? 1 : -1 });
    if (m >= 16)
      own.push({ month: m, type: 'staff_officers', total: 20, female: 4, mission: detail ? 2 : -1 });
    own.push({ month: m, type: 'formed_police_units', total: 140, female: 30, mission: detail ? 2 : -1 });
    other.push({ month: m, type: 'troops', total: 1000 + (m % 12) * 40, female: 30 });
    other.push({ month: m, type: 'staff_officers', total: m >= 16 ? 15 : 0, female: 1 });
  }
  const aaa = makeCells(manifest, 'AAA', own);
  const bbb = makeCells(manifest, 'BBB', other);
  const ccc = makeCells(
    manifest,
    'CCC',
    own.filter((_, i) => i % 2 === 0).map((c) => ({ ...c, total: Math.round(c.total / 2) })),
  );
  return { manifest, aaa, totals: makeTotals(manifest, [aaa, bbb, ccc]) };
}

export const deploymentsGoldens: Golden[] = [
  {
    name: 'by-type',
    about: 'stacked personnel by type with a gap and staff officers from May 2017',
    render: () => {
      const { manifest, aaa, totals } = fixture();
      const reported = reportedTypeMonths(manifest, totals);
      const model = byTypeModel(manifest, reported, countryTypeSeries(manifest, reported, aaa));
      return (
        <StackedAreaChart
          title="Aland: personnel by type"
          description="Test."
          months={manifest.months}
          series={model.chartSeries}
          yAxisTitle="Personnel"
          width={560}
          height={300}
        />
      );
    },
  },
  {
    name: 'by-mission',
    about: 'small multiples with months without mission detail hatched',
    output: 'html',
    render: () => {
      const { manifest, aaa } = fixture();
      const model = missionPanels(
        manifest,
        countryMissionSeries(manifest, aaa),
        { from: 0, to: 35 },
        { set: 'all', topN: 12 },
      );
      return (
        <MissionSmallMultiples
          title="Aland by mission"
          months={manifest.months}
          model={model}
          range={{ from: 0, to: 35 }}
          scale="shared"
          countryName="Aland"
          width={520}
        />
      );
    },
  },
  {
    name: 'rank',
    about: 'rank 1 at the top, with a numbered milestone',
    render: () => {
      const { manifest, totals } = fixture();
      const ranks = rankSeries(totals, 'AAA');
      return (
        <MarkedLineChart
          title="Aland: rank"
          description="Test."
          months={manifest.months}
          series={[{ id: 'AAA', label: 'Aland', values: ranks.map((r) => r?.rank ?? null) }]}
          yAxis={{ kind: 'rank' }}
          yAxisTitle="Rank"
          markers={[
            { id: 'm1', month: '2016-05-31', badge: '1', description: 'May 2016: first month at rank 1' },
          ]}
          width={520}
          height={260}
        />
      );
    },
  },
  {
    name: 'top',
    about: 'the largest contributors in a month, the chosen country highlighted',
    render: () => {
      const { totals } = fixture();
      const model = topContributors(totals, 35, (iso) => `Country ${iso}`);
      return (
        <RankingBarChart
          title="Largest contributors"
          description="Test."
          items={model.items}
          topN={2}
          highlightedIds={['CCC']}
          width={420}
        />
      );
    },
  },
  {
    name: 'compare',
    about: 'shares of all UN personnel on a log scale',
    render: () => {
      const { manifest, totals } = fixture();
      const series = compareSeries(totals, ['AAA', 'BBB', 'CCC'], 'share', (iso) => `Country ${iso}`);
      return (
        <LineChart
          title="Compare"
          description="Test."
          months={manifest.months}
          series={series}
          scaleType="log"
          valueFormat="percent"
          highlightedIds={['AAA']}
          width={520}
          height={280}
        />
      );
    },
  },
];
