import { describe, expect, it } from 'vitest';
import type { AxisTick } from '../../../src/charts/axisTick.ts';
import { TICK_LABEL_GAP, tickLabelAnchor, tickLabelExtent } from '../../../src/charts/axisTick.ts';
import { estimateTextWidth } from '../../../src/charts/textWidth.ts';
import { indexAtX, timeAxisLayout } from '../../../src/charts/timeAxisLayout.ts';
import { valueAxisLayout } from '../../../src/charts/valueAxisLayout.ts';
import { formatValue, tickFormatter } from '../../../src/charts/valueFormat.ts';
import { makeMonths } from './fixtures.ts';

/** True when two labels, placed with the anchors the Axis uses, come closer than the gap or leave the axis. */
function horizontalLabelsCollide(ticks: readonly AxisTick[], length: number): boolean {
  const extents = ticks.map((tick, i) =>
    tickLabelExtent(
      tick.offset,
      estimateTextWidth(tick.label),
      tickLabelAnchor(tick.offset, i, ticks.length, length),
    ),
  );
  return extents.some((extent, i) => {
    const previous = extents[i - 1];
    return (previous !== undefined && extent[0] - previous[1] < TICK_LABEL_GAP) || extent[0] < -length * 0.05;
  });
}

// The real axis: 417 month-ends from November 1990 to July 2025.
const months = makeMonths('1990-11', 417);
const all = { from: 0, to: 416 };

describe('timeAxisLayout', () => {
  it('covers the real month axis from 1990-11-30 to 2025-07-31', () => {
    expect(months[0]).toBe('1990-11-30');
    expect(months[416]).toBe('2025-07-31');
  });

  for (const width of [320, 1600]) {
    it(`places year ticks that do not collide at ${width} px`, () => {
      const { ticks } = timeAxisLayout(months, all, width);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      expect(horizontalLabelsCollide(ticks, width)).toBe(false);
    });
  }

  it('never collides at any width from 240 to 1600 px, for long and short ranges', () => {
    const ranges = [
      all,
      { from: 0, to: 30 },
      { from: 200, to: 260 },
      { from: 390, to: 416 },
      { from: 410, to: 416 },
    ];
    for (let width = 240; width <= 1600; width += 20) {
      for (const range of ranges) {
        const { ticks } = timeAxisLayout(months, range, width);
        expect(horizontalLabelsCollide(ticks, width), `${width}px ${range.from}-${range.to}`).toBe(false);
      }
    }
  });

  it('puts more ticks on a wide axis than on a phone', () => {
    const narrow = timeAxisLayout(months, all, 320).ticks.length;
    const wide = timeAxisLayout(months, all, 1600).ticks.length;
    expect(wide).toBeGreaterThan(narrow);
  });

  it('puts each year tick on January of that year', () => {
    const { ticks } = timeAxisLayout(months, all, 1600);
    for (const tick of ticks) expect(months[tick.value]?.slice(0, 7)).toBe(`${tick.label}-01`);
  });

  it('ticks months on a short range', () => {
    const { ticks } = timeAxisLayout(months, { from: 400, to: 411 }, 800);
    expect(ticks[0]?.label).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
    expect(horizontalLabelsCollide(ticks, 800)).toBe(false);
  });

  it('maps an x pixel to the nearest month index, clamped to the range', () => {
    const { scale } = timeAxisLayout(months, { from: 100, to: 200 }, 1000);
    expect(indexAtX(scale, { from: 100, to: 200 }, 0)).toBe(100);
    expect(indexAtX(scale, { from: 100, to: 200 }, 504)).toBe(150);
    expect(indexAtX(scale, { from: 100, to: 200 }, 5000)).toBe(200);
    expect(indexAtX(scale, { from: 100, to: 200 }, -20)).toBe(100);
  });
});

describe('valueAxisLayout', () => {
  for (const length of [320, 1600]) {
    it(`gives horizontal value ticks that do not collide at ${length} px`, () => {
      const { ticks } = valueAxisLayout({
        domain: [0, 123_456],
        scaleType: 'linear',
        range: [0, length],
        orientation: 'horizontal',
        format: 'number',
      });
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(horizontalLabelsCollide(ticks, length)).toBe(false);
    });
  }

  it('formats numbers with thousands separators', () => {
    const { ticks } = valueAxisLayout({
      domain: [0, 100_000],
      scaleType: 'linear',
      range: [300, 0],
      orientation: 'vertical',
      format: 'number',
    });
    expect(ticks.map((t) => t.label)).toContain('100,000');
  });

  it('formats shares as percentages', () => {
    const { ticks } = valueAxisLayout({
      domain: [0, 0.3],
      scaleType: 'linear',
      range: [300, 0],
      orientation: 'vertical',
      format: 'percent',
    });
    expect(ticks.map((t) => t.label)).toContain('30%');
  });

  it('keeps a log axis above 0 even from a bad domain', () => {
    const { scale, ticks } = valueAxisLayout({
      domain: [0, 0],
      scaleType: 'log',
      range: [300, 0],
      orientation: 'vertical',
      format: 'number',
    });
    expect(scale.domain()[0]).toBeGreaterThan(0);
    expect(ticks.every((t) => t.value > 0)).toBe(true);
  });

  it('thins log ticks across many decades in little room', () => {
    const { ticks } = valueAxisLayout({
      domain: [1, 1e9],
      scaleType: 'log',
      range: [0, 320],
      orientation: 'horizontal',
      format: 'number',
    });
    expect(horizontalLabelsCollide(ticks, 320)).toBe(false);
    expect(ticks.map((t) => t.label)).toContain('1M');
  });
});

describe('value formats', () => {
  it('writes exact values with thousands separators and "no data" for null', () => {
    expect(formatValue('number', 7237)).toBe('7,237');
    expect(formatValue('number', null)).toBe('no data');
    expect(formatValue('percent', 0.101)).toBe('10.1%');
    expect(formatValue('perMillion', 41.23)).toBe('41.2 per million');
  });

  it('gives tick labels just enough decimals for their step', () => {
    expect(tickFormatter('number', [0, 0.5, 1])(0.5)).toBe('0.5');
    expect(tickFormatter('number', [0, 5000, 10000])(10000)).toBe('10,000');
  });

  it('labels log-scale share ticks with enough decimals to be distinct (not "0.01%, 0.01%, 0%")', () => {
    const axis = valueAxisLayout({
      domain: [0.00001, 0.05],
      scaleType: 'log',
      range: [400, 0],
      orientation: 'vertical',
      format: 'percent',
    });
    const labels = axis.ticks.map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).not.toContain('0%');
    expect(labels[0]).toBe('0.001%');
  });

  it('gives a count axis whole-number ticks only, even for a maximum of 2 deaths', () => {
    const axis = valueAxisLayout({
      domain: [0, 2],
      scaleType: 'linear',
      range: [300, 0],
      orientation: 'vertical',
      format: 'number',
      isCount: true,
    });
    expect(axis.ticks.map((t) => t.label)).toEqual(['0', '1', '2']);
  });

  it('prints every share in a column with one decimal: "16.0%" beside "16.3%", never "16%"', () => {
    expect([0.16, 0.163, 0.2].map((v) => formatValue('percent', v))).toEqual(['16.0%', '16.3%', '20.0%']);
  });
});
