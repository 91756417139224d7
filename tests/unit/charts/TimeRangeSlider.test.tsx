// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TimeRangeSlider } from '../../../src/charts/TimeRangeSlider.tsx';
import type { IndexRange } from '../../../src/charts/timeSeriesModel.ts';
import { makeMonths } from './fixtures.ts';

afterEach(cleanup);

const months = makeMonths('2023-01', 12);

function Harness({ initial }: { initial: IndexRange }) {
  const [range, setRange] = useState(initial);
  return (
    <>
      <TimeRangeSlider months={months} value={range} onChange={setRange} />
      <p data-testid="range">{`${range.from}-${range.to}`}</p>
    </>
  );
}

describe('TimeRangeSlider', () => {
  it('labels its two native range inputs From and To with the month as value text', () => {
    render(<Harness initial={{ from: 2, to: 9 }} />);
    const from = screen.getByRole('slider', { name: 'From' });
    const to = screen.getByRole('slider', { name: 'To' });
    expect(from.getAttribute('type')).toBe('range');
    expect(from.getAttribute('aria-valuetext')).toBe('March 2023');
    expect(to.getAttribute('aria-valuetext')).toBe('October 2023');
  });

  it('stops From at To and To at From', () => {
    render(<Harness initial={{ from: 2, to: 5 }} />);
    fireEvent.change(screen.getByRole('slider', { name: 'From' }), { target: { value: '8' } });
    expect(screen.getByTestId('range').textContent).toBe('5-5');
    fireEvent.change(screen.getByRole('slider', { name: 'To' }), { target: { value: '1' } });
    expect(screen.getByTestId('range').textContent).toBe('5-5');
    fireEvent.change(screen.getByRole('slider', { name: 'To' }), { target: { value: '10' } });
    expect(screen.getByTestId('range').textContent).toBe('5-10');
  });

  it('resets to the whole axis', () => {
    render(<Harness initial={{ from: 3, to: 4 }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByTestId('range').textContent).toBe('0-11');
  });
});
