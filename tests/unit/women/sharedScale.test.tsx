import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LineChart } from '../../../src/charts/LineChart.tsx';
import { sharedShareMax } from '../../../src/features/women/womenSeriesModel.ts';
import { makeMonths } from '../charts/fixtures.ts';

const months = makeMonths('2020-01', 6);
const country = [{ id: 'all', label: 'All types', values: [0.2, 0.3, 0.4, 0.35, null, 0.38] }];
const allUn = [{ id: 'all', label: 'All types', values: [0.05, 0.06, 0.07, 0.08, 0.09, 0.1] }];
const range = { from: 0, to: 5 };

const topTick = (markup: string) => {
  const labels = [...markup.matchAll(/<text[^>]*text-anchor="end"[^>]*>([0-9.]+%)<\/text>/g)].map(
    (m) => m[1],
  );
  return labels[labels.length - 1];
};

describe('the women country panel and the all-UN panel beside it', () => {
  it('share one y-scale, so equal heights mean equal shares (Bangladesh went to 40%, all UN to 35%)', () => {
    const max = sharedShareMax([country, allUn], range);
    expect(max).toBe(0.4);
    const draw = (series: typeof country) =>
      renderToStaticMarkup(
        <LineChart
          title="t"
          description="d"
          months={months}
          series={series}
          range={range}
          valueFormat="percent"
          yMax={max ?? undefined}
          width={390}
          height={260}
        />,
      );
    const own = topTick(draw(country));
    expect(own).toBeDefined();
    expect(topTick(draw(allUn))).toBe(own);
  });
});
