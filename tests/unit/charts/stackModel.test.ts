import { describe, expect, it } from 'vitest';
import { stackModel } from '../../../src/charts/stackModel.ts';
import { makeSeries } from './fixtures.ts';

describe('stackModel', () => {
  const series = [
    makeSeries('police', [10, 10, 10, 10, 10]),
    makeSeries('troops', [100, 110, null, 120, 130]),
    makeSeries('observers', [5, 5, 5, 5, 5]),
  ];
  const model = stackModel(series, { from: 0, to: 4 });

  it('orders layers largest-first from the baseline up', () => {
    expect(model.layers.map((l) => l.id)).toEqual(['troops', 'police', 'observers']);
  });

  it('treats a month where any layer is null as a gap for the whole stack', () => {
    expect(model.gaps).toEqual([{ from: 2, to: 2 }]);
    for (const layer of model.layers) {
      expect(layer.segments.map((s) => s.map((p) => p.index))).toEqual([
        [0, 1],
        [3, 4],
      ]);
    }
  });

  it('stacks each layer on the one below', () => {
    const [troops, police, observers] = model.layers;
    expect(troops?.segments[0]?.[0]).toEqual({ index: 0, y0: 0, y1: 100, value: 100 });
    expect(police?.segments[0]?.[0]).toEqual({ index: 0, y0: 100, y1: 110, value: 10 });
    expect(observers?.segments[1]?.[1]).toEqual({ index: 4, y0: 140, y1: 145, value: 5 });
    expect(model.yMax).toBe(145);
  });

  it('keeps input positions so colours follow series, not stacking order', () => {
    expect(model.layers.map((l) => l.seriesIndex)).toEqual([1, 0, 2]);
  });

  it('guards an empty stack', () => {
    const empty = stackModel([makeSeries('a', [null, null])], { from: 0, to: 1 });
    expect(empty.layers[0]?.segments).toEqual([]);
    expect(empty.yMax).toBe(1);
  });
});
