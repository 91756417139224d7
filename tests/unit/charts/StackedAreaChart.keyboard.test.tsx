// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StackedAreaChart } from '../../../src/charts/StackedAreaChart.tsx';
import { makeMonths, makeSeries } from './fixtures.ts';

afterEach(cleanup);

function renderChart() {
  render(
    <StackedAreaChart
      title="Personnel by type"
      description="Troops and police, January to March 2023."
      months={makeMonths('2023-01', 3)}
      series={[
        makeSeries('police', [900, null, 950], 'Police'),
        makeSeries('troops', [8000, 8100, 8200], 'Troops'),
      ]}
      totalLabel="Total"
      width={600}
      height={300}
    />,
  );
  return {
    svg: screen.getByRole('img', { name: /Personnel by type/ }),
    live: document.querySelector('[aria-live="polite"]'),
  };
}

describe('StackedAreaChart keyboard reading', () => {
  it('reads layers top to bottom, as they are drawn', () => {
    const { svg, live } = renderChart();
    fireEvent.keyDown(svg, { key: 'End' });
    // Troops are larger, so they sit at the bottom; the top layer (Police) is read first.
    expect(live?.textContent).toBe('March 2023, Police: 950');
    fireEvent.keyDown(svg, { key: 'ArrowDown' });
    expect(live?.textContent).toBe('March 2023, Troops: 8,200');
    expect(document.querySelector('.bh-tooltip')?.textContent).toContain('9,150');
  });

  it('reads a gap month as "no data" and gives no total there', () => {
    const { svg, live } = renderChart();
    fireEvent.keyDown(svg, { key: 'End' });
    fireEvent.keyDown(svg, { key: 'ArrowLeft' });
    expect(live?.textContent).toBe('February 2023, Police: no data');
    const rows = [...document.querySelectorAll('.bh-tooltip-row')].map((r) => r.textContent);
    expect(rows).toEqual(['Policeno data', 'Troops8,100', 'Totalno data']);
  });
});
