import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StackedAreaChart } from '../../../src/charts/StackedAreaChart.tsx';
import { makeMonths, makeSeries } from './fixtures.ts';

const months = makeMonths('2014-01', 24);
const missing = (i: number) => i === 8 || (i >= 15 && i <= 18);
const draw = () =>
  renderToStaticMarkup(
    <StackedAreaChart
      title="By type"
      description="Test."
      months={months}
      series={[
        makeSeries(
          'troops',
          months.map((_, i) => (missing(i) ? null : 900)),
          'Troops',
        ),
        makeSeries(
          'police',
          months.map((_, i) => (missing(i) ? null : 100)),
          'Police',
        ),
      ]}
      width={600}
      height={300}
    />,
  );

describe('gaps in a stacked area', () => {
  it('a one-month gap does not chop the area into slabs: it is bridged and marked on the time axis', () => {
    const markup = draw();
    // One path per layer before the four-month gap and one after: the single month does not split them.
    const troops = markup.match(/aria-label="Troops" style[^>]*>([\s\S]*?)<\/g>/)?.[1] ?? '';
    expect(troops.match(/<path/g)?.length).toBe(2);
    const gap = markup.match(/aria-label="no data: September 2014">[\s\S]*?<rect([^>]*)>/)?.[1] ?? '';
    expect(gap).toContain('bh-gap-foot');
    expect(gap).toMatch(/height="8"/);
  });

  it('a longer gap keeps its full-height band, so a missing stretch stays visible', () => {
    const gap = draw().match(/aria-label="no data: April 2015 – July 2015">[\s\S]*?<rect([^>]*)>/)?.[1] ?? '';
    expect(gap).not.toContain('bh-gap-foot');
    expect(gap).toMatch(/height="2\d\d/);
  });
});
