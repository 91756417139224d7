import { useMemo } from 'react';
import { Axis } from '../../charts/Axis.tsx';
import { ChartSvg } from '../../charts/ChartSvg.tsx';
import { EndLabelMarks } from '../../charts/EndLabelMarks.tsx';
import { layoutLineLabels } from '../../charts/lineLabelLayout.ts';
import { LineMarks, type LineMarkSeries } from '../../charts/LineMarks.tsx';
import { seriesColor } from '../../charts/palette.ts';
import { wrapToWidth } from '../../charts/textWidth.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import { formatValue, type ValueFormatKind } from '../../charts/valueFormat.ts';
import { yearChartHeight, yearLineLayout } from './yearChartLayout.ts';
import { yearLineModel, type YearLineSeries } from './yearLineModel.ts';

export interface YearLineChartProps {
  title: string;
  description: string;
  years: readonly number[];
  series: readonly YearLineSeries[];
  highlightedIds?: readonly string[];
  yAxisTitle?: string;
  valueFormat?: ValueFormatKind;
  /** Readable unit after a value in a point's label, e.g. "per 1,000 personnel-years". */
  unit?: string;
  /** The value axis reaches at least this: small multiples pass one value to share a scale. */
  yMax?: number;
  /** 'none': no names at the line ends (small multiples key their lines once for every panel). */
  endLabels?: 'auto' | 'none';
  width?: number;
  height?: number;
}

const NO_IDS: readonly string[] = [];

/** Yearly values as lines with a dot per year; a year without a value breaks the line. */
export function YearLineChart({
  title,
  description,
  years,
  series,
  highlightedIds = NO_IDS,
  yAxisTitle,
  valueFormat = 'number',
  unit = '',
  yMax,
  endLabels: endLabelMode = 'auto',
  width: fixedWidth,
  height: fixedHeight,
}: YearLineChartProps) {
  const [containerRef, measuredWidth] = useElementWidth();
  const width = fixedWidth ?? measuredWidth;
  const height = fixedHeight ?? yearChartHeight(width);
  const model = useMemo(() => yearLineModel(years, series), [years, series]);
  const layout = useMemo(
    () =>
      yearLineLayout({
        width,
        height,
        years,
        yMax: Math.max(model.yMax, yMax ?? 0),
        hasYTitle: Boolean(yAxisTitle),
        endLabels: endLabelMode === 'none' ? [] : model.ends.map((e) => e.label),
        format: valueFormat,
      }),
    [width, height, years, model, yAxisTitle, valueFormat, yMax, endLabelMode],
  );
  const { x, y, plotWidth, plotHeight, margin } = layout;
  const colors = series.map((s, i) => s.color ?? seriesColor(i));
  const lines: LineMarkSeries[] = model.series.map((s, i) => ({
    id: s.id,
    label: s.label,
    color: colors[i] ?? seriesColor(i),
    isHighlighted: highlightedIds.includes(s.id),
    segments: s.segments.map((seg) => seg.map((p) => ({ x: x(p.year), y: y.scale(p.value) }))),
  }));
  // Names too long for the margin wrap ("All UN" / "uniformed" / "personnel"), not "All UN un…".
  const nameLines = (id: string) =>
    wrapToWidth(series.find((s) => s.id === id)?.label ?? '', (margin.right - 24) / 1.1);
  const placed = layoutLineLabels(
    (endLabelMode === 'none' ? [] : model.ends).map((e) => ({
      id: e.id,
      y: y.scale(e.value),
      height: 15 * nameLines(e.id).length,
    })),
    [0, plotHeight],
  );
  const endLabels = placed
    .filter((p) => p.isVisible)
    .map((p) => {
      const i = series.findIndex((s) => s.id === p.id);
      const wrapped = nameLines(p.id);
      return {
        id: p.id,
        text: wrapped.join(' '),
        ...(wrapped.length > 1 ? { lines: wrapped } : {}),
        color: colors[i] ?? seriesColor(i),
        x: plotWidth + 4,
        y: p.y,
        isHighlighted: highlightedIds.includes(p.id),
      };
    });
  const hasData = model.series.some((s) => s.segments.length > 0);
  const hasHighlight = highlightedIds.length > 0;
  return (
    <div className="bh-chart" ref={containerRef}>
      <ChartSvg width={width} height={height} title={title} description={description}>
        <g transform={`translate(${margin.left},${margin.top})`}>
          <Axis
            orientation="left"
            ticks={y.ticks}
            length={plotHeight}
            gridLength={plotWidth}
            title={yAxisTitle}
          />
          <g transform={`translate(0,${plotHeight})`}>
            <Axis orientation="bottom" ticks={layout.xTicks} length={plotWidth} />
          </g>
          {hasData ? (
            <>
              {/* With highlights, the other lines step back (thinner, fainter) so the compared ones read first. */}
              <g opacity={hasHighlight ? 0.5 : 1}>
                <LineMarks
                  series={lines.filter((l) => !l.isHighlighted)}
                  strokeWidth={hasHighlight ? 1.5 : 2}
                />
              </g>
              <LineMarks series={lines.filter((l) => l.isHighlighted)} />
              <g className="bh-year-dots">
                {model.series.map((s, i) =>
                  s.segments.flat().map((p) => {
                    const text = `${s.label}, ${p.year}: ${formatValue(valueFormat, p.value)}${unit ? ` ${unit}` : ''}`;
                    const isHighlighted = highlightedIds.includes(s.id);
                    return (
                      <circle
                        key={`${s.id}-${p.year}`}
                        cx={x(p.year)}
                        cy={y.scale(p.value)}
                        r={isHighlighted ? 3.5 : 2.5}
                        fill={colors[i] ?? seriesColor(i)}
                        opacity={hasHighlight && !isHighlighted ? 0.5 : 1}
                        aria-label={text}
                      >
                        <title>{text}</title>
                      </circle>
                    );
                  }),
                )}
              </g>
              {endLabels.length > 0 && <EndLabelMarks labels={endLabels} />}
            </>
          ) : (
            <text x={plotWidth / 2} y={plotHeight / 2} textAnchor="middle" fill="currentColor">
              No data to show
            </text>
          )}
        </g>
      </ChartSvg>
    </div>
  );
}
