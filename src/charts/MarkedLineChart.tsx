import { useMemo } from 'react';
import { Axis } from './Axis.tsx';
import { ChartSvg, TIME_CHART_KEYBOARD_HINT } from './ChartSvg.tsx';
import { EndLabelMarks } from './EndLabelMarks.tsx';
import { GapMarks } from './GapMarks.tsx';
import { LineMarks, type LineMarkSeries } from './LineMarks.tsx';
import { markedLineLayout, placeMarkers, type MarkedValueAxis } from './markedLineLayout.ts';
import { formatMonthLong, formatMonthSpan } from './monthFormat.ts';
import { seriesColor } from './palette.ts';
import { referenceRuns, type ReferenceSeries } from './referenceStepModel.ts';
import { ReferenceLines, type ReferenceLineMark } from './ReferenceLines.tsx';
import { defaultChartHeight } from './timeChartLayout.ts';
import { HoverRule, LiveAnnouncer, TimeTooltip } from './TimeTooltip.tsx';
import {
  clampIndexRange,
  gapRanges,
  lastPoint,
  lineSegments,
  monthIndex,
  valueDomain,
  type IndexRange,
  type TimeSeries,
} from './timeSeriesModel.ts';
import { useElementWidth } from './useElementWidth.ts';
import { useTimeHover } from './useTimeHover.ts';
import { formatValue } from './valueFormat.ts';

/** A dated event drawn as a numbered badge over its month with a dotted rule down the plot. */
export interface ChartMarker {
  id: string;
  /** Month-end date on the axis, 'YYYY-MM-DD'. */
  month: string;
  /** Badge text: one or two characters ("1", "A"); the list beside the chart explains it. */
  badge: string;
  /** Full sentence for assistive technology and the badge's tooltip. */
  description: string;
}

export interface MarkedLineChartProps {
  title: string;
  description: string;
  /** Axis months, evenly monthly; may run past the data (e.g. to a 2028 target). */
  months: readonly string[];
  series: readonly TimeSeries[];
  range?: IndexRange;
  yAxis?: MarkedValueAxis;
  references?: readonly ReferenceSeries[];
  markers?: readonly ChartMarker[];
  highlightedIds?: readonly string[];
  yAxisTitle?: string;
  /** Last axis month that can have data; later months are the future (no gap bands, no reading). */
  lastDataIndex?: number;
  /** Reading of one value for tooltips and announcements; formatValue of the axis format by default. */
  valueText?: (seriesId: string, index: number, value: number | null) => string;
  /** Label of a band of months without data; "no data: …" by default. */
  gapLabel?: (fromMonth: string, toMonth: string) => string;
  width?: number;
  height?: number;
}

const NO_REFERENCES: readonly ReferenceSeries[] = [];
const NO_MARKERS: readonly ChartMarker[] = [];
const NO_IDS: readonly string[] = [];
const VALUE_AXIS: MarkedValueAxis = { kind: 'value', scaleType: 'linear', format: 'number' };
const defaultGapLabel = (from: string, to: string) => `no data: ${formatMonthSpan(from, to)}`;

/**
 * A line chart for what LineChart does not do: a rank axis (1 at the top), an axis that runs into the
 * future, and numbered event markers. Same reading as the kit's charts: pointer, touch and keyboard,
 * a tooltip with exact values, a live region; the marks are memoised so hovering renders only the
 * hover layer.
 */
