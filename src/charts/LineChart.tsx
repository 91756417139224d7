import { useCallback, useMemo } from 'react';
import type { ChartMarker } from './chartMarker.ts';
import { EndLabelMarks } from './EndLabelMarks.tsx';
import { GapMarks } from './GapMarks.tsx';
import { hoverSelection } from './hoverSelection.ts';
import type { LineOverlays } from './lineOverlays.tsx';
import { LineMarks, type LineMarkSeries } from './LineMarks.tsx';
import { monthIndex, monthLabel } from '../data/selectors/months.ts';
import { seriesColor } from './palette.ts';
import type { ReferenceSeries } from './referenceStepModel.ts';
import { endsNearRangeEnd, unlabelledSeries } from './seriesLegend.ts';
import { SeriesLegend } from './SeriesLegend.tsx';
import { defaultChartHeight, timeChartLayout, type TimeValueAxis } from './timeChartLayout.ts';
import { TimeAxes, TimeChartFrame, type ReadMonth } from './TimeChartFrame.tsx';
import { defaultGapLabel, endLabelMarks, gapMarks, useClampedRange } from './timeChartMarks.ts';
import {
  gapRanges,
  lastPoint,
  lineSegments,
  valueDomain,
  type IndexRange,
  type ScaleType,
  type TimeSeries,
} from './timeSeriesModel.ts';
import { useElementWidth } from './useElementWidth.ts';
import { formatValue, type ValueFormatKind } from './valueFormat.ts';

export type { ChartMarker } from './chartMarker.ts';

export interface LineChartProps {
  title: string;
  /** One paragraph describing the chart; becomes the svg <desc>. */
  description: string;
  /** Month-end dates 'YYYY-MM-DD', evenly monthly; may run past the data (e.g. to a 2028 target). */
  months: readonly string[];
  series: readonly TimeSeries[];
  /** Visible month indexes (inclusive); all months when omitted. */
  range?: IndexRange;
  scaleType?: ScaleType;
  valueFormat?: ValueFormatKind;
  /** A rank axis (1 at the top) instead of the value axis set by scaleType and valueFormat. */
  yAxis?: TimeValueAxis;
  /** The value axis reaches at least this: panels side by side pass one value to share a scale. */
  yMax?: number | undefined;
  /** Stepped target lines, e.g. yearly gender-parity targets. */
  references?: readonly ReferenceSeries[];
  /** Numbered event badges over their months, each with a dotted rule down the plot. */
  markers?: readonly ChartMarker[];
  /**
   * The code that draws `references` and `markers` (lineOverlays.tsx: LINE_OVERLAYS), passed by
   * MarkedLineChart; without it neither is drawn, and a plain line chart does not load that code.
   */
  overlays?: LineOverlays;
  highlightedIds?: readonly string[];
  yAxisTitle?: string;
  /** Last axis month that can have data; later months are the future (shaded, no gap bands, no reading). */
  lastDataIndex?: number;
  /** Reading of one value for tooltips and announcements; formatValue of the axis format by default. */
  valueText?: (seriesId: string, index: number, value: number | null) => string;
  /** Label of a band of months without data; "no data: …" by default. */
  gapLabel?: (fromMonth: string, toMonth: string) => string;
  /**
   * 'auto': a name at the end of each line that has room, and a legend under the chart for the lines
   * left unnamed. 'none': neither (small multiples, whose page keys the lines once for every panel).
   */
  endLabels?: 'auto' | 'none';
  /** Fixed size (tests, exports); otherwise the width follows the container. */
  width?: number;
  height?: number;
}

const NO_REFERENCES: readonly ReferenceSeries[] = [];
const NO_MARKERS: readonly ChartMarker[] = [];
const NO_IDS: readonly string[] = [];

/**
 * Lines over months in the shared time frame (TimeChartFrame): gaps as breaks with labelled bands,
 * stepped reference lines, end labels, and the hover and keyboard reading. Options cover what the
 * marked line chart added: a rank axis, an axis that runs into the future, and event markers.
 */
