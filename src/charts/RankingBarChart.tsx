import { scaleBand, scaleLinear } from 'd3';
import { useMemo } from 'react';
import { BarMarks, type BarMark } from './BarMarks.tsx';
import { ChartSvg } from './ChartSvg.tsx';
import { rankingModel, type RankInput } from './rankingModel.ts';
import { estimateTextWidth, truncateToWidth } from './textWidth.ts';
import { useElementWidth } from './useElementWidth.ts';
import { formatValue, type ValueFormatKind } from './valueFormat.ts';

export interface RankingBarChartProps {
  title: string;
  description: string;
  items: readonly RankInput[];
  /** Show ranks ≤ topN (ties at the cut-off are all kept). */
  topN?: number;
  /** Drawn with the accent fill and a bold label; shown even when outside the top N. */
  highlightedIds?: readonly string[];
  valueFormat?: ValueFormatKind;
  /**
   * Yardsticks among the items ("All UN" beside countries): not ranked, drawn as a dashed line across
   * the bars, labelled with name and value.
   */
  benchmarkIds?: readonly string[];
  width?: number;
  /** Pixels per bar row. */
  rowHeight?: number;
}

const NO_IDS: readonly string[] = [];
const FONT_SIZE = 12;

export function RankingBarChart({
  title,
  description,
  items,
  topN,
  highlightedIds = NO_IDS,
  valueFormat = 'number',
  benchmarkIds = NO_IDS,
  width: fixedWidth,
  rowHeight = 24,
}: RankingBarChartProps) {
  const [containerRef, measuredWidth] = useElementWidth();
  const width = fixedWidth ?? measuredWidth;

  const model = useMemo(
    () =>
      rankingModel(items, {
        ...(topN !== undefined ? { topN } : {}),
        alwaysIncludeIds: highlightedIds,
        benchmarkIds,
      }),
    [items, topN, highlightedIds, benchmarkIds],
  );

  const { bars, height, labelX, note, benchmarks } = useMemo(() => {
    // A row above the bars for the benchmark labels.
    const top = model.benchmarks.length > 0 ? 4 + FONT_SIZE + 8 : 4;
    const rankTexts = model.bars.map((b) => `${b.isTied ? '=' : ''}${b.rank}`);
    const rankColumn = Math.max(0, ...rankTexts.map((t) => estimateTextWidth(t, FONT_SIZE))) + 8;
    const texts = model.bars.map((b) => b.label);
    const valueTexts = model.bars.map((b) => formatValue(valueFormat, b.value));
    // Bold (highlighted) names run about a tenth wider than the estimate.
    const widestName = Math.max(0, ...texts.map((t) => estimateTextWidth(t, FONT_SIZE) * 1.1)) + 4;
    // Names that do not fit a column of 40% of the width go above their bars, at full width, rather than
    // being cut ("MINUSCA (Central African R…" on a phone).
    const isAbove = widestName > width * 0.4;
    const labelColumn = isAbove ? rankColumn : rankColumn + widestName;
    const valueRoom = Math.max(0, ...valueTexts.map((t) => estimateTextWidth(t, FONT_SIZE))) + 8;
    const x0 = isAbove ? rankColumn : labelColumn + 8;
    const rowStep = isAbove ? rowHeight + FONT_SIZE + 2 : rowHeight;
    const x1 = Math.max(x0 + 10, width - valueRoom);
    const max = Math.max(0, ...model.bars.map((b) => b.value), ...model.benchmarks.map((b) => b.value));
    const x = scaleLinear()
      .domain([0, max > 0 ? max : 1])
      .range([x0, x1]);
    const y = scaleBand<string>()
      .domain(model.bars.map((b) => b.id))
      .range([top, top + model.bars.length * rowStep])
      .paddingInner(0.25)
      .paddingOuter(0.125);
    // With names above, each band holds the name line, then the bar.
    const nameRoom = isAbove ? FONT_SIZE + 2 : 0;
    const marks: BarMark[] = model.bars.map((b, i) => ({
      id: b.id,
      rankText: rankTexts[i] ?? '',
      label: isAbove
        ? truncateToWidth(texts[i] ?? '', (width - rankColumn) / 1.1, FONT_SIZE)
        : truncateToWidth(texts[i] ?? '', (labelColumn - rankColumn) / 1.1, FONT_SIZE),
      valueText: valueTexts[i] ?? '',
      ariaLabel: `Rank ${b.rank}${b.isTied ? ' (tied)' : ''}, ${b.label}: ${valueTexts[i] ?? ''}${
        highlightedIds.includes(b.id) ? ' (highlighted)' : ''
      }`,
      y: (y(b.id) ?? 0) + nameRoom,
      height: y.bandwidth() - nameRoom,
      ...(isAbove ? { labelY: (y(b.id) ?? 0) + FONT_SIZE - 1 } : {}),
      x0,
      x1: x(b.value),
      isHighlighted: highlightedIds.includes(b.id),
    }));
    const missingCount = model.missing.length;
    const noteText =
      missingCount > 0
        ? `${missingCount} with no data ${missingCount === 1 ? 'is' : 'are'} not ranked.`
        : null;
    const barsBottom = top + model.bars.length * rowStep;
    const benchmarkMarks = model.benchmarks.map((b) => {
      const text = `${b.label} ${formatValue(valueFormat, b.value)}`;
      const bx = x(b.value);
      // The label runs left of the line when it would leave the chart on the right.
      const isLeft = bx + 4 + estimateTextWidth(text, FONT_SIZE) > width;
      return { id: b.id, x: bx, text, isLeft, y0: top - 2, y1: barsBottom };
    });
    return {
      benchmarks: benchmarkMarks,
      bars: marks,
      labelX: labelColumn,
      height: barsBottom + (noteText ? 24 : 4),
      note: noteText ? { text: noteText, y: barsBottom + 16 } : null,
    };
  }, [model, width, rowHeight, valueFormat, highlightedIds]);

  return (
    <div className="bh-chart" ref={containerRef}>
      <ChartSvg width={width} height={height} title={title} description={description}>
        <BarMarks bars={bars} labelX={labelX} fontSize={FONT_SIZE} />
        {benchmarks.map((b) => (
          <g key={b.id} className="bh-benchmark" role="graphics-symbol" aria-label={`${b.text} (not ranked)`}>
            <line
              x1={b.x}
              x2={b.x}
              y1={b.y0}
              y2={b.y1}
              stroke="currentColor"
              strokeWidth={1.25}
              strokeDasharray="5 4"
            />
            <text
              x={b.isLeft ? b.x - 4 : b.x + 4}
              y={b.y0 - 4}
              textAnchor={b.isLeft ? 'end' : 'start'}
              fontSize={FONT_SIZE}
              fill="currentColor"
            >
              {b.text}
            </text>
          </g>
        ))}
        {note && (
          <text x={0} y={note.y} fontSize={FONT_SIZE} className="bh-chart-note" fill="currentColor">
            {note.text}
          </text>
        )}
      </ChartSvg>
    </div>
  );
}
