// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from '../../../src/charts/DataTable.tsx';
import { timeSeriesTable } from '../../../src/charts/timeSeriesTable.ts';
import { makeMonths, makeSeries } from './fixtures.ts';

afterEach(cleanup);

function renderTable() {
  const months = makeMonths('2023-01', 4);
  const { columns, rows } = timeSeriesTable(
    months,
    [makeSeries('BGD', [7237, null, 5000, 12000], 'Bangladesh')],
    { from: 0, to: 3 },
  );
  render(<DataTable caption="Personnel by month" columns={columns} rows={rows} rowKey={(r) => r.month} />);
}

function firstColumn(): string[] {
  return screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('rowheader')[0]?.textContent ?? '');
}

describe('DataTable', () => {
  it('is a real table with a caption and column headers', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Personnel by month' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.getAttribute('scope')),
    ).toEqual(['col', 'col']);
  });

  it('writes numbers with thousands separators, right-aligned', () => {
    renderTable();
    const cell = screen.getByText('7,237');
    expect(cell.tagName).toBe('TD');
    expect(cell.className).toContain('bh-num');
  });

  it('shows a missing value as a blank cell with a hidden "no data", never 0', () => {
    renderTable();
    const row = screen.getByRole('row', { name: /February 2023/ });
    const cell = within(row).getAllByRole('cell')[0];
    expect(cell?.textContent).toBe('no data');
    expect(cell?.querySelector('.bh-visually-hidden')?.textContent).toBe('no data');
    expect(cell?.textContent).not.toContain('0');
  });

  it('sorts by a column header button and says so with aria-sort', () => {
    renderTable();
    const header = screen.getByRole('columnheader', { name: /Bangladesh/ });
    expect(header.getAttribute('aria-sort')).toBeNull();

    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn()).toEqual(['April 2023', 'January 2023', 'March 2023', 'February 2023']);

    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    // Missing values stay last in both directions.
    expect(firstColumn()).toEqual(['March 2023', 'January 2023', 'April 2023', 'February 2023']);
  });

  it('sorts months by date, not alphabetically', () => {
    renderTable();
    const header = screen.getByRole('columnheader', { name: /Month/ });
    fireEvent.click(within(header).getByRole('button'));
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn()).toEqual(['April 2023', 'March 2023', 'February 2023', 'January 2023']);
  });

  it('scrolls inside its own focusable region', () => {
    renderTable();
    const region = screen.getByRole('region', { name: 'Personnel by month' });
    expect(region.className).toContain('bh-table-scroll');
    expect(region.getAttribute('tabindex')).toBe('0');
  });
});
