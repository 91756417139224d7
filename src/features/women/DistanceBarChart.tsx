import { scaleBand, scaleLinear } from 'd3';
import { memo, useMemo } from 'react';
import { BarMarks, type BarMark } from '../../charts/BarMarks.tsx';
import { ChartSvg } from '../../charts/ChartSvg.tsx';
import { rankingModel, type RankInput } from '../../charts/rankingModel.ts';
import { estimateTextWidth, truncateToWidth } from '../../charts/textWidth.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';

export interface DistanceBarChartProps {
  title: string;
  description: string;
  /** Values may be negative (below target) or positive (above). */
  items: readonly RankInput[];
  topN?: number;
  highlightedIds?: readonly string[];
  /** Text of a value, e.g. "+2.1 points". */
  formatValue: (value: number) => string;
  /** Words for the two sides of zero, e.g. ["below target", "above target"]. */
  sideLabels: readonly [string, string];
  width?: number;
  rowHeight?: number;
}

const FONT = 12;
const NO_IDS: readonly string[] = [];

/** A bar of the diverging ranking: the kit's bar marks with its side of zero. */
export type DistanceBar = BarMark & { isNegative: boolean };

/** Pixels of a diverging ranking: rank and name columns, then bars left or right of a zero line. */
export function distanceLayout(options: {
  items: readonly RankInput[];
  topN?: number;
  highlightedIds: readonly string[];
  formatValue: (v: number) => string;
  width: number;
  rowHeight: number;
}) {
  const { items, topN, highlightedIds, formatValue, width, rowHeight } = options;
  const model = rankingModel(items, {
    ...(topN !== undefined ? { topN } : {}),
    alwaysIncludeIds: highlightedIds,
  });
  const top = 22;
  const rankTexts = model.bars.map((b) => `${b.isTied ? '=' : ''}${b.rank}`);
  const rankColumn = Math.max(0, ...rankTexts.map((t) => estimateTextWidth(t, FONT))) + 8;
  const labelColumn =
    rankColumn +
    Math.min(Math.max(0, ...model.bars.map((b) => estimateTextWidth(b.label, FONT) * 1.1)) + 4, width * 0.35);
  const valueTexts = model.bars.map((b) => formatValue(b.value));
  const valueRoom = Math.max(0, ...valueTexts.map((t) => estimateTextWidth(t, FONT))) + 8;
  const lo = Math.min(0, ...model.bars.map((b) => b.value));
  const hi = Math.max(0, ...model.bars.map((b) => b.value));
  const x0 = labelColumn + 8 + (lo < 0 ? valueRoom : 0);
  const x1 = Math.max(x0 + 20, width - (hi > 0 ? valueRoom : 8));
  const x = scaleLinear()
    .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
    .range([x0, x1]);
  const y = scaleBand<string>()
    .domain(model.bars.map((b) => b.id))
    .range([top, top + model.bars.length * rowHeight])
    .paddingInner(0.25)
    .paddingOuter(0.125);
  const bars: DistanceBar[] = model.bars.map((b, i) => ({
    id: b.id,
    rankText: rankTexts[i] ?? '',
    label: truncateToWidth(b.label, (labelColumn - rankColumn) / 1.1, FONT),
    valueText: valueTexts[i] ?? '',
    ariaLabel: `Rank ${b.rank}, ${b.label}: ${valueTexts[i] ?? ''}${highlightedIds.includes(b.id) ? ' (highlighted)' : ''}`,
    y: y(b.id) ?? 0,
    height: y.bandwidth(),
    x0: x(0),
    x1: x(b.value),
    isNegative: b.value < 0,
    isHighlighted: highlightedIds.includes(b.id),
  }));
  return {
    bars,
    zeroX: x(0),
    labelX: labelColumn,
    top,
    height: top + model.bars.length * rowHeight + 4,
    missing: model.missing.length,
  };
}

/**
 * A ranking whose values can fall either side of zero (distance to a target): bars grow left for
 * "below", right for "above", from one zero line. Highlighted rows are bold as well as coloured.
 */
export function DistanceBarChart({
  title,
  description,
  items,
  topN,
  highlightedIds = NO_IDS,
  formatValue,
  sideLabels,
  width: fixedWidth,
  rowHeight = 24,
}: DistanceBarChartProps) {
  const [ref, measured] = useElementWidth();
  const width = fixedWidth ?? measured;
  const layout = useMemo(
    () =>
      distanceLayout({
        items,
        ...(topN !== undefined ? { topN } : {}),
        highlightedIds,
        formatValue,
        width,
        rowHeight,
      }),
    [items, topN, highlightedIds, formatValue, width, rowHeight],
  );
  return (
    <div className="bh-chart" ref={ref}>
      <ChartSvg width={width} height={layout.height} title={title} description={description}>
        <DistanceMarks layout={layout} sideLabels={sideLabels} />
      </ChartSvg>
    </div>
  );
}

const DistanceMarks = memo(function DistanceMarks({
  layout,
  sideLabels,
}: {
  layout: ReturnType<typeof distanceLayout>;
  sideLabels: readonly [string, string];
}) {
  const { bars, zeroX, labelX, top, height } = layout;
  return (
    <g className="bh-distance" fontSize={FONT}>
      <text x={zeroX - 6} y={12} textAnchor="end" fill="currentColor" className="bh-chart-note">
        ← {sideLabels[0]}
      </text>
      <text x={zeroX + 6} y={12} fill="currentColor" className="bh-chart-note">
        {sideLabels[1]} →
      </text>
      <BarMarks bars={bars} labelX={labelX} fontSize={FONT} minBarWidth={1} />
      <line x1={zeroX} x2={zeroX} y1={top - 4} y2={height} stroke="currentColor" strokeWidth={1} />
    </g>
  );
});
