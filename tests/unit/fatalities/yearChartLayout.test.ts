import { describe, expect, it } from 'vitest';
import { yearBarLayout } from '../../../src/features/fatalities/yearChartLayout.ts';

describe('year bar chart layout', () => {
  it('puts deaths on whole-number ticks (Fiji had ticks at 0.5 and 1.5 deaths)', () => {
    const layout = yearBarLayout({
      width: 390,
      height: 260,
      years: [2010, 2011, 2012],
      yMax: 2,
      hasYTitle: true,
    });
    const values = layout.y.ticks.map((t) => t.value);
    expect(values.length).toBeGreaterThanOrEqual(2);
    expect(values.every((v) => Number.isInteger(v))).toBe(true);
  });
});
