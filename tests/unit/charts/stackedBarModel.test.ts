// The stacked bars of "where a country serves": parts stacked in the given order, bars ranked by total,
// the marker (women) kept as given, null never turned into 0.
import { describe, expect, test } from 'vitest';
import { stackedBarModel, type StackedBarInput } from '../../../src/charts/stackedBarModel.ts';

const bar = (id: string, parts: Record<string, number>, marker: number | null = null): StackedBarInput => ({
  id,
  label: id,
  parts,
  marker,
});

describe('stacked bars', () => {
  test('stacks each bar’s parts in the order given, skipping zeros', () => {
    const model = stackedBarModel(
      [bar('A', { staff: 5, troops: 100, police: 0 })],
      ['troops', 'staff', 'police'],
    );
    expect(model.rows[0]?.parts).toEqual([
      { key: 'troops', value: 100, from: 0, to: 100 },
      { key: 'staff', value: 5, from: 100, to: 105 },
    ]);
    expect(model.rows[0]?.total).toBe(105);
    expect(model.keys).toEqual(['troops', 'staff']);
  });

  test('ranks bars by total, equal totals sharing a rank and ordered by label', () => {
    const model = stackedBarModel(
      [bar('C', { troops: 10 }), bar('B', { troops: 30 }), bar('A', { troops: 10 })],
      ['troops'],
    );
    expect(model.rows.map((r) => [r.id, r.rank])).toEqual([
      ['B', 1],
      ['A', 2],
      ['C', 2],
    ]);
    expect(model.max).toBe(30);
  });

  test('keeps only the first topN bars and counts the rest', () => {
    const model = stackedBarModel([bar('A', { t: 3 }), bar('B', { t: 2 }), bar('C', { t: 1 })], ['t'], 2);
    expect(model.rows.map((r) => r.id)).toEqual(['A', 'B']);
    expect(model.hiddenCount).toBe(1);
  });

  test('keeps an unknown marker as null and says whether any bar has one', () => {
    const none = stackedBarModel([bar('A', { t: 3 }, null)], ['t']);
    expect(none.rows[0]?.marker).toBeNull();
    expect(none.hasMarker).toBe(false);
    const some = stackedBarModel([bar('A', { t: 3 }, 0), bar('B', { t: 2 }, null)], ['t']);
    expect(some.rows.map((r) => r.marker)).toEqual([0, null]);
    expect(some.hasMarker).toBe(true);
  });

  test('an empty list gives no bars and a zero axis', () => {
    expect(stackedBarModel([], ['t'])).toEqual({
      rows: [],
      max: 0,
      keys: [],
      hiddenCount: 0,
      hasMarker: false,
    });
  });
});
