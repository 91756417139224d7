import { LineChart, type LineChartProps } from './LineChart.tsx';
import { LINE_OVERLAYS } from './lineOverlays.tsx';
import type { MarkedValueAxis } from './markedLineLayout.ts';

export type { ChartMarker } from './chartMarker.ts';

export interface MarkedLineChartProps extends Omit<
  LineChartProps,
  'scaleType' | 'valueFormat' | 'yAxis' | 'overlays'
> {
  yAxis?: MarkedValueAxis;
}

// Its own empty list: a marked chart keeps its (empty) marker group, as LineChart does for any given list.
const NO_MARKERS: NonNullable<MarkedLineChartProps['markers']> = [];
const VALUE_AXIS: MarkedValueAxis = { kind: 'value', scaleType: 'linear', format: 'number' };

/**
 * The line chart with its marked-line options (rank axis, future months, event markers); kept as a
 * name for the views that use it. Everything is drawn by LineChart; this wrapper brings the code that
 * draws reference lines and markers (lineOverlays.tsx), which a plain line chart does not load.
 */
export function MarkedLineChart({
  yAxis = VALUE_AXIS,
  markers = NO_MARKERS,
  ...props
}: MarkedLineChartProps) {
  return <LineChart {...props} yAxis={yAxis} markers={markers} overlays={LINE_OVERLAYS} />;
}
