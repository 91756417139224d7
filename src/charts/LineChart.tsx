import { useMemo, type CSSProperties } from 'react';
import { Axis } from './Axis.tsx';
import { ChartSvg, TIME_CHART_KEYBOARD_HINT } from './ChartSvg.tsx';
import { EndLabelMarks } from './EndLabelMarks.tsx';
import { GapMarks } from './GapMarks.tsx';
import { LineMarks, type LineMarkSeries } from './LineMarks.tsx';
import { formatMonthLong, formatMonthSpan } from './monthFormat.ts';
import { seriesColor } from './palette.ts';
import { referenceRuns, type ReferenceSeries } from './referenceStepModel.ts';
import { ReferenceLines, type ReferenceLineMark } from './ReferenceLines.tsx';
import { defaultChartHeight, timeChartLayout } from './timeChartLayout.ts';
import { HoverRule, LiveAnnouncer, TimeTooltip } from './TimeTooltip.tsx';
import { hoverSelection } from './hoverSelection.ts';
import {
  clampIndexRange,
  gapRanges,
  lastPoint,
  lineSegments,
  valueDomain,
  type IndexRange,
  type ScaleType,
  type TimeSeries,
} from './timeSeriesModel.ts';
import { useElementWidth } from './useElementWidth.ts';
import { useTimeHover } from './useTimeHover.ts';
import { formatValue, type ValueFormatKind } from './valueFormat.ts';

export interface LineChartProps {
  title: string;
  /** One paragraph describing the chart; becomes the svg <desc>. */
  description: string;
  /** Month-end dates 'YYYY-MM-DD', evenly monthly. */
  months: readonly string[];
  series: readonly TimeSeries[];
  /** Visible month indexes (inclusive); all months when omitted. */
  range?: IndexRange;
  scaleType?: ScaleType;
  valueFormat?: ValueFormatKind;
  /** Stepped target lines, e.g. yearly gender-parity targets. */
  references?: readonly ReferenceSeries[];
  highlightedIds?: readonly string[];
  yAxisTitle?: string;
  /** Fixed size (tests, exports); otherwise the width follows the container. */
  width?: number;
  height?: number;
}

const EMPTY: readonly ReferenceSeries[] = [];
const HOVER_LAYER_STYLE: CSSProperties = {
  position: 'absolute',
  left: 0,
  top: 0,
  overflow: 'visible',
  pointerEvents: 'none',
  willChange: 'transform',
};
const NO_IDS: readonly string[] = [];

