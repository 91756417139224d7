// Golden pictures of the chart kit's composed charts, on small fixed fixtures.
import { LineChart } from '../../../src/charts/LineChart.tsx';
import { LINE_OVERLAYS } from '../../../src/charts/lineOverlays.tsx';
import { RankingBarChart } from '../../../src/charts/RankingBarChart.tsx';
import { yearlySteps } from '../../../src/charts/referenceStepModel.ts';
import { ScatterLogLog } from '../../../src/charts/ScatterLogLog.tsx';
import { StackedAreaChart } from '../../../src/charts/StackedAreaChart.tsx';
import { makeMonths, makeSeries } from '../charts/fixtures.ts';
import type { Golden } from './golden.ts';

// Three years of months with a four-month gap and a single missing month, like the real data.
function makeTimeFixture() {
  const months = makeMonths('2013-11', 36);
  const gap = (i: number) => (i >= 5 && i <= 8) || i === 20;
  const series = [
    makeSeries(
      'BGD',
      months.map((_, i) => (gap(i) ? null : 7000 + i * 20)),
      'Bangladesh',
    ),
    makeSeries(
      'NPL',
      months.map((_, i) => (gap(i) ? null : 5000 + i * 30)),
      'Nepal',
    ),
    makeSeries(
      'IND',
      months.map((_, i) => (gap(i) ? null : 7100 - i * 25)),
      'India',
    ),
  ];
  return { months, series };
}

export const chartsGoldens: Golden[] = [
  {
    name: 'line-chart',
    about: 'a line chart with gaps, end labels and a stepped yearly target',
    render: () => {
      const { months, series } = makeTimeFixture();
      return (
        <LineChart
          title="Uniformed personnel"
          description="Test description."
          months={months}
          series={series}
          highlightedIds={['BGD']}
          references={[
            {
              id: 'target',
              label: 'Target',
              steps: yearlySteps([
                { year: 2015, value: 7500 },
                { year: 2016, value: 7800 },
              ]),
            },
          ]}
          overlays={LINE_OVERLAYS}
          yAxisTitle="Personnel"
          width={480}
          height={300}
        />
      );
    },
  },
  {
    name: 'line-chart-log',
    about: 'a log-scale line chart',
    render: () => {
      const { months, series } = makeTimeFixture();
      return (
        <LineChart
          title="Personnel, log scale"
          description="Test description."
          months={months}
          series={[
            ...series,
            makeSeries(
              'MLT',
              months.map((_, i) => (i % 2 === 0 ? 3 : 0)),
              'Malta',
            ),
          ]}
          scaleType="log"
          width={320}
          height={260}
        />
      );
    },
  },
  {
    name: 'stacked-area-chart',
    about: 'a stacked area chart',
    render: () => {
      const { months } = makeTimeFixture();
      return (
        <StackedAreaChart
          title="Personnel by type"
          description="Test description."
          months={months}
          series={[
            makeSeries(
              'police',
              months.map((_, i) => (i === 10 ? null : 1000 + i * 5)),
              'Police',
            ),
            makeSeries(
              'troops',
              months.map(() => 8000),
              'Troops',
            ),
            makeSeries(
              'experts',
              months.map(() => 300),
              'Experts on mission',
            ),
          ]}
          width={480}
          height={300}
        />
      );
    },
  },
  {
    name: 'ranking-bar-chart',
    about: 'a ranking bar chart with ties and a highlighted bar',
    render: () => (
      <RankingBarChart
        title="Top contributors"
        description="Test description."
        items={[
          { id: 'NPL', label: 'Nepal', value: 6080 },
          { id: 'BGD', label: 'Bangladesh', value: 5733 },
          { id: 'IND', label: 'India', value: 5733 },
          { id: 'RWA', label: 'Rwanda', value: 5201 },
          { id: 'PAK', label: 'Pakistan', value: 2700 },
          { id: 'XXX', label: 'Nowhere', value: null },
        ]}
        topN={4}
        highlightedIds={['BGD']}
        width={400}
      />
    ),
  },
  {
    name: 'scatter-log-log',
    about: 'a log-log scatter with per-capita lines',
    render: () => (
      <ScatterLogLog
        title="Personnel and population"
        description="Test description."
        points={[
          { id: 'BGD', label: 'Bangladesh', x: 171_000_000, y: 5733 },
          { id: 'NPL', label: 'Nepal', x: 30_000_000, y: 6080 },
          { id: 'FJI', label: 'Fiji', x: 900_000, y: 300 },
          { id: 'USA', label: 'United States', x: 335_000_000, y: 30 },
          { id: 'MLT', label: 'Malta', x: 530_000, y: 0 },
        ]}
        highlightedIds={['BGD']}
        ratioLines={[
          { ratio: 1e-6, label: '1 per million' },
          { ratio: 1e-5, label: '10 per million' },
          { ratio: 1e-4, label: '100 per million' },
        ]}
        xAxisTitle="Population"
        yAxisTitle="Personnel"
        width={480}
        height={360}
      />
    ),
  },
];
