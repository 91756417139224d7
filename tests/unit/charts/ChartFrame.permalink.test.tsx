// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartFrame } from '../../../src/charts/ChartFrame.tsx';
import { PermalinkContext } from '../../../src/charts/permalink.ts';

afterEach(cleanup);

const frame = (
  <ChartFrame
    title="Uniformed personnel"
    description="A line chart."
    source="Source: UN DPO."
    chart={<p>the chart</p>}
    table={<p>the table</p>}
  />
);

describe('ChartFrame on paper', () => {
  it('puts the address it is given into its caption, after the source line', () => {
    const url = 'https://example.org/blue-helmets/#/deployments?country=NPL';
    render(<PermalinkContext.Provider value={url}>{frame}</PermalinkContext.Provider>);
    const caption = document.querySelector('figcaption');
    const lines = [...(caption?.querySelectorAll('p') ?? [])].map((p) => p.className);
    expect(lines).toEqual(['bh-frame-description', 'bh-frame-source', 'bh-frame-permalink']);
    expect(caption?.querySelector('.bh-frame-permalink')?.textContent).toBe(url);
  });

  it('prints no address when none is provided (the kit never reads window.location itself)', () => {
    render(frame);
    expect(document.querySelector('.bh-frame-permalink')).toBeNull();
  });
});
