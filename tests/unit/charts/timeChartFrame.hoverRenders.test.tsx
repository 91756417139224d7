// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AreaMarksProps } from '../../../src/charts/AreaMarks.tsx';
import type { AxisProps } from '../../../src/charts/Axis.tsx';
import { LineChart } from '../../../src/charts/LineChart.tsx';
import { StackedAreaChart } from '../../../src/charts/StackedAreaChart.tsx';
import { makeMonths, makeSeries } from './fixtures.ts';

const renders = vi.hoisted(() => ({ areas: 0, axes: 0 }));

// Axis and AreaMarks are memoised: a count that stays put while the pointer moves means the chart
// itself did not render again (only the frame's hover layer did).
vi.mock('../../../src/charts/AreaMarks.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/charts/AreaMarks.tsx')>();
  return {
    ...original,
    AreaMarks: (props: AreaMarksProps) => (renders.areas++, createElement(original.AreaMarks, props)),
  };
});
vi.mock('../../../src/charts/Axis.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/charts/Axis.tsx')>();
  return {
    ...original,
    Axis: (props: AxisProps) => (renders.axes++, createElement(original.Axis, props)),
  };
});

afterEach(cleanup);

const months = makeMonths('2023-01', 24);

describe('the shared time frame renders only its hover layer per pointer move', () => {
  it('stacked areas: areas and axes are not rendered again while the reading moves', () => {
    render(
      <StackedAreaChart
        title="By type"
        description="Test."
        months={months}
        series={[
          makeSeries(
            'a',
            months.map((_, i) => 100 + i),
            'A',
          ),
          makeSeries(
            'b',
            months.map((_, i) => 50 + i),
            'B',
          ),
        ]}
        totalLabel="Total"
        width={600}
        height={300}
      />,
    );
    const svg = screen.getByRole('img');
    const before = { ...renders };
    expect(before.areas).toBeGreaterThan(0);
    for (const clientX of [80, 160, 240, 400]) fireEvent.pointerMove(svg, { clientX, pointerType: 'mouse' });
    fireEvent.keyDown(svg, { key: 'ArrowLeft' });
    expect(document.querySelector('.bh-tooltip')?.textContent).toContain('Total');
    expect(renders).toEqual(before);
  });

  it('lines with markers on a rank axis: the axes are not rendered again while the reading moves', () => {
    render(
      <LineChart
        title="Rank"
        description="Test."
        months={months}
        series={[
          makeSeries(
            'a',
            months.map((_, i) => 1 + (i % 3)),
            'A',
          ),
        ]}
        yAxis={{ kind: 'rank' }}
        markers={[{ id: 'm', month: months[3] ?? '', badge: '1', description: 'first' }]}
        width={600}
        height={300}
      />,
    );
    const svg = screen.getByRole('img');
    const before = renders.axes;
    for (const clientX of [80, 160, 240, 400]) fireEvent.pointerMove(svg, { clientX, pointerType: 'mouse' });
    expect(document.querySelector('.bh-hover-layer')).not.toBeNull();
    expect(renders.axes).toBe(before);
  });
});
