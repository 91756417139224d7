// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScatterLogLog } from '../../../src/charts/ScatterLogLog.tsx';
import { placePointLabels, scatterKey } from '../../../src/charts/scatterModel.ts';

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

describe('reading every dot of the log-log scatter', () => {
  it('uses no browser title tooltip, which phones do not show', () => {
    renderScatter();
    expect(document.querySelectorAll('.bh-point title')).toHaveLength(0);
  });

  it('reads any dot, not only the selected ones, by keyboard: End, then left along the x axis, announced', () => {
    const svg = renderScatter();
    expect(svg.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(svg, { key: 'Home' });
    expect(document.querySelector('.bh-tooltip-heading')?.textContent).toBe('Iceland');
    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    expect(document.querySelector('.bh-tooltip-heading')?.textContent).toBe('Fiji');
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe(
      'Fiji: 300 personnel, 900,000 population',
    );
    fireEvent.keyDown(svg, { key: 'Escape' });
    expect(document.querySelector('.bh-tooltip')).toBeNull();
  });

  it('reads the dot nearest a tap, and keeps it after the finger lifts', () => {
    const svg = renderScatter();
    const group = document.querySelector('.bh-points')?.parentElement;
    const [, tx, ty] = /translate\(([\d.]+),([\d.]+)\)/.exec(group?.getAttribute('transform') ?? '') ?? [];
    const fiji = document.querySelector('[aria-label^="Fiji"] circle');
    const cx = Number(fiji?.getAttribute('cx')) + Number(tx);
    const cy = Number(fiji?.getAttribute('cy')) + Number(ty);
    fireEvent.pointerDown(svg, { clientX: cx + 5, clientY: cy - 4, pointerType: 'touch' });
    fireEvent.pointerLeave(svg, { pointerType: 'touch' });
    expect(document.querySelector('.bh-tooltip-heading')?.textContent).toBe('Fiji');
  });
});

describe('scatter keyboard and labels (pure)', () => {
  it('steps through dots in order of x and of y, starting on the right', () => {
    const pts = [
      { x: 1, y: 30 },
      { x: 3, y: 10 },
      { x: 2, y: 20 },
    ];
    const first = scatterKey({ index: null, isKeyboard: false }, 'ArrowLeft', pts);
    expect(first?.index).toBe(1);
    expect(scatterKey({ index: 1, isKeyboard: true }, 'ArrowLeft', pts)?.index).toBe(2);
    expect(scatterKey({ index: 2, isKeyboard: true }, 'ArrowUp', pts)?.index).toBe(0);
    expect(scatterKey({ index: 2, isKeyboard: true }, 'a', pts)).toBeNull();
  });

  it('labels notable dots without any two labels overlapping, leaving out one that has no room', () => {
    const candidates = ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => ({
      id,
      x: 100,
      y: 100,
      width: 60,
      height: 14,
    }));
    const placed = placePointLabels(candidates, [{ x: 100, y: 100 }], { width: 400, height: 300 });
    expect(placed.length).toBe(4);
    const boxes = placed.map((p) => {
      const x0 = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - 60 : p.x - 30;
      return [x0, p.y - 7, x0 + 60, p.y + 7] as const;
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]).toBe(false);
      }
  });
});
