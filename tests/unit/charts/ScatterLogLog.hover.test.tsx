// @vitest-environment happy-dom
// The /compare scatter has no browser title tooltip (phones never show it), so a mouse reads a dot only
// through the chart's own reading: the nearest dot within reach of the pointer, selected or not.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScatterLogLog } from '../../../src/charts/ScatterLogLog.tsx';

afterEach(cleanup);

const POINTS = [
  { id: 'BGD', label: 'Bangladesh', x: 171_000_000, y: 5733 },
  { id: 'NPL', label: 'Nepal', x: 30_000_000, y: 6080 },
  { id: 'FJI', label: 'Fiji', x: 900_000, y: 300 },
  { id: 'USA', label: 'United States', x: 335_000_000, y: 30 },
  { id: 'ISL', label: 'Iceland', x: 380_000, y: 2 },
];

function renderScatter() {
  render(
    <ScatterLogLog
      title="Personnel and population"
      description="Test."
      points={POINTS}
      highlightedIds={['BGD']}
      xAxisTitle="Population"
      yAxisTitle="Personnel"
      width={480}
      height={360}
    />,
  );
  return screen.getByRole('img', { name: /Personnel and population/ });
}

/** Where a dot is drawn, in client coordinates: its circle's centre plus the plot's and the svg's offsets. */
function clientPointOf(svg: Element, label: string): { clientX: number; clientY: number } {
  const group = document.querySelector('.bh-points')?.parentElement;
  const [, tx, ty] = /translate\(([\d.]+),([\d.]+)\)/.exec(group?.getAttribute('transform') ?? '') ?? [];
  const circle = document.querySelector(`[aria-label^="${label}:"] circle`);
  if (!circle || tx === undefined || ty === undefined) throw new Error(`No dot drawn for ${label}.`);
  const rect = svg.getBoundingClientRect();
  return {
    clientX: rect.left + Number(tx) + Number(circle.getAttribute('cx')),
    clientY: rect.top + Number(ty) + Number(circle.getAttribute('cy')),
  };
}

const heading = () => document.querySelector('.bh-tooltip-heading')?.textContent;
const values = () => [...document.querySelectorAll('.bh-tooltip .bh-num')].map((cell) => cell.textContent);

describe('reading the log-log scatter with a mouse', () => {
  it('reads an unselected dot under the mouse pointer, as it does for a tap and the keyboard', () => {
    const svg = renderScatter();
    const fiji = document.querySelector('[aria-label^="Fiji:"]');
    expect(fiji?.getAttribute('class')).toBe('bh-point');
    expect(document.querySelector('.bh-tooltip')).toBeNull();

    // A few pixels off the dot, as a hand on a mouse would be: still within reach, and Fiji is nearest.
    const { clientX, clientY } = clientPointOf(svg, 'Fiji');
    fireEvent.pointerMove(svg, { clientX: clientX + 5, clientY: clientY - 4, pointerType: 'mouse' });
    expect(heading()).toBe('Fiji');
    expect(values()).toEqual(['300', '900,000']);
    expect(document.querySelector('.bh-hover-layer circle')?.getAttribute('cx')).toBe(
      fiji?.querySelector('circle')?.getAttribute('cx'),
    );

    // The mouse leaving the chart ends the reading (a finger lifting off keeps it).
    fireEvent.pointerLeave(svg, { pointerType: 'mouse' });
    expect(document.querySelector('.bh-tooltip')).toBeNull();
  });
});
