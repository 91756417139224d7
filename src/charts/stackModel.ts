import { stack, stackOrderNone, stackOffsetNone } from 'd3';
import type { IndexRange, TimeSeries } from './timeSeriesModel.ts';
import { gapRanges } from './timeSeriesModel.ts';

export interface StackPoint {
  index: number;
  y0: number;
  y1: number;
  value: number;
}

export interface StackedLayer {
  id: string;
  label: string;
  /** Position in the input, so colours stay with a series whatever the stacking order. */
  seriesIndex: number;
  color?: string;
  /** Sum over the visible months that are not gaps; the stacking order key. */
  total: number;
  /** Runs of months between gaps. */
  segments: StackPoint[][];
}

export interface StackModel {
  /** Bottom to top: largest first, so the biggest layer sits on the baseline. */
  layers: StackedLayer[];
  gaps: IndexRange[];
  yMax: number;
}

/**
 * Stacked layers over the visible range. A month where any layer is null is a gap for the whole
 * stack: drawing the others there would misstate the total, and treating null as 0 would invent data.
 */
export function stackModel(series: readonly TimeSeries[], range: IndexRange): StackModel {
  const gaps = gapRanges(series, range, 'any');
  const isGap = (index: number) => gaps.some((g) => index >= g.from && index <= g.to);

  const totals = series.map((s) => {
    let total = 0;
    for (let index = range.from; index <= range.to; index += 1) {
      if (!isGap(index)) total += s.values[index] ?? 0;
    }
    return total;
  });
  const order = series.map((_, i) => i).sort((a, b) => (totals[b] ?? 0) - (totals[a] ?? 0) || a - b);

  const indexes: number[] = [];
  for (let index = range.from; index <= range.to; index += 1) {
    if (!isGap(index)) indexes.push(index);
  }

  const stacked = stack<number, number>()
    .keys(order)
    .value((index, key) => series[key]?.values[index] ?? 0)
    .order(stackOrderNone)
    .offset(stackOffsetNone)(indexes);

  let yMax = 0;
  const layers: StackedLayer[] = stacked.map((layerPoints) => {
    const seriesIndex = layerPoints.key;
    const s = series[seriesIndex];
    const segments: StackPoint[][] = [];
    let current: StackPoint[] = [];
    let previousIndex: number | null = null;
    layerPoints.forEach((p, i) => {
      const index = indexes[i] ?? 0;
      if (previousIndex !== null && index !== previousIndex + 1 && current.length > 0) {
        segments.push(current);
        current = [];
      }
      current.push({ index, y0: p[0], y1: p[1], value: p[1] - p[0] });
      if (p[1] > yMax) yMax = p[1];
      previousIndex = index;
    });
    if (current.length > 0) segments.push(current);
    return {
      id: s?.id ?? String(seriesIndex),
      label: s?.label ?? '',
      seriesIndex,
      ...(s?.color !== undefined ? { color: s.color } : {}),
      total: totals[seriesIndex] ?? 0,
      segments,
    };
  });

  return { layers, gaps, yMax: yMax > 0 ? yMax : 1 };
}
