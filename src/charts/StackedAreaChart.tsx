import { useMemo } from 'react';
import { AreaMarks, type AreaMarkLayer } from './AreaMarks.tsx';
import { Axis } from './Axis.tsx';
import { ChartSvg, TIME_CHART_KEYBOARD_HINT } from './ChartSvg.tsx';
import { EndLabelMarks } from './EndLabelMarks.tsx';
import { GapMarks } from './GapMarks.tsx';
import { formatMonthLong, formatMonthSpan } from './monthFormat.ts';
import { seriesColor } from './palette.ts';
import { stackModel } from './stackModel.ts';
import { defaultChartHeight, timeChartLayout } from './timeChartLayout.ts';
import { HoverRule, LiveAnnouncer, TimeTooltip } from './TimeTooltip.tsx';
import { clampIndexRange, type IndexRange, type TimeSeries } from './timeSeriesModel.ts';
import { useElementWidth } from './useElementWidth.ts';
import { useTimeHover } from './useTimeHover.ts';
import { formatValue, type ValueFormatKind } from './valueFormat.ts';

export interface StackedAreaChartProps {
  title: string;
  description: string;
  months: readonly string[];
  /** Layers in legend order; they are stacked largest-first whatever the order here. */
  series: readonly TimeSeries[];
  range?: IndexRange;
  valueFormat?: ValueFormatKind;
  yAxisTitle?: string;
  /** Label of the tooltip's total row; no total row when omitted. */
  totalLabel?: string;
  width?: number;
  height?: number;
}