export function LineChart({
  title,
  description,
  months,
  series,
  range: requestedRange,
  scaleType: lineScaleType = 'linear',
  valueFormat = 'number',
  yAxis: requestedAxis,
  yMax,
  references = NO_REFERENCES,
  markers = NO_MARKERS,
  overlays,
  highlightedIds = NO_IDS,
  yAxisTitle,
  lastDataIndex,
  valueText,
  gapLabel = defaultGapLabel,
  endLabels: endLabelMode = 'auto',
  width: fixedWidth,
  height: fixedHeight,
}: LineChartProps) {
  const [containerRef, measuredWidth] = useElementWidth();
  const width = fixedWidth ?? measuredWidth;
  const height = fixedHeight ?? defaultChartHeight(width);
  const range = useClampedRange(requestedRange, months.length);
  // The months that can hold data: the range, cut at the last month with data when the axis runs on.
  const dataRange = useMemo(
    () => ({ from: range.from, to: Math.max(range.from, Math.min(range.to, lastDataIndex ?? range.to)) }),
    [range, lastDataIndex],
  );
  const isRank = requestedAxis?.kind === 'rank';
  const scaleType =
    requestedAxis?.kind === 'value' ? requestedAxis.scaleType : isRank ? 'linear' : lineScaleType;
  const format = requestedAxis?.kind === 'value' ? requestedAxis.format : isRank ? 'number' : valueFormat;
  const hasData = months.length > 0 && series.some((s) => s.values.some((v) => v !== null));

  const model = useMemo(() => {
    const colors = series.map((s, i) => s.color ?? seriesColor(i));
    const segments = series.map((s) => lineSegments(s.values, dataRange, scaleType));
    const dataDomain = valueDomain(series, dataRange, scaleType);
    const refs = overlays ? overlays.referenceValues(references, months, range, scaleType === 'log') : [];
    const domain: [number, number] = isRank
      ? [1, dataDomain[1]]
      : [Math.min(dataDomain[0], ...refs), Math.max(dataDomain[1], ...refs, yMax ?? -Infinity)];
    const ends = series.map((s) => lastPoint(s.values, dataRange, scaleType));
    return { colors, segments, domain, ends, gaps: gapRanges(series, dataRange, 'all') };
  }, [series, range, dataRange, scaleType, references, months, isRank, yMax, overlays]);

  const markerIndexes = useMemo(
    () =>
      markers.flatMap((m) => {
        const index = monthIndex(months, m.month);
        return index === null ? [] : [{ ...m, index }];
      }),
    [markers, months],
  );

  const layout = useMemo(
    () =>
      timeChartLayout({
        width,
        height,
        months,
        range,
        yDomain: model.domain,
        scaleType,
        format,
        yAxis: isRank ? { kind: 'rank' } : { kind: 'value', scaleType, format },
        hasYTitle: Boolean(yAxisTitle),
        hasMarkers: markerIndexes.length > 0,
        // Highlighted series first: when labels cannot all fit, theirs are kept. A series with nothing
        // in the range has no end, so no label; one that stops well before the range's end is named by
        // the legend, not in the margin far from its line.
        endLabels: series
          .flatMap((s, i) => {
            if (endLabelMode === 'none') return [];
            const end = model.ends[i];
            return end && endsNearRangeEnd(end.index, dataRange)
              ? [{ id: s.id, text: s.label, value: end.value }]
              : [];
          })
          .sort((a, b) => Number(highlightedIds.includes(b.id)) - Number(highlightedIds.includes(a.id))),
      }),
    [
      width,
      height,
      months,
      range,
      model,
      scaleType,
      format,
      isRank,
      yAxisTitle,
      series,
      highlightedIds,
      markerIndexes.length,
      endLabelMode,
      dataRange,
    ],
  );

  // The legend names only the lines drawn in the range that the end labels leave unnamed.
  const legend = useMemo(() => {
    if (endLabelMode === 'none') return null;
    const labelled = new Set(layout.labels.filter((l) => l.isVisible).map((l) => l.id));
    const items = unlabelledSeries(
      series.map((s, i) => ({
        id: s.id,
        label: s.label,
        color: model.colors[i] ?? seriesColor(i),
        hasData: model.ends[i] !== null && model.ends[i] !== undefined,
      })),
      labelled,
    );
    return <SeriesLegend items={items} />;
  }, [endLabelMode, layout, series, model]);

  // Everything but the hover layer is memoised: moving the pointer renders only the hover layer.
  const marks = useMemo(() => {
    const { x, y, plotWidth, plotHeight, labels } = layout;
    const colorOf = (id: string) => {
      const i = series.findIndex((s) => s.id === id);
      return model.colors[i] ?? seriesColor(i);
    };
    const lines: LineMarkSeries[] = series.map((s, i): LineMarkSeries => ({
      id: s.id,
      label: s.label,
      color: model.colors[i] ?? seriesColor(i),
      isHighlighted: highlightedIds.includes(s.id),
      segments: (model.segments[i] ?? []).map((seg) =>
        seg.map((p) => ({ x: x.scale(p.index), y: y.scale(p.value) })),
      ),
    }));
    // Highlighted lines are drawn last, on top of the others.
    lines.sort((a, b) => Number(a.isHighlighted ?? false) - Number(b.isHighlighted ?? false));
    // The future (past the last month with data) is shaded lightly, so an empty stretch reads as "not yet".
    const futureX =
      lastDataIndex !== undefined && lastDataIndex < range.to
        ? Math.min(plotWidth, Math.max(0, x.scale(lastDataIndex + 0.5)))
        : null;
    return (
      <>
        {futureX !== null && (
          <g
            className="bh-future"
            role="graphics-symbol"
            aria-label={`after ${monthLabel(months[lastDataIndex ?? 0] ?? '')}: no data yet`}
          >
            <rect
              x={futureX}
              width={Math.max(0, plotWidth - futureX)}
              height={plotHeight}
              fill="var(--bh-grid, #dadce0)"
              opacity={0.35}
            />
          </g>
        )}
        <TimeAxes
          xTicks={x.ticks}
          yTicks={y.ticks}
          plotWidth={plotWidth}
          plotHeight={plotHeight}
          yAxisTitle={yAxisTitle}
        />
        <GapMarks gaps={gapMarks(model.gaps, months, x.scale, plotWidth, gapLabel)} height={plotHeight} />
        <LineMarks series={lines} />
        {/* Over the data lines, so a target's label (with its halo) is never hidden by them. */}
        {overlays &&
          references.length > 0 &&
          overlays.drawReferences({
            references,
            months,
            range,
            x: x.scale,
            y: y.scale,
            plotWidth,
            plotHeight,
            obstacles: lines.flatMap((l) => l.segments.flat()),
          })}
        <EndLabelMarks labels={endLabelMarks(labels, colorOf, plotWidth, highlightedIds)} />
        {/* A chart given markers keeps its marker group even when none is in range. */}
        {overlays &&
          markers !== NO_MARKERS &&
          overlays.drawMarkers({
            markers: markerIndexes,
            range,
            x: x.scale,
            plotWidth,
            plotHeight,
            markerY: layout.markerY,
          })}
      </>
    );
  }, [
    layout,
    model,
    series,
    highlightedIds,
    references,
    months,
    range,
    yAxisTitle,
    markerIndexes,
    gapLabel,
    lastDataIndex,
    markers,
    overlays,
  ]);

  const read: ReadMonth = useCallback(
    (index, hover) => {
      const text = (s: TimeSeries) => {
        const value = s.values[index] ?? null;
        return valueText ? valueText(s.id, index, value) : formatValue(format, value);
      };
      const activeIndex = hover.isKeyboard ? hover.seriesIndex : null;
      const shown = hoverSelection(series, index, { activeIndex, highlightedIds });
      const active = series[hover.seriesIndex];
      return {
        dots: shown.indexes.flatMap((i) => {
          const s = series[i];
          const v = s?.values[index];
          if (!s || v === null || v === undefined || (scaleType === 'log' && v <= 0)) return [];
          return [
            {
              id: s.id,
              y: layout.y.scale(v),
              color: model.colors[i] ?? seriesColor(i),
              isActive: i === activeIndex,
            },
          ];
        }),
        rows: shown.indexes.flatMap((i) => {
          const s = series[i];
          if (!s) return [];
          return [
            {
              id: s.id,
              label: s.label,
              color: model.colors[i] ?? seriesColor(i),
              valueText: text(s),
              isActive: i === activeIndex,
            },
          ];
        }),
        ...(shown.omitted > 0
          ? { note: `and ${shown.omitted} more with data this month (see the table)` }
          : {}),
        announcement: active ? `${active.label}: ${text(active)}` : '',
      };
    },
    [series, highlightedIds, valueText, format, scaleType, layout, model],
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
      readingRange={dataRange}
      seriesCount={series.length}
      hasData={hasData}
      marks={marks}
      read={read}
      legend={legend}
    />
  );
}