export function MarkedLineChart({
  title,
  description,
  months,
  series,
  range: requestedRange,
  yAxis = VALUE_AXIS,
  references = NO_REFERENCES,
  markers = NO_MARKERS,
  highlightedIds = NO_IDS,
  yAxisTitle,
  lastDataIndex,
  valueText,
  gapLabel = defaultGapLabel,
  width: fixedWidth,
  height: fixedHeight,
}: MarkedLineChartProps) {
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
  const dataRange = useMemo(
    () => ({ from: range.from, to: Math.max(range.from, Math.min(range.to, lastDataIndex ?? range.to)) }),
    [range, lastDataIndex],
  );
  const scaleType = yAxis.kind === 'value' ? yAxis.scaleType : 'linear';
  const format = yAxis.kind === 'value' ? yAxis.format : 'number';
  const hasData = months.length > 0 && series.some((s) => s.values.some((v) => v !== null));

  const model = useMemo(() => {
    const colors = series.map((s, i) => s.color ?? seriesColor(i));
    const segments = series.map((s) => lineSegments(s.values, dataRange, scaleType));
    const dataDomain = valueDomain(series, dataRange, scaleType);
    const referenceValues = references
      .flatMap((r) =>
        referenceRuns(months, r.steps, range)
          .flat()
          .map((span) => span.value),
      )
      .filter((v) => (scaleType === 'log' ? v > 0 : Number.isFinite(v)));
    const domain: [number, number] =
      yAxis.kind === 'rank'
        ? [1, dataDomain[1]]
        : [Math.min(dataDomain[0], ...referenceValues), Math.max(dataDomain[1], ...referenceValues)];
    const ends = series.map((s) => lastPoint(s.values, dataRange, scaleType));
    const gaps = gapRanges(series, dataRange, 'all');
    return { colors, segments, domain, ends, gaps };
  }, [series, range, dataRange, scaleType, references, months, yAxis.kind]);

  const markerIndexes = useMemo(
    () =>
      markers.map((m) => ({ ...m, index: monthIndex(months, m.month) ?? -1 })).filter((m) => m.index >= 0),
    [markers, months],
  );

  const layout = useMemo(
    () =>
      markedLineLayout({
        width,
        height,
        months,
        range,
        yAxis,
        yDomain: model.domain,
        hasYTitle: Boolean(yAxisTitle),
        hasMarkers: markerIndexes.length > 0,
        endLabels: series.flatMap((s, i) => {
          const end = model.ends[i];
          return end ? [{ id: s.id, text: s.label, value: end.value }] : [];
        }),
      }),
    [width, height, months, range, yAxis, model, yAxisTitle, series, markerIndexes.length],
  );

  const [hover, handlers] = useTimeHover({
    range: dataRange,
    seriesCount: series.length,
    xScale: layout.x.scale,
    plotLeft: layout.margin.left,
  });

  const marks = useMemo(() => {
    const { x, y, plotWidth, plotHeight, labels } = layout;
    const clampX = (index: number) => Math.min(plotWidth, Math.max(0, x.scale(index)));
    const lines: LineMarkSeries[] = series.map((s, i) => ({
      id: s.id,
      label: s.label,
      color: model.colors[i] ?? seriesColor(i),
      isHighlighted: highlightedIds.includes(s.id),
      segments: (model.segments[i] ?? []).map((seg) =>
        seg.map((p) => ({ x: x.scale(p.index), y: y.scale(p.value) })),
      ),
    }));
    const gapMarks = model.gaps.map((g) => {
      const x0 = clampX(g.from - 0.5);
      const x1 = clampX(g.to + 0.5);
      const w = Math.max(3, x1 - x0);
      return {
        x: Math.max(0, Math.min(plotWidth - w, (x0 + x1) / 2 - w / 2)),
        width: w,
        label: gapLabel(months[g.from] ?? '', months[g.to] ?? ''),
      };
    });
    const referenceMarks: ReferenceLineMark[] = references.flatMap((r) =>
      referenceRuns(months, r.steps, range).map((run, runIndex) => {
        const points = run.flatMap((span) => [
          { x: clampX(span.from), y: y.scale(span.value) },
          { x: clampX(span.to), y: y.scale(span.value) },
        ]);
        const last = points[points.length - 1] ?? { x: 0, y: 0 };
        return {
          id: `${r.id}-${runIndex}`,
          label: r.label,
          points,
          labelX: last.x,
          labelY: last.y - 4,
          labelAnchor: 'end' as const,
        };
      }),
    );
    const placedMarkers = placeMarkers(markerIndexes, range, (i) => x.scale(i), plotWidth);
    const endLabels = labels
      .filter((l) => l.isVisible)
      .map((l) => {
        const i = series.findIndex((s) => s.id === l.id);
        return {
          id: l.id,
          text: l.text,
          color: model.colors[i] ?? seriesColor(i),
          x: plotWidth + 4,
          y: l.y,
          isHighlighted: highlightedIds.includes(l.id),
        };
      });
    // The future (past the last month with data) is shaded lightly, so an empty stretch reads as "not yet".
    const futureX =
      lastDataIndex !== undefined && lastDataIndex < range.to ? clampX(lastDataIndex + 0.5) : null;
    return (
      <>
        {futureX !== null && (
          <g
            className="bh-future"
            role="graphics-symbol"
            aria-label={`after ${formatMonthLong(months[lastDataIndex ?? 0] ?? '')}: no data yet`}
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
        <Axis
          orientation="left"
          ticks={y.ticks}
          length={plotHeight}
          gridLength={plotWidth}
          title={yAxisTitle}
        />
        <g transform={`translate(0,${plotHeight})`}>
          <Axis orientation="bottom" ticks={x.ticks} length={plotWidth} />
        </g>
        <GapMarks gaps={gapMarks} height={plotHeight} />
        <ReferenceLines lines={referenceMarks} />
        <LineMarks series={lines} />
        <EndLabelMarks labels={endLabels} />
        <g className="bh-markers" fontSize={11}>
          {placedMarkers.map((m) => {
            const marker = markerIndexes.find((k) => k.id === m.id);
            if (!marker) return null;
            return (
              <g key={m.id} className="bh-marker" role="graphics-symbol" aria-label={marker.description}>
                <title>{marker.description}</title>
                <line
                  x1={m.x}
                  x2={m.x}
                  y1={layout.markerY + 8}
                  y2={plotHeight}
                  stroke="currentColor"
                  strokeDasharray="2 3"
                />
                <circle
                  cx={m.badgeX}
                  cy={layout.markerY}
                  r={8}
                  fill="var(--bh-bg, #ffffff)"
                  stroke="currentColor"
                  strokeWidth={1.5}
                />
                <text
                  x={m.badgeX}
                  y={layout.markerY}
                  dy="0.35em"
                  textAnchor="middle"
                  fill="currentColor"
                  fontWeight={700}
                >
                  {marker.badge}
                </text>
              </g>
            );
          })}
        </g>
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
  ]);

  const read = (s: TimeSeries, index: number): string => {
    const value = s.values[index] ?? null;
    return valueText ? valueText(s.id, index, value) : formatValue(format, value);
  };
  const hoverIndex = hover.index;
  const hoverMonth = hoverIndex === null ? undefined : months[hoverIndex];
  const activeSeries = series[hover.seriesIndex];
  const message =
    hover.isKeyboard && hoverIndex !== null && hoverMonth && activeSeries
      ? `${formatMonthLong(hoverMonth)}, ${activeSeries.label}: ${read(activeSeries, hoverIndex)}`
      : '';
  const hoverX = hoverIndex === null ? 0 : layout.x.scale(hoverIndex);

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
              points={series.flatMap((s, i) => {
                const v = s.values[hoverIndex];
                if (v === null || v === undefined || (scaleType === 'log' && v <= 0)) return [];
                return [
                  {
                    id: s.id,
                    x: hoverX,
                    y: layout.y.scale(v),
                    color: model.colors[i] ?? seriesColor(i),
                    isActive: hover.isKeyboard && i === hover.seriesIndex,
                  },
                ];
              })}
            />
          )}
        </g>
      </ChartSvg>
      {hoverIndex !== null && hoverMonth && (
        <TimeTooltip
          heading={formatMonthLong(hoverMonth)}
          x={layout.margin.left + hoverX}
          containerWidth={width}
          rows={series.map((s, i) => ({
            id: s.id,
            label: s.label,
            color: model.colors[i] ?? seriesColor(i),
            valueText: read(s, hoverIndex),
            isActive: hover.isKeyboard && i === hover.seriesIndex,
          }))}
        />
      )}
      <LiveAnnouncer message={message} />
    </div>
  );
}