export function StackedAreaChart({
  title,
  description,
  months,
  series,
  range: requestedRange,
  valueFormat = 'number',
  yAxisTitle,
  totalLabel,
  width: fixedWidth,
  height: fixedHeight,
}: StackedAreaChartProps) {
  const [containerRef, measuredWidth] = useElementWidth();
  const width = fixedWidth ?? measuredWidth;
  const height = fixedHeight ?? defaultChartHeight(width);
  const range = useMemo(
    () =>
      clampIndexRange(requestedRange ?? { from: 0, to: months.length - 1 }, months.length) ?? {
        from: 0,
        to: 0,
      },
    [requestedRange?.from, requestedRange?.to, months.length],
  );
  const hasData = months.length > 0 && series.length > 0;

  const model = useMemo(() => {
    const stacked = stackModel(series, range);
    const colors = series.map((s, i) => s.color ?? seriesColor(i));
    return { stacked, colors };
  }, [series, range]);

  const layout = useMemo(() => {
    // Labels sit at the middle of each layer in the last month that has a full stack.
    const endLabels = model.stacked.layers.flatMap((layer) => {
      const lastSegment = layer.segments[layer.segments.length - 1];
      const last = lastSegment?.[lastSegment.length - 1];
      return last ? [{ id: layer.id, text: layer.label, value: (last.y0 + last.y1) / 2 }] : [];
    });
    // Top layer first, so label priority follows reading order.
    endLabels.reverse();
    return timeChartLayout({
      width,
      height,
      months,
      range,
      yDomain: [0, model.stacked.yMax],
      scaleType: 'linear',
      format: valueFormat,
      hasYTitle: Boolean(yAxisTitle),
      endLabels,
    });
  }, [width, height, months, range, model, valueFormat, yAxisTitle]);

  // Keyboard order follows the visual order, top layer first.
  const readingOrder = useMemo(() => [...model.stacked.layers].reverse().map((l) => l.seriesIndex), [model]);

  const [hover, handlers] = useTimeHover({
    range,
    seriesCount: readingOrder.length,
    xScale: layout.x.scale,
    plotLeft: layout.margin.left,
  });

  const marks = useMemo(() => {
    const { x, y, plotWidth, plotHeight, labels } = layout;
    const layers: AreaMarkLayer[] = model.stacked.layers.map((layer) => ({
      id: layer.id,
      label: layer.label,
      color: model.colors[layer.seriesIndex] ?? seriesColor(layer.seriesIndex),
      segments: layer.segments.map((seg) =>
        seg.map((p) => ({ x: x.scale(p.index), y0: y.scale(p.y0), y1: y.scale(p.y1) })),
      ),
    }));
    const clampX = (index: number) => Math.min(plotWidth, Math.max(0, x.scale(index)));
    const gapMarks = model.stacked.gaps.map((g) => {
      const x0 = clampX(g.from - 0.5);
      const x1 = clampX(g.to + 0.5);
      const w = Math.max(3, x1 - x0);
      return {
        x: Math.max(0, Math.min(plotWidth - w, (x0 + x1) / 2 - w / 2)),
        width: w,
        label: `no data: ${formatMonthSpan(months[g.from] ?? '', months[g.to] ?? '')}`,
      };
    });
    const endLabels = labels
      .filter((l) => l.isVisible)
      .map((l) => {
        const i = series.findIndex((s) => s.id === l.id);
        return { id: l.id, text: l.text, color: model.colors[i] ?? seriesColor(i), x: plotWidth + 4, y: l.y };
      });
    return (
      <>
        <Axis
          orientation="left"
          ticks={y.ticks}
          length={plotHeight}
          gridLength={plotWidth}
          title={yAxisTitle}
        />
        <AreaMarks layers={layers} />
        <g transform={`translate(0,${plotHeight})`}>
          <Axis orientation="bottom" ticks={x.ticks} length={plotWidth} />
        </g>
        <GapMarks gaps={gapMarks} height={plotHeight} />
        <EndLabelMarks labels={endLabels} keyShape="area" />
      </>
    );
  }, [layout, model, series, months, yAxisTitle]);

  const hoverIndex = hover.index;
  const hoverMonth = hoverIndex === null ? undefined : months[hoverIndex];
  const activeSeries = series[readingOrder[hover.seriesIndex] ?? -1];
  const isHoverGap =
    hoverIndex !== null && model.stacked.gaps.some((g) => hoverIndex >= g.from && hoverIndex <= g.to);
  const message =
    hover.isKeyboard && hoverIndex !== null && hoverMonth && activeSeries
      ? `${formatMonthLong(hoverMonth)}, ${activeSeries.label}: ${formatValue(
          valueFormat,
          activeSeries.values[hoverIndex] ?? null,
        )}`
      : '';
  const hoverX = hoverIndex === null ? 0 : layout.x.scale(hoverIndex);
  const total =
    hoverIndex === null || isHoverGap
      ? null
      : series.reduce((sum, s) => sum + (s.values[hoverIndex] ?? 0), 0);

  return (
    <div className="bh-chart" ref={containerRef}>
      <ChartSvg
        width={width}
        height={height}
        title={title}
        description={description}
        keyboardHint={hasData ? TIME_CHART_KEYBOARD_HINT : undefined}
        tabIndex={hasData ? 0 : undefined}
        {...(hasData ? handlers : {})}
      >
        <g transform={`translate(${layout.margin.left},${layout.margin.top})`}>
          {hasData ? (
            marks
          ) : (
            <text x={layout.plotWidth / 2} y={layout.plotHeight / 2} textAnchor="middle" fill="currentColor">
              No data to show
            </text>
          )}
          {hoverIndex !== null && (
            <HoverRule
              x={hoverX}
              height={layout.plotHeight}
              points={
                isHoverGap
                  ? []
                  : model.stacked.layers.flatMap((layer) => {
                      const point = layer.segments.flat().find((p) => p.index === hoverIndex);
                      if (!point) return [];
                      return [
                        {
                          id: layer.id,
                          x: hoverX,
                          y: layout.y.scale(point.y1),
                          color: model.colors[layer.seriesIndex] ?? seriesColor(layer.seriesIndex),
                          isActive: hover.isKeyboard && readingOrder[hover.seriesIndex] === layer.seriesIndex,
                        },
                      ];
                    })
              }
            />
          )}
        </g>
      </ChartSvg>
      {hoverIndex !== null && hoverMonth && (
        <TimeTooltip
          heading={formatMonthLong(hoverMonth)}
          x={layout.margin.left + hoverX}
          containerWidth={width}
          rows={readingOrder.flatMap((seriesIndex, position) => {
            const s = series[seriesIndex];
            if (!s) return [];
            return [
              {
                id: s.id,
                label: s.label,
                color: model.colors[seriesIndex] ?? seriesColor(seriesIndex),
                valueText: formatValue(valueFormat, s.values[hoverIndex] ?? null),
                isActive: hover.isKeyboard && position === hover.seriesIndex,
              },
            ];
          })}
          {...(totalLabel
            ? {
                footer: {
                  id: '__total',
                  label: totalLabel,
                  color: 'transparent',
                  valueText: formatValue(valueFormat, total),
                },
              }
            : {})}
        />
      )}
      <LiveAnnouncer message={message} />
    </div>
  );
}
