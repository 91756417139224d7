import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LineChart } from '../../../src/charts/LineChart.tsx';
import { wrapToWidth } from '../../../src/charts/textWidth.ts';
import { makeMonths, makeSeries } from './fixtures.ts';

describe('end labels on a phone', () => {
  it('wrap a long name onto lines instead of cutting it ("All Bhuta…", "All UN un…" at 390 px)', () => {
    const months = makeMonths('2015-01', 24);
    const markup = renderToStaticMarkup(
      <LineChart
        title="Bhutan"
        description="Test."
        months={months}
        series={[
          makeSeries(
            'all',
            months.map((_, i) => 200 + i),
            'All Bhutanese personnel',
          ),
          makeSeries(
            'un',
            months.map((_, i) => 100 + i),
            'All UN uniformed personnel',
          ),
        ]}
        width={390}
        height={300}
      />,
    );
    const labels = markup.slice(markup.indexOf('bh-end-labels'));
    expect(labels).not.toContain('…');
    expect(labels).toContain('>Bhutanese<');
    expect(labels).toContain('>personnel<');
  });

  it('cut only what does not fit three lines', () => {
    expect(wrapToWidth('All UN uniformed personnel', 70)).toEqual(['All UN', 'uniformed', 'personnel']);
    expect(wrapToWidth('Troops', 70)).toEqual(['Troops']);
  });
});
