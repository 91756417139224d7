import { layoutLineLabels, type PlacedLabel } from './lineLabelLayout.ts';
import { estimateTextWidth, wrapToWidth } from './textWidth.ts';
import { timeAxisLayout, type TimeAxisLayout } from './timeAxisLayout.ts';
import type { IndexRange, ScaleType } from './timeSeriesModel.ts';
import { rankAxisLayout, valueAxisLayout, type ValueAxisLayout } from './valueAxisLayout.ts';
import type { ValueFormatKind } from './valueFormat.ts';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface EndLabelRequest {
  id: string;
  text: string;
  /** Value where the label should sit (last value of a line, middle of a layer). */
  value: number;
}

/** A value axis (linear or log, in a format) or a rank axis: 1 at the top, whole numbers only. */
export type TimeValueAxis =
  { kind: 'value'; scaleType: ScaleType; format: ValueFormatKind } | { kind: 'rank' };

export interface TimeChartLayoutInput {
  width: number;
  height: number;
  months: readonly string[];
  range: IndexRange;
  yDomain: readonly [number, number];
  scaleType: ScaleType;
  format: ValueFormatKind;
  endLabels: readonly EndLabelRequest[];
  fontSize?: number;
  hasYTitle?: boolean;
  /** A rank axis instead of the value axis (the worst rank is yDomain[1]). */
  yAxis?: TimeValueAxis;
  /** Leave a row above the plot for event marker badges. */
  hasMarkers?: boolean;
}

export interface TimeChartLayout {
  margin: Margin;
  plotWidth: number;
  plotHeight: number;
  x: TimeAxisLayout;
  y: ValueAxisLayout;
  /** Placed end labels (plot coordinates), wrapped to the right margin (`lines`; `text` is the first). */
  labels: (PlacedLabel & { text: string; lines: string[] })[];
  /** y of the marker badges (above the plot, in plot coordinates). */
  markerY: number;
}

/** Height that keeps a time chart readable from a phone to a wide screen when the view sets none. */
export function defaultChartHeight(width: number): number {
  return Math.round(Math.min(460, Math.max(260, width * 0.55)));
}

/**
 * Margins, scales, ticks and end-label positions for a time chart. The y axis is laid out first (its
 * ticks depend on height only) so the left margin fits its widest label; the right margin fits the
 * end labels but never takes more than a third of a narrow screen.
 */
export function timeChartLayout(input: TimeChartLayoutInput): TimeChartLayout {
  const { width, height, months, range, yDomain, scaleType, format, endLabels, fontSize = 12 } = input;
  const markerRow = input.hasMarkers ? 22 : 0;
  const top = (input.hasYTitle ? 28 : 14) + markerRow;
  const bottom = 28;
  const plotHeight = Math.max(40, height - top - bottom);
  const y =
    input.yAxis?.kind === 'rank'
      ? rankAxisLayout(yDomain[1], plotHeight, fontSize)
      : valueAxisLayout({
          domain: yDomain,
          scaleType,
          range: [plotHeight, 0],
          orientation: 'vertical',
          format,
          fontSize,
          // Headcounts: whole-number ticks only.
          isCount: format === 'number',
        });
  const left = Math.ceil(y.maxLabelWidth + 10);
  const maxRight = Math.max(48, Math.floor(width * (width < 480 ? 0.3 : 0.25)));
  const widest = Math.max(0, ...endLabels.map((l) => estimateTextWidth(l.text, fontSize)));
  const right = endLabels.length === 0 ? 16 : Math.min(maxRight, Math.ceil(widest * 1.1 + 24));
  const plotWidth = Math.max(40, width - left - right);
  const x = timeAxisLayout(months, range, plotWidth, fontSize);

  const lineHeight = fontSize + 3;
  // A name too long for the margin wraps onto up to three lines rather than being cut.
  const wrapped = endLabels.map((l) => wrapToWidth(l.text, (right - 24) / 1.1, fontSize));
  const placed = layoutLineLabels(
    endLabels.map((l, i) => ({
      id: l.id,
      y: y.scale(l.value),
      height: lineHeight * (wrapped[i]?.length ?? 1),
    })),
    [0, plotHeight],
  );
  const labels = placed.map((p, i) => {
    const lines = wrapped[i] ?? [''];
    return { ...p, text: lines.join(' '), lines };
  });

  // Marker badges sit in their own row at the very top, above the y-axis title.
  return { margin: { top, right, bottom, left }, plotWidth, plotHeight, x, y, labels, markerY: -top + 10 };
}
