// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LineMarksProps } from '../../../src/charts/LineMarks.tsx';
import { LineChart } from '../../../src/charts/LineChart.tsx';
import { makeMonths, makeSeries } from './fixtures.ts';

const renders = vi.hoisted(() => ({ count: 0 }));

// Count how often the line marks render; the wrapper itself is not memoised, so a count that stays
// put means the chart handed React the same element and React skipped the whole subtree.
vi.mock('../../../src/charts/LineMarks.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/charts/LineMarks.tsx')>();
  return {
    ...original,
    LineMarks: (props: LineMarksProps) => {
      renders.count += 1;
      return createElement(original.LineMarks, props);
    },
  };
});

afterEach(cleanup);

describe('LineChart hover', () => {
  it('re-renders the tooltip layer only, not the line marks', () => {
    const months = makeMonths('2023-01', 24);
    render(
      <LineChart
        title="Personnel"
        description="Test."
        months={months}
        series={[
          makeSeries(
            'a',
            months.map((_, i) => i * 10),
            'A',
          ),
        ]}
        width={600}
        height={300}
      />,
    );
    const svg = screen.getByRole('img');
    const before = renders.count;
    expect(before).toBeGreaterThan(0);
    for (const clientX of [80, 120, 200, 300, 400])
      fireEvent.pointerMove(svg, { clientX, pointerType: 'mouse' });
    fireEvent.keyDown(svg, { key: 'ArrowLeft' });
    expect(document.querySelector('.bh-tooltip')).not.toBeNull();
    expect(renders.count).toBe(before);
  });
});
