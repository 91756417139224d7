import { describe, expect, it } from 'vitest';
import { stackYears } from '../../../src/features/fatalities/yearStackModel.ts';
import { yearLineModel } from '../../../src/features/fatalities/yearLineModel.ts';
import { yearTicks } from '../../../src/features/fatalities/yearChartLayout.ts';
import { fatalitiesGoldens } from '../golden/fatalities.tsx';
import { markupOf } from '../golden/golden.ts';

describe('year chart models', () => {
  it('stacks layers bottom first and leaves out empty segments', () => {
    const { segments, yMax } = stackYears(
      [2015, 2016],
      [
        { id: 'a', label: 'A', color: 'red', values: [2, 0] },
        { id: 'b', label: 'B', color: 'blue', values: [1, 3] },
      ],
    );
    expect(segments.map((s) => [s.year, s.id, s.y0, s.y1])).toEqual([
      [2015, 'a', 0, 2],
      [2015, 'b', 2, 3],
      [2016, 'b', 0, 3],
    ]);
    expect(yMax).toBe(3);
  });

  it('breaks a yearly line where a year has no value and labels the last value', () => {
    const model = yearLineModel([2015, 2016, 2017, 2018], [{ id: 'x', label: 'X', values: [1, null, 2, 3] }]);
    expect(model.series[0]?.segments.map((s) => s.map((p) => p.year))).toEqual([[2015], [2017, 2018]]);
    expect(model.ends).toEqual([{ id: 'x', label: 'X', value: 3 }]);
  });

  it('thins year ticks to every 5 or 10 years on a narrow axis', () => {
    const many = Array.from({ length: 36 }, (_, i) => 1990 + i);
    const narrow = yearTicks(many, (y) => ((y - 1990) / 35) * 240, 240);
    expect(narrow.every((t) => t.value % 10 === 0)).toBe(true);
    const wide = yearTicks(many, (y) => ((y - 1990) / 35) * 1200, 1200);
    expect(wide.length).toBeGreaterThan(narrow.length);
  });
});

describe('the fatalities view’s year charts’ markup (pictures: tests/unit/golden)', () => {
  it('draws one bar segment per non-empty year and layer', () => {
    expect(markupOf(fatalitiesGoldens, 'year-bar-chart').match(/<rect class="bh-year-bar"/g)).toHaveLength(8);
  });

  it('draws a dot for every yearly value and the end labels', () => {
    expect(markupOf(fatalitiesGoldens, 'year-line-chart').match(/<circle/g)).toHaveLength(11);
  });
});
