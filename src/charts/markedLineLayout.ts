// Layout for MarkedLineChart: a time chart whose value axis may be a rank (1 at the top), whose time
// axis may run past the last month with data (to show a future target), and which carries numbered
// markers for dated events. Pure: pixels only, no DOM.
import { scaleLinear } from 'd3';
import type { AxisTick } from './axisTick.ts';
import { layoutLineLabels, type PlacedLabel } from './lineLabelLayout.ts';
import { estimateTextWidth, truncateToWidth } from './textWidth.ts';
import { timeAxisLayout, type TimeAxisLayout } from './timeAxisLayout.ts';
import type { Margin } from './timeChartLayout.ts';
import type { IndexRange, ScaleType } from './timeSeriesModel.ts';
import { valueAxisLayout, type ValueAxisLayout } from './valueAxisLayout.ts';
import type { ValueFormatKind } from './valueFormat.ts';

export type MarkedValueAxis =
  | { kind: 'value'; scaleType: ScaleType; format: ValueFormatKind }
  /** Ranks: 1 at the top, whole numbers only, down to `worst` (at least 2). */
  | { kind: 'rank' };

/**
 * A rank axis: reversed (rank 1 at the top), whole-number ticks that always include 1 and never 0.
 * The tick step is the smallest of 1, 2, 5, 10, 20… whose labels keep `fontSize + 6` px apart.
 */
export function rankAxisLayout(worst: number, plotHeight: number, fontSize = 12): ValueAxisLayout {
  const bottom = Math.max(2, Math.ceil(worst));
  const scale = scaleLinear().domain([1, bottom]).range([0, plotHeight]);
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500];
  let step = steps[steps.length - 1] ?? 500;
  for (const s of steps) {
    if ((plotHeight / Math.max(1, bottom - 1)) * s >= fontSize + 6) {
      step = s;
      break;
    }
  }
  const values: number[] = [1];
  for (let v = step; v <= bottom; v += step) if (v > 1) values.push(v);
  // Keep 1 readable: drop a neighbour that would sit on top of it.
  const ticks: AxisTick[] = values
    .filter((v, i) => i === 0 || scale(v) - scale(1) >= fontSize + 2)
    .map((v) => ({ value: v, offset: scale(v), label: String(v) }));
  const maxLabelWidth = Math.max(0, ...ticks.map((t) => estimateTextWidth(t.label, fontSize)));
  return { scale, ticks, maxLabelWidth };
}

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

export interface MarkedLayout {
  margin: Margin;
  plotWidth: number;
  plotHeight: number;
  x: TimeAxisLayout;
  y: ValueAxisLayout;
  labels: (PlacedLabel & { text: string })[];
  /** y of the marker badges (above the plot, in plot coordinates). */
  markerY: number;
}

export function markedLineLayout(input: MarkedLayoutInput): MarkedLayout {
  const { width, height, months, range, yAxis, yDomain, endLabels, fontSize = 12 } = input;
  const markerRow = input.hasMarkers ? 22 : 0;
  const top = (input.hasYTitle ? 28 : 14) + markerRow;
  const bottom = 28;
  const plotHeight = Math.max(40, height - top - bottom);
  const y =
    yAxis.kind === 'rank'
      ? rankAxisLayout(yDomain[1], plotHeight, fontSize)
      : valueAxisLayout({
          domain: yDomain,
          scaleType: yAxis.scaleType,
          range: [plotHeight, 0],
          orientation: 'vertical',
          format: yAxis.format,
          fontSize,
        });
  const left = Math.ceil(y.maxLabelWidth + 10);
  const maxRight = Math.max(48, Math.floor(width * (width < 480 ? 0.3 : 0.25)));
  const widest = Math.max(0, ...endLabels.map((l) => estimateTextWidth(l.text, fontSize)));
  const right = endLabels.length === 0 ? 16 : Math.min(maxRight, Math.ceil(widest * 1.1 + 24));
  const plotWidth = Math.max(40, width - left - right);
  const x = timeAxisLayout(months, range, plotWidth, fontSize);
  const placed = layoutLineLabels(
    endLabels.map((l) => ({ id: l.id, y: y.scale(l.value), height: fontSize + 3 })),
    [0, plotHeight],
  );
  const labels = placed.map((p, i) => ({
    ...p,
    text: truncateToWidth(endLabels[i]?.text ?? '', (right - 24) / 1.1, fontSize),
  }));
  // Badges sit in their own row at the very top, above the y-axis title.
  return { margin: { top, right, bottom, left }, plotWidth, plotHeight, x, y, labels, markerY: -top + 10 };
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
