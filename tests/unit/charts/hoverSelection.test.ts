import { describe, expect, it } from 'vitest';
import { hoverSelection, MAX_HOVER_ROWS } from '../../../src/charts/hoverSelection.ts';

const series = (values: readonly (number | null)[]) => values.map((v, i) => ({ id: `s${i}`, values: [v] }));

describe('hoverSelection', () => {
  it('lists every series, in the chart order, when there are a dozen or fewer', () => {
    const s = series([5, null, 9]);
    expect(hoverSelection(s, 0, { activeIndex: null, highlightedIds: [] })).toEqual({
      indexes: [0, 1, 2],
      omitted: 0,
    });
  });

  it('with many series lists the largest values that month and counts the rest that have data', () => {
    // 20 series with values 0…19, two without data.
    const values: (number | null)[] = Array.from({ length: 20 }, (_, i) => i);
    values[3] = null;
    values[19] = null;
    const result = hoverSelection(series(values), 0, { activeIndex: null, highlightedIds: [] });
    expect(result.indexes).toEqual([18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7]);
    expect(result.indexes).toHaveLength(MAX_HOVER_ROWS);
    expect(result.omitted).toBe(18 - 12);
  });

  it('keeps the keyboard cursor and highlighted series in the reading, even when small or without data', () => {
    const values: (number | null)[] = Array.from({ length: 30 }, (_, i) => 100 + i);
    values[0] = null;
    const result = hoverSelection(series(values), 0, { activeIndex: 0, highlightedIds: ['s1'] });
    expect(result.indexes).toHaveLength(MAX_HOVER_ROWS);
    expect(result.indexes).toContain(0);
    expect(result.indexes).toContain(1);
    // Largest first; the cursor's series has no value that month, so it comes last.
    expect(result.indexes[0]).toBe(29);
    expect(result.indexes.at(-1)).toBe(0);
    expect(result.omitted).toBe(29 - 11);
  });
});
