import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LineChart } from '../../../src/charts/LineChart.tsx';
import { RankingBarChart } from '../../../src/charts/RankingBarChart.tsx';
import { ScatterLogLog } from '../../../src/charts/ScatterLogLog.tsx';
import { StackedAreaChart } from '../../../src/charts/StackedAreaChart.tsx';
import { makeMonths, makeSeries } from './fixtures.ts';

describe('charts with nothing to draw', () => {
  it('say "No data to show" instead of drawing an empty axis frame with NaN', () => {
    const markup = renderToStaticMarkup(
      <LineChart title="t" description="d" months={makeMonths('2020-01', 3)} series={[]} width={320} />,
    );
    expect(markup).toContain('No data to show');
    expect(markup).not.toContain('NaN');
    expect(markup).not.toContain('tabindex');
  });

  it('draw all-null series without NaN or zero-valued lines', () => {
    const months = makeMonths('2020-01', 3);
    const series = [makeSeries('a', [null, null, null])];
    for (const markup of [
      renderToStaticMarkup(
        <LineChart title="t" description="d" months={months} series={series} width={320} />,
      ),
      renderToStaticMarkup(
        <LineChart title="t" description="d" months={months} series={series} scaleType="log" width={320} />,
      ),
      renderToStaticMarkup(
        <StackedAreaChart title="t" description="d" months={months} series={series} width={320} />,
      ),
      renderToStaticMarkup(
        <RankingBarChart
          title="t"
          description="d"
          items={[{ id: 'a', label: 'A', value: null }]}
          width={320}
        />,
      ),
      renderToStaticMarkup(
        <ScatterLogLog
          title="t"
          description="d"
          points={[{ id: 'a', label: 'A', x: null, y: 0 }]}
          xAxisTitle="x"
          yAxisTitle="y"
          width={320}
        />,
      ),
    ]) {
      expect(markup).not.toContain('NaN');
      expect(markup).not.toContain('Infinity');
      expect(markup).not.toMatch(/<path[^>]* d="M/);
    }
  });
});
