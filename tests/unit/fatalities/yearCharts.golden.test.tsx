import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { YearBarChart } from '../../../src/features/fatalities/YearBarChart.tsx';
import { YearLineChart } from '../../../src/features/fatalities/YearLineChart.tsx';
import { stackYears } from '../../../src/features/fatalities/yearStackModel.ts';
import { yearLineModel } from '../../../src/features/fatalities/yearLineModel.ts';
import { yearTicks } from '../../../src/features/fatalities/yearChartLayout.ts';
import { extractSvg, normaliseSvg } from '../charts/normaliseSvg.ts';

const years = [2015, 2016, 2017, 2018, 2019, 2020];

describe('year chart models', () => {
  it('stacks layers bottom first and leaves out empty segments', () => {
    const { segments, yMax } = stackYears(
      [2015, 2016],
      [
        { id: 'a', label: 'A', color: 'red', values: [2, 0] },
        { id: 'b', label: 'B', color: 'blue', values: [1, 3] },
      ],
    );
    expect(segments.map((s) => [s.year, s.id, s.y0, s.y1])).toEqual([
      [2015, 'a', 0, 2],
      [2015, 'b', 2, 3],
      [2016, 'b', 0, 3],
    ]);
    expect(yMax).toBe(3);
  });

  it('breaks a yearly line where a year has no value and labels the last value', () => {
    const model = yearLineModel([2015, 2016, 2017, 2018], [{ id: 'x', label: 'X', values: [1, null, 2, 3] }]);
    expect(model.series[0]?.segments.map((s) => s.map((p) => p.year))).toEqual([[2015], [2017, 2018]]);
    expect(model.ends).toEqual([{ id: 'x', label: 'X', value: 3 }]);
  });

  it('thins year ticks to every 5 or 10 years on a narrow axis', () => {
    const many = Array.from({ length: 36 }, (_, i) => 1990 + i);
    const narrow = yearTicks(many, (y) => ((y - 1990) / 35) * 240, 240);
    expect(narrow.every((t) => t.value % 10 === 0)).toBe(true);
    const wide = yearTicks(many, (y) => ((y - 1990) / 35) * 1200, 1200);
    expect(wide.length).toBeGreaterThan(narrow.length);
  });
});

describe('golden SVG of the fatalities view’s year charts', () => {
  it('draws stacked yearly bars', async () => {
    const markup = renderToStaticMarkup(
      <YearBarChart
        title="Deaths per year"
        description="Test description."
        years={years}
        series={[
          { id: 'malicious', label: 'Malicious Act', color: '#D55E00', values: [1, 0, 4, 2, 0, 1] },
          { id: 'illness', label: 'Illness', color: '#0072B2', values: [2, 1, 0, 3, 0, 1] },
        ]}
        yAxisTitle="Deaths"
        width={420}
        height={260}
      />,
    );
    expect(markup.match(/<rect class="bh-year-bar"/g)).toHaveLength(8);
    await expect(`${extractSvg(normaliseSvg(markup))}\n`).toMatchFileSnapshot(
      './__golden__/year-bar-chart.svg',
    );
  });

  it('draws yearly rate lines with a break, dots and end labels', async () => {
    const markup = renderToStaticMarkup(
      <YearLineChart
        title="Deaths per 1,000 personnel-years"
        description="Test description."
        years={years}
        series={[
          { id: 'BGD', label: 'Bangladesh', values: [0.8, 1.1, null, 0.6, 0.9, 0.4] },
          { id: 'WORLD', label: 'All UN personnel', values: [1.2, 1.0, 1.4, 1.1, 0.9, 0.8] },
        ]}
        highlightedIds={['BGD']}
        yAxisTitle="Deaths per 1,000 personnel-years"
        width={420}
        height={260}
      />,
    );
    expect(markup.match(/<circle/g)).toHaveLength(11);
    await expect(`${extractSvg(normaliseSvg(markup))}\n`).toMatchFileSnapshot(
      './__golden__/year-line-chart.svg',
    );
  });
});
