// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartFrame } from '../../../src/charts/ChartFrame.tsx';

afterEach(cleanup);

function renderFrame() {
  render(
    <ChartFrame
      title="Uniformed personnel"
      headingLevel={3}
      subtitle="Month-end headcounts"
      description="A line chart of three countries."
      source="Source: UN Department of Peace Operations."
      chart={<p>the chart</p>}
      table={<p>the table</p>}
      actions={<button type="button">Download</button>}
    />,
  );
}

describe('ChartFrame', () => {
  it('is a figure with a heading, description and source in its caption', () => {
    renderFrame();
    expect(screen.getByRole('figure', { name: 'Uniformed personnel' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Uniformed personnel' })).toBeTruthy();
    const caption = document.querySelector('figcaption');
    expect(caption?.textContent).toContain('A line chart of three countries.');
    expect(caption?.textContent).toContain('Source: UN Department of Peace Operations.');
    expect(screen.getByRole('button', { name: 'Download' })).toBeTruthy();
  });

  it('starts on the chart tab with a tablist of Chart and Table', () => {
    renderFrame();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Chart', 'Table']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1']);
    expect(screen.getByText('the chart')).toBeTruthy();
    expect(screen.queryByText('the table')).toBeNull();
  });

  it('switches tabs with the arrow keys, moving focus and showing the panel', () => {
    renderFrame();
    const [chartTab, tableTab] = screen.getAllByRole('tab');
    chartTab?.focus();
    fireEvent.keyDown(chartTab!, { key: 'ArrowRight' });
    expect(tableTab?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tableTab);
    expect(screen.getByText('the table')).toBeTruthy();
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tableTab?.id);

    fireEvent.keyDown(tableTab!, { key: 'ArrowRight' });
    expect(chartTab?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(chartTab!, { key: 'End' });
    expect(tableTab?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tableTab!, { key: 'Home' });
    expect(chartTab?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(chartTab);
  });

  it('switches tabs on click', () => {
    renderFrame();
    fireEvent.click(screen.getByRole('tab', { name: 'Table' }));
    expect(screen.getByText('the table')).toBeTruthy();
  });
});