export function LineChart({
  title,
  description,
  months,
  series,
  range: requestedRange,
  scaleType = 'linear',
  valueFormat = 'number',
  references = EMPTY,
  highlightedIds = NO_IDS,
  yAxisTitle,
  width: fixedWidth,
  height: fixedHeight,
}: LineChartProps) {
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
    const colors = series.map((s, i) => s.color ?? seriesColor(i));
    const segments = series.map((s) => lineSegments(s.values, range, scaleType));
    const dataDomain = valueDomain(series, range, scaleType);
    const referenceValues = references
      .flatMap((r) =>
        referenceRuns(months, r.steps, range)
          .flat()
          .map((span) => span.value),
      )
      .filter((v) => (scaleType === 'log' ? v > 0 : Number.isFinite(v)));
    const domain: [number, number] = [
      Math.min(dataDomain[0], ...referenceValues),
      Math.max(dataDomain[1], ...referenceValues),
    ];
    const ends = series.map((s) => lastPoint(s.values, range, scaleType));
    return { colors, segments, domain, ends, gaps: gapRanges(series, range, 'all') };
  }, [series, range, scaleType, references, months]);

  const layout = useMemo(
    () =>
      timeChartLayout({
        width,
        height,
        months,
        range,
        yDomain: model.domain,
        scaleType,
        format: valueFormat,
        hasYTitle: Boolean(yAxisTitle),
        // Highlighted series first: when labels cannot all fit, theirs are kept.
        endLabels: series
          .flatMap((s, i) => {
            const end = model.ends[i];
            return end ? [{ id: s.id, text: s.label, value: end.value }] : [];
          })
          .sort((a, b) => Number(highlightedIds.includes(b.id)) - Number(highlightedIds.includes(a.id))),
      }),
    [width, height, months, range, model, scaleType, valueFormat, yAxisTitle, series, highlightedIds],
  );

  const [hover, handlers] = useTimeHover({
    range,
    seriesCount: series.length,
    xScale: layout.x.scale,
    plotLeft: layout.margin.left,
  });

  // Everything but the hover layer is memoised: moving the pointer re-renders only the tooltip.
  const marks = useMemo(() => {
    const { x, y, plotWidth, plotHeight, labels } = layout;
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
    const clampX = (index: number) => Math.min(plotWidth, Math.max(0, x.scale(index)));
    const gapMarks = model.gaps.map((g) => {
      const x0 = clampX(g.from - 0.5);
      const x1 = clampX(g.to + 0.5);
      const w = Math.max(3, x1 - x0);
      return {
        x: Math.max(0, Math.min(plotWidth - w, (x0 + x1) / 2 - w / 2)),
        width: w,
        label: `no data: ${formatMonthSpan(months[g.from] ?? '', months[g.to] ?? '')}`,
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
    return (
      <>
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
      </>
    );
  }, [layout, model, series, highlightedIds, references, months, range, yAxisTitle]);

  const hoverIndex = hover.index;
  const hoverMonth = hoverIndex === null ? undefined : months[hoverIndex];
  const activeSeries = series[hover.seriesIndex];
  const message =
    hover.isKeyboard && hoverIndex !== null && hoverMonth && activeSeries
      ? `${formatMonthLong(hoverMonth)}, ${activeSeries.label}: ${formatValue(
          valueFormat,
          activeSeries.values[hoverIndex] ?? null,
        )}`
      : '';
  const hoverX = hoverIndex === null ? 0 : layout.x.scale(hoverIndex);
  const activeIndex = hover.isKeyboard ? hover.seriesIndex : null;
  const shown =
    hoverIndex === null ? null : hoverSelection(series, hoverIndex, { activeIndex, highlightedIds });

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
        </g>
      </ChartSvg>
      {hoverIndex !== null && (
        // The hover rule and dots sit in their own svg over the chart, on their own compositing layer:
        // moving them repaints only this layer, not every line under them (measured in
        // docs/PERFORMANCE.md). Exports and screen readers see the chart svg alone.
        <svg
          className="bh-hover-layer"
          aria-hidden="true"
          width={width}
          height={height}
          style={HOVER_LAYER_STYLE}
        >
          <g transform={`translate(${layout.margin.left},${layout.margin.top})`}>
            <HoverRule
              x={hoverX}
              height={layout.plotHeight}
              points={(shown?.indexes ?? []).flatMap((i) => {
                const s = series[i];
                const v = s?.values[hoverIndex];
                if (!s || v === null || v === undefined || (scaleType === 'log' && v <= 0)) return [];
                return [
                  {
                    id: s.id,
                    x: hoverX,
                    y: layout.y.scale(v),
                    color: model.colors[i] ?? seriesColor(i),
                    isActive: i === activeIndex,
                  },
                ];
              })}
            />
          </g>
        </svg>
      )}
      {hoverIndex !== null && hoverMonth && (
        <TimeTooltip
          heading={formatMonthLong(hoverMonth)}
          x={layout.margin.left + hoverX}
          containerWidth={width}
          rows={(shown?.indexes ?? []).flatMap((i) => {
            const s = series[i];
            if (!s) return [];
            return [
              {
                id: s.id,
                label: s.label,
                color: model.colors[i] ?? seriesColor(i),
                valueText: formatValue(valueFormat, s.values[hoverIndex] ?? null),
                isActive: i === activeIndex,
              },
            ];
          })}
          note={
            shown && shown.omitted > 0
              ? `and ${shown.omitted} more with data this month (see the table)`
              : undefined
          }
        />
      )}
      <LiveAnnouncer message={message} />
    </div>
  );
}
