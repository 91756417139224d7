// Marked line layout: the time chart layout with a rank axis and a marker row (both are options of
// timeChartLayout now); kept for the marked-line tests and callers. placeMarkers is the marker row.
import { timeChartLayout, type TimeChartLayout, type TimeValueAxis } from './timeChartLayout.ts';
import type { IndexRange } from './timeSeriesModel.ts';

export { rankAxisLayout } from './valueAxisLayout.ts';

export type MarkedValueAxis = TimeValueAxis;

export interface MarkedLayoutInput {
  width: number;
  height: number;
  months: readonly string[];
  range: IndexRange;
  yAxis: MarkedValueAxis;
  /** Value domain for a value axis; the worst rank (largest number) for a rank axis is domain[1]. */
  yDomain: readonly [number, number];
  endLabels: readonly { id: string; text: string; value: number }[];
  hasYTitle: boolean;
  hasMarkers: boolean;
  fontSize?: number;
}

export type MarkedLayout = TimeChartLayout;

export function markedLineLayout(input: MarkedLayoutInput): MarkedLayout {
  return timeChartLayout({
    ...input,
    scaleType: input.yAxis.kind === 'value' ? input.yAxis.scaleType : 'linear',
    format: input.yAxis.kind === 'value' ? input.yAxis.format : 'number',
  });
}

export interface MarkerInput {
  id: string;
  /** Month index on the chart's axis. */
  index: number;
}

/**
 * Marker badges in a row above the plot: each sits over its month, nudged right when it would
 * overlap the previous one (badges are `size` px wide). Markers outside the range are left out.
 */
export function placeMarkers(
  markers: readonly MarkerInput[],
  range: IndexRange,
  xOf: (index: number) => number,
  plotWidth: number,
  size = 18,
): { id: string; x: number; badgeX: number }[] {
  const visible = markers
    .filter((m) => m.index >= range.from && m.index <= range.to)
    .map((m) => ({ id: m.id, x: xOf(m.index) }))
    .sort((a, b) => a.x - b.x);
  const placed: { id: string; x: number; badgeX: number }[] = [];
  for (const m of visible) {
    const previous = placed[placed.length - 1];
    const badgeX = Math.min(plotWidth, Math.max(m.x, previous ? previous.badgeX + size + 2 : -Infinity));
    placed.push({ ...m, badgeX });
  }
  return placed;
}
