import { useMemo } from 'react';
import { Axis } from '../../charts/Axis.tsx';
import { ChartSvg } from '../../charts/ChartSvg.tsx';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import { stackYears, type YearSeries } from './yearStackModel.ts';
import { yearBarLayout, yearChartHeight } from './yearChartLayout.ts';

export interface YearBarChartProps {
  title: string;
  description: string;
  years: readonly number[];
  /** Layers, bottom first. */
  series: readonly YearSeries[];
  yAxisTitle?: string;
  width?: number;
  height?: number;
}

/** Stacked bars, one per year; every segment names its year, layer and count. */
export function YearBarChart({
  title,
  description,
  years,
  series,
  yAxisTitle,
  width: fixedWidth,
  height: fixedHeight,
}: YearBarChartProps) {
  const [containerRef, measuredWidth] = useElementWidth();
  const width = fixedWidth ?? measuredWidth;
  const height = fixedHeight ?? yearChartHeight(width);
  const model = useMemo(() => stackYears(years, series), [years, series]);
  const layout = useMemo(
    () => yearBarLayout({ width, height, years, yMax: model.yMax, hasYTitle: Boolean(yAxisTitle) }),
    [width, height, years, model.yMax, yAxisTitle],
  );
  const hasData = years.length > 0 && model.yMax > 0;
  const { x, y, plotWidth, plotHeight } = layout;
  return (
    <div className="bh-chart" ref={containerRef}>
      <ChartSvg width={width} height={height} title={title} description={description}>
        <g transform={`translate(${layout.margin.left},${layout.margin.top})`}>
          <Axis
            orientation="left"
            ticks={y.ticks}
            length={plotHeight}
            gridLength={plotWidth}
            title={yAxisTitle}
          />
          {hasData ? (
            <g className="bh-year-bars">
              {model.segments.map((s) => (
                <rect
                  key={`${s.id}-${s.year}`}
                  className="bh-year-bar"
                  x={x(s.year) ?? 0}
                  width={x.bandwidth()}
                  y={y.scale(s.y1)}
                  height={Math.max(0, y.scale(s.y0) - y.scale(s.y1))}
                  fill={s.color}
                  // A hairline in the background colour between stacked segments: neighbouring layers
                  // stay apart for readers who cannot tell the palette's colours apart.
                  stroke="var(--bh-bg, #ffffff)"
                  strokeWidth={0.75}
                  aria-label={`${s.year}, ${s.label}: ${s.value}`}
                >
                  <title>{`${s.year}, ${s.label}: ${s.value}`}</title>
                </rect>
              ))}
            </g>
          ) : (
            <text x={plotWidth / 2} y={plotHeight / 2} textAnchor="middle" fill="currentColor">
              No deaths recorded
            </text>
          )}
          <g transform={`translate(0,${plotHeight})`}>
            <Axis orientation="bottom" ticks={layout.xTicks} length={plotWidth} />
          </g>
        </g>
      </ChartSvg>
    </div>
  );
}
