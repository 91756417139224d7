// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LineChart } from '../../../src/charts/LineChart.tsx';
import { makeMonths, makeSeries } from './fixtures.ts';

afterEach(cleanup);

// January–April 2023; Bangladesh has no data in February.
function renderChart() {
  const months = makeMonths('2023-01', 4);
  render(
    <LineChart
      title="Uniformed personnel"
      description="Two countries, January to April 2023."
      months={months}
      series={[
        makeSeries('BGD', [7100, null, 7237, 7300], 'Bangladesh'),
        makeSeries('NPL', [6000, 6010, 6020, 6030], 'Nepal'),
      ]}
      width={600}
      height={300}
    />,
  );
  const svg = screen.getByRole('img', { name: /Uniformed personnel/ });
  const live = document.querySelector('[aria-live="polite"]');
  return { svg, live };
}

describe('LineChart keyboard reading', () => {
  it('is a focusable svg named by its title and description', () => {
    const { svg } = renderChart();
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.getAttribute('tabindex')).toBe('0');
    const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(document.getElementById(titleId ?? '')?.textContent).toBe('Uniformed personnel');
    expect(document.getElementById(descId ?? '')?.textContent).toBe('Two countries, January to April 2023.');
  });

  it('announces "March 2023, Bangladesh: 7,237" after End and ArrowLeft', () => {
    const { svg, live } = renderChart();
    svg.focus();
    fireEvent.keyDown(svg, { key: 'End' });
    expect(live?.textContent).toBe('April 2023, Bangladesh: 7,300');
    fireEvent.keyDown(svg, { key: 'ArrowLeft' });
    expect(live?.textContent).toBe('March 2023, Bangladesh: 7,237');
  });

  it('moves between series with ArrowDown and says "no data" for a gap', () => {
    const { svg, live } = renderChart();
    fireEvent.keyDown(svg, { key: 'Home' });
    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    expect(live?.textContent).toBe('February 2023, Bangladesh: no data');
    fireEvent.keyDown(svg, { key: 'ArrowDown' });
    expect(live?.textContent).toBe('February 2023, Nepal: 6,010');
  });

  it('shows a tooltip with every series for the month and clears it with Escape', () => {
    const { svg, live } = renderChart();
    fireEvent.keyDown(svg, { key: 'End' });
    const tooltip = document.querySelector('.bh-tooltip');
    expect(tooltip?.textContent).toContain('April 2023');
    expect(tooltip?.textContent).toContain('7,300');
    expect(tooltip?.textContent).toContain('6,030');
    fireEvent.keyDown(svg, { key: 'Escape' });
    expect(document.querySelector('.bh-tooltip')).toBeNull();
    expect(live?.textContent).toBe('');
  });

  it('maps a pointer x to the nearest month', () => {
    const { svg } = renderChart();
    // happy-dom lays nothing out: the svg's box starts at 0, so clientX is the svg x.
    const plot = svg.querySelector('g[transform^="translate("]');
    const left = Number(/translate\(([\d.]+)/.exec(plot?.getAttribute('transform') ?? '')?.[1]);
    fireEvent.pointerMove(svg, { clientX: left + 1, pointerType: 'mouse' });
    expect(document.querySelector('.bh-tooltip-heading')?.textContent).toBe('January 2023');
    fireEvent.pointerMove(svg, { clientX: 10_000, pointerType: 'mouse' });
    expect(document.querySelector('.bh-tooltip-heading')?.textContent).toBe('April 2023');
    fireEvent.pointerLeave(svg, { pointerType: 'mouse' });
    expect(document.querySelector('.bh-tooltip')).toBeNull();
  });
});
