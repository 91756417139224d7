// @vitest-environment happy-dom
// The stacked bars as drawn: one group per bar named in words (parts and women), a rect per part in its
// series colour, the women's line only where women are known and more than none, names above the bars on
// a phone and beside them on a wide screen.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { StackedBarChart } from '../../../src/charts/StackedBarChart.tsx';
import type { StackedBarInput } from '../../../src/charts/stackedBarModel.ts';

afterEach(cleanup);

const SERIES = [
  { key: 'troops', label: 'Troops', color: '#0077BB' },
  { key: 'police', label: 'Police', color: '#EE1188' },
];
const ITEMS: StackedBarInput[] = [
  { id: 'AAA', label: 'AAA (Somewhere far away)', parts: { troops: 900, police: 100 }, marker: 80 },
  { id: 'BBB', label: 'BBB (Near)', parts: { troops: 10 }, marker: null },
];

function draw(width: number) {
  return render(
    <StackedBarChart
      title="Where it serves"
      description="Two missions."
      items={ITEMS}
      series={SERIES}
      marker={{ label: 'women', legend: 'Women' }}
      unit="personnel"
      width={width}
    />,
  ).container;
}

describe('stacked bars, drawn', () => {
  test('names each bar with its total, its parts and its women', () => {
    const bars = [...draw(800).querySelectorAll('g[data-bar]')];
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual([
      'AAA (Somewhere far away): 1,000 personnel (Troops 900, Police 100); 80 women',
      'BBB (Near): 10 personnel (Troops 10)',
    ]);
  });

  test('draws a rect per part in its colour and the women’s line only where women are known', () => {
    const container = draw(800);
    const first = container.querySelector('g[data-bar="AAA"]');
    const fills = [...(first?.querySelectorAll('rect:not([data-marker])') ?? [])].map((r) =>
      r.getAttribute('fill'),
    );
    expect(fills).toEqual(['#0077BB', '#EE1188']);
    expect(first?.querySelectorAll('rect[data-marker]')).toHaveLength(1);
    expect(container.querySelectorAll('g[data-bar="BBB"] rect[data-marker]')).toHaveLength(0);
    expect(container.querySelector('g[data-bar="AAA"]')?.textContent).toContain('1,000 · 80 women');
  });

  test('the women’s line is as long, on the bar’s scale, as their share of the bar', () => {
    const first = draw(800).querySelector('g[data-bar="AAA"]');
    const parts = [...(first?.querySelectorAll('rect:not([data-marker])') ?? [])];
    const barWidth = parts.reduce((sum, r) => sum + Number(r.getAttribute('width')), 0);
    const line = Number(first?.querySelector('rect[data-marker]')?.getAttribute('width'));
    expect(line / barWidth).toBeCloseTo(80 / 1000, 2);
  });

  test('puts the names above the bars on a phone and beside them on a wide screen', () => {
    const phone = draw(360).querySelector('g[data-bar="AAA"] text');
    expect(phone?.getAttribute('text-anchor')).toBe('start');
    cleanup();
    const wide = draw(1200).querySelector('g[data-bar="AAA"] text');
    expect(wide?.getAttribute('text-anchor')).toBe('end');
  });
});
