// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { StackedAreaChart } from '../../../src/charts/StackedAreaChart.tsx';
import { makeMonths } from './fixtures.ts';

afterEach(cleanup);

const months = makeMonths('2009-08', 4);
// "Police (not split)" stops when formed and individual police are reported apart: drawn as a
// zero-height layer after that, but not reported (null) — like the deployments by-type chart.
const series = [
  { id: 'troops', label: 'Troops', values: [800, 800, 820, 830] },
  { id: 'police', label: 'Police (not split)', values: [40, 45, 0, 0], readings: [40, 45, null, null] },
  { id: 'fpu', label: 'Formed police units', values: [0, 0, 30, 35], readings: [null, null, 30, 35] },
];

describe('a stacked layer the source does not report', () => {
  it('reads "no data" in the tooltip and the announcement, never 0, as the table does', () => {
    render(
      <StackedAreaChart
        title="By type"
        description="Test."
        months={months}
        series={series}
        width={600}
        height={300}
      />,
    );
    const svg = screen.getByRole('img');
    fireEvent.keyDown(svg, { key: 'End' });
    const rows = [...document.querySelectorAll('.bh-tooltip-row')].map((r) => r.textContent);
    expect(rows).toContain('Police (not split)no data');
    expect(rows).not.toContain('Police (not split)0');
  });

  it('gets no end label where it is empty at the end of the range shown', () => {
    const markup = renderToStaticMarkup(
      <StackedAreaChart
        title="By type"
        description="Test."
        months={months}
        series={series}
        width={600}
        height={300}
      />,
    );
    const group = markup.slice(markup.indexOf('bh-end-labels'));
    // One entry per label, its lines joined (a long name wraps onto tspans).
    const labels = [...group.matchAll(/<text x="16"[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
      m[1]
        ?.replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(labels).toContain('Troops');
    expect(labels).toContain('Formed police units');
    expect(labels.some((l) => l?.startsWith('Police'))).toBe(false);
  });
});
