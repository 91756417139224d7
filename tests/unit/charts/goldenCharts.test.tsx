import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LineChart } from '../../../src/charts/LineChart.tsx';
import { LINE_OVERLAYS } from '../../../src/charts/lineOverlays.tsx';
import { RankingBarChart } from '../../../src/charts/RankingBarChart.tsx';
import { yearlySteps } from '../../../src/charts/referenceStepModel.ts';
import { ScatterLogLog } from '../../../src/charts/ScatterLogLog.tsx';
import { StackedAreaChart } from '../../../src/charts/StackedAreaChart.tsx';
import { makeMonths, makeSeries } from './fixtures.ts';
import { extractSvg, normaliseSvg } from './normaliseSvg.ts';

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

describe('golden SVG of the composed charts', () => {
  it('draws a line chart with gaps, end labels and a stepped yearly target', async () => {
    const { months, series } = makeTimeFixture();
    const markup = renderToStaticMarkup(
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
      />,
    );
    expect(markup).toContain('role="img"');
    expect(markup).toMatch(/<path[^>]*d="M/);
    await expect(`${extractSvg(normaliseSvg(markup))}\n`).toMatchFileSnapshot('./__golden__/line-chart.svg');
  });

  it('draws a log-scale line chart', async () => {
    const { months, series } = makeTimeFixture();
    const markup = renderToStaticMarkup(
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
      />,
    );
    await expect(`${extractSvg(normaliseSvg(markup))}\n`).toMatchFileSnapshot(
      './__golden__/line-chart-log.svg',
    );
  });

  it('draws a stacked area chart', async () => {
    const { months } = makeTimeFixture();
    const markup = renderToStaticMarkup(
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
      />,
    );
    await expect(`${extractSvg(normaliseSvg(markup))}\n`).toMatchFileSnapshot(
      './__golden__/stacked-area-chart.svg',
    );
  });

  it('draws a ranking bar chart with ties and a highlighted bar', async () => {
    const markup = renderToStaticMarkup(
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
      />,
    );
    expect(markup).toContain('font-weight="700"');
    await expect(`${extractSvg(normaliseSvg(markup))}\n`).toMatchFileSnapshot(
      './__golden__/ranking-bar-chart.svg',
    );
  });

  it('draws a log-log scatter with per-capita lines', async () => {
    const markup = renderToStaticMarkup(
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
      />,
    );
    await expect(`${extractSvg(normaliseSvg(markup))}\n`).toMatchFileSnapshot(
      './__golden__/scatter-log-log.svg',
    );
  });
});

describe('normaliseSvg', () => {
  it('rounds numbers and re-indexes ids', () => {
    expect(normaliseSvg('<g id="_R_3_-a"><use href="#_R_3_-a" x="1.26"/></g><p id="_R_7_"></p>')).toBe(
      '<g id="id1-a">\n<use href="#id1-a" x="1.3"/>\n</g>\n<p id="id2">\n</p>\n',
    );
  });
});
