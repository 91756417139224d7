import { describe, expect, test } from 'vitest';
import { markedLineLayout, placeMarkers, rankAxisLayout } from '../../../src/charts/markedLineLayout.ts';
import { monthEnds } from './fixtures.ts';

describe('rank axis', () => {
  test('rank 1 is at the top and every tick is a whole rank, never 0', () => {
    const axis = rankAxisLayout(57, 300);
    expect(axis.scale(1)).toBe(0);
    expect(axis.scale(57)).toBe(300);
    const values = axis.ticks.map((t) => t.value);
    expect(values[0]).toBe(1);
    expect(values).not.toContain(0);
    expect(values.every((v) => Number.isInteger(v))).toBe(true);
  });

  test('ticks thin out on a short axis so labels keep apart', () => {
    const axis = rankAxisLayout(120, 120);
    const offsets = axis.ticks.map((t) => t.offset);
    offsets.slice(1).forEach((o, i) => expect(o - (offsets[i] ?? 0)).toBeGreaterThanOrEqual(14));
  });

  test('a single rank still gets an axis of at least two', () => {
    expect(rankAxisLayout(1, 200).scale.domain()).toEqual([1, 2]);
  });
});

describe('markers', () => {
  test('badges that would overlap are nudged right; markers outside the range are left out', () => {
    const placed = placeMarkers(
      [
        { id: 'a', index: 10 },
        { id: 'b', index: 11 },
        { id: 'c', index: 99 },
      ],
      { from: 0, to: 50 },
      (i) => i * 4,
      400,
    );
    expect(placed.map((p) => p.id)).toEqual(['a', 'b']);
    expect(placed[1]?.badgeX).toBe(40 + 20);
    expect(placed[1]?.x).toBe(44);
  });

  test('the layout keeps a row for badges above the plot', () => {
    const months = monthEnds('2020-01', 24);
    const withMarkers = markedLineLayout({
      width: 500,
      height: 260,
      months,
      range: { from: 0, to: 23 },
      yAxis: { kind: 'rank' },
      yDomain: [1, 10],
      endLabels: [],
      hasYTitle: true,
      hasMarkers: true,
    });
    const without = markedLineLayout({
      width: 500,
      height: 260,
      months,
      range: { from: 0, to: 23 },
      yAxis: { kind: 'rank' },
      yDomain: [1, 10],
      endLabels: [],
      hasYTitle: true,
      hasMarkers: false,
    });
    expect(withMarkers.margin.top - without.margin.top).toBe(22);
    expect(withMarkers.markerY).toBeLessThan(-20);
  });
});
