import { useCallback, useMemo } from 'react';
import { AreaMarks, type AreaMarkLayer } from './AreaMarks.tsx';
import { EndLabelMarks } from './EndLabelMarks.tsx';
import { GapMarks } from './GapMarks.tsx';
import { seriesColor } from './palette.ts';
import { unlabelledSeries } from './seriesLegend.ts';
import { SeriesLegend } from './SeriesLegend.tsx';
import { stackModel, type StackPoint } from './stackModel.ts';
import { defaultChartHeight, timeChartLayout } from './timeChartLayout.ts';
import { TimeAxes, TimeChartFrame, type ReadMonth } from './TimeChartFrame.tsx';
import { endLabelMarks, gapMarks, useClampedRange } from './timeChartMarks.ts';
import type { IndexRange, TimeSeries } from './timeSeriesModel.ts';
import { useElementWidth } from './useElementWidth.ts';
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
  const range = useClampedRange(requestedRange, months.length);
  const hasData = months.length > 0 && series.length > 0;

  const model = useMemo(() => {
    const stacked = stackModel(series, range);
    const colors = series.map((s, i) => s.color ?? seriesColor(i));
    return { stacked, colors };
  }, [series, range]);

  const layout = useMemo(() => {
    // Labels sit at the middle of each layer in the last month that has a full stack.
    // A layer of zero height there (a type not reported in those years) has nothing to label.
    const endLabels = model.stacked.layers.flatMap((layer) => {
      const lastSegment = layer.segments[layer.segments.length - 1];
      const last = lastSegment?.[lastSegment.length - 1];
      return last && last.value > 0
        ? [{ id: layer.id, text: layer.label, value: (last.y0 + last.y1) / 2 }]
        : [];
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

  const marks = useMemo(() => {
    const { x, y, plotWidth, plotHeight, labels } = layout;
    const colorOf = (id: string) => {
      const i = series.findIndex((s) => s.id === id);
      return model.colors[i] ?? seriesColor(i);
    };
    const layers: AreaMarkLayer[] = model.stacked.layers.map((layer) => ({
      id: layer.id,
      label: layer.label,
      color: model.colors[layer.seriesIndex] ?? seriesColor(layer.seriesIndex),
      segments: bridgeSingleMonthGaps(layer.segments).map((seg) =>
        seg.map((p) => ({ x: x.scale(p.index), y0: y.scale(p.y0), y1: y.scale(p.y1) })),
      ),
    }));
    // A single missing month is bridged by the areas and marked on the time axis; longer gaps keep
    // their full-height band.
    const gaps = gapMarks(model.stacked.gaps, months, x.scale, plotWidth).map((g, i) => {
      const gap = model.stacked.gaps[i];
      return gap && gap.from === gap.to ? { ...g, extent: 'foot' as const } : g;
    });
    return (
      <>
        <TimeAxes
          xTicks={x.ticks}
          yTicks={y.ticks}
          plotWidth={plotWidth}
          plotHeight={plotHeight}
          yAxisTitle={yAxisTitle}
        >
          <AreaMarks layers={layers} />
        </TimeAxes>
        <GapMarks gaps={gaps} height={plotHeight} />
        <EndLabelMarks labels={endLabelMarks(labels, colorOf, plotWidth)} keyShape="area" />
      </>
    );
  }, [layout, model, series, months, yAxisTitle]);

  // The legend names only the layers drawn in the range that the end labels leave unnamed (a layer that
  // stops before the range ends, or whose label found no room); a layer of no height is not on the chart.
  const legend = useMemo(() => {
    const labelled = new Set(layout.labels.filter((l) => l.isVisible).map((l) => l.id));
    const drawn = new Set(
      model.stacked.layers
        .filter((l) => l.segments.some((seg) => seg.some((p) => p.value > 0)))
        .map((l) => l.id),
    );
    const items = unlabelledSeries(
      series.map((s, i) => ({
        id: s.id,
        label: s.label,
        color: model.colors[i] ?? seriesColor(i),
        hasData: drawn.has(s.id),
      })),
      labelled,
    );
    return <SeriesLegend items={items} keyShape="area" />;
  }, [layout, model, series]);

  const read: ReadMonth = useCallback(
    (index, hover) => {
      // What the table says: "no data" where the source does not report the layer, not its drawn 0.
      const readOut = (s: TimeSeries) => formatValue(valueFormat, (s.readings ?? s.values)[index] ?? null);
      const isGap = model.stacked.gaps.some((g) => index >= g.from && index <= g.to);
      const activeSeries = series[readingOrder[hover.seriesIndex] ?? -1];
      const total = isGap ? null : series.reduce((sum, s) => sum + (s.values[index] ?? 0), 0);
      return {
        dots: isGap
          ? []
          : model.stacked.layers.flatMap((layer) => {
              const point = layer.segments.flat().find((p) => p.index === index);
              if (!point) return [];
              return [
                {
                  id: layer.id,
                  y: layout.y.scale(point.y1),
                  color: model.colors[layer.seriesIndex] ?? seriesColor(layer.seriesIndex),
                  isActive: hover.isKeyboard && readingOrder[hover.seriesIndex] === layer.seriesIndex,
                },
              ];
            }),
        rows: readingOrder.flatMap((seriesIndex, position) => {
          const s = series[seriesIndex];
          if (!s) return [];
          return [
            {
              id: s.id,
              label: s.label,
              color: model.colors[seriesIndex] ?? seriesColor(seriesIndex),
              valueText: readOut(s),
              isActive: hover.isKeyboard && position === hover.seriesIndex,
            },
          ];
        }),
        ...(totalLabel
          ? {
              footer: {
                id: '__total',
                label: totalLabel,
                color: 'transparent',
                valueText: formatValue(valueFormat, total),
              },
            }
          : {}),
        announcement: activeSeries ? `${activeSeries.label}: ${readOut(activeSeries)}` : '',
      };
    },
    [model, series, readingOrder, layout, valueFormat, totalLabel],
  );

  return (
    <TimeChartFrame
      containerRef={containerRef}
      width={width}
      height={height}
      title={title}
      description={description}
      layout={layout}
      months={months}
      readingRange={range}
      seriesCount={readingOrder.length}
      hasData={hasData}
      marks={marks}
      read={read}
      legend={legend}
    />
  );
}

/**
 * Segments joined across single missing months: one missing report would otherwise cut the stack into
 * slabs (the month itself still reads "no data" and is marked on the axis).
 */
export function bridgeSingleMonthGaps(segments: readonly StackPoint[][]): StackPoint[][] {
  const out: StackPoint[][] = [];
  for (const seg of segments) {
    const previous = out[out.length - 1];
    const last = previous?.[previous.length - 1];
    const first = seg[0];
    if (previous && last && first && first.index === last.index + 2) previous.push(...seg);
    else out.push([...seg]);
  }
  return out;
}
