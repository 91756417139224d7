import type { ScaleLinear } from 'd3';
import { memo, type CSSProperties, type ReactNode, type Ref } from 'react';
import { Axis } from './Axis.tsx';
import type { AxisTick } from './axisTick.ts';
import { ChartSvg, TIME_CHART_KEYBOARD_HINT } from './ChartSvg.tsx';
import { monthLabel } from '../data/selectors/months.ts';
import type { Margin } from './timeChartLayout.ts';
import type { TimeHoverState } from './timeHoverState.ts';
import { HoverRule, LiveAnnouncer, TimeTooltip, type TooltipRow } from './TimeTooltip.tsx';
import type { IndexRange } from './timeSeriesModel.ts';
import { useTimeHoverReading, useTimeHoverStore, type TimeHoverStore } from './useTimeHover.ts';

/** What a time chart shows for one hovered month; the frame adds the rule, heading and placement. */
export interface TimeReading {
  /** Dots on the hover rule (y in plot pixels). */
  dots: readonly { id: string; y: number; color: string; isActive?: boolean }[];
  rows: readonly TooltipRow[];
  footer?: TooltipRow;
  note?: string;
  /** What the live region announces after a keyboard move: "<series>: <value>" (the month is added). */
  announcement: string;
}

/** Reads the hovered month; must be memoised by the chart (its identity changes only with the data). */
export type ReadMonth = (index: number, hover: TimeHoverState) => TimeReading;

export interface TimeChartFrameProps {
  containerRef: Ref<HTMLDivElement>;
  width: number;
  height: number;
  title: string;
  description: string;
  /** The chart's layout: margins, plot size and the month scale. */
  layout: {
    margin: Margin;
    plotWidth: number;
    plotHeight: number;
    x: { scale: ScaleLinear<number, number> };
  };
  months: readonly string[];
  /** Months the pointer and keyboard can read. */
  readingRange: IndexRange;
  /** How many series the up and down keys move through. */
  seriesCount: number;
  hasData: boolean;
  /** The chart's marks, memoised: hovering never renders them again. */
  marks: ReactNode;
  read: ReadMonth;
  /** Under the chart: the series its end labels do not name (SeriesLegend); nothing when all are named. */
  legend?: ReactNode;
}

const HOVER_LAYER_STYLE: CSSProperties = {
  position: 'absolute',
  left: 0,
  top: 0,
  overflow: 'visible',
  pointerEvents: 'none',
  willChange: 'transform',
};

/**
 * The frame every time chart (lines, marked lines, stacked areas) shares: the titled svg with its
 * pointer and keyboard reading, the "No data to show" state, and the hover layer — rule, dots, tooltip
 * and live announcement — which subscribes to the hover store alone, so a pointer move renders the
 * hover layer and nothing else (tests/unit/charts/LineChart.hoverRenders.test.tsx).
 */
export function TimeChartFrame(props: TimeChartFrameProps) {
  const { containerRef, width, height, title, description, layout, hasData } = props;
  const { margin, plotWidth, plotHeight } = layout;
  const [store, handlers] = useTimeHoverStore({
    range: props.readingRange,
    seriesCount: props.seriesCount,
    xScale: layout.x.scale,
    plotLeft: margin.left,
  });
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
        <g transform={`translate(${margin.left},${margin.top})`}>
          {hasData ? (
            props.marks
          ) : (
            <text x={plotWidth / 2} y={plotHeight / 2} textAnchor="middle" fill="currentColor">
              No data to show
            </text>
          )}
        </g>
      </ChartSvg>
      <HoverLayer
        store={store}
        width={width}
        height={height}
        margin={margin}
        plotHeight={plotHeight}
        xScale={layout.x.scale}
        months={props.months}
        readingRange={props.readingRange}
        read={props.read}
      />
      {hasData && props.legend}
    </div>
  );
}

interface HoverLayerProps {
  store: TimeHoverStore;
  width: number;
  height: number;
  margin: Margin;
  plotHeight: number;
  xScale: ScaleLinear<number, number>;
  months: readonly string[];
  readingRange: IndexRange;
  read: ReadMonth;
}

const HoverLayer = memo(function HoverLayer({
  store,
  width,
  height,
  margin,
  plotHeight,
  xScale,
  months,
  readingRange,
  read,
}: HoverLayerProps) {
  const hover = useTimeHoverReading(store, readingRange);
  const index = hover.index;
  const month = index === null ? undefined : months[index];
  const reading = index === null || !month ? null : read(index, hover);
  const x = index === null ? 0 : xScale(index);
  const message = hover.isKeyboard && reading && month ? `${monthLabel(month)}, ${reading.announcement}` : '';
  return (
    <>
      {reading && (
        // The hover rule and dots sit in their own svg over the chart, on their own compositing layer:
        // moving them repaints only this layer, not every mark under them (docs/PERFORMANCE.md).
        // Exports and screen readers see the chart svg alone.
        <svg
          className="bh-hover-layer"
          aria-hidden="true"
          width={width}
          height={height}
          style={HOVER_LAYER_STYLE}
        >
          <g transform={`translate(${margin.left},${margin.top})`}>
            <HoverRule x={x} height={plotHeight} points={reading.dots.map((d) => ({ ...d, x }))} />
          </g>
        </svg>
      )}
      {reading && month && (
        <TimeTooltip
          heading={monthLabel(month)}
          x={margin.left + x}
          containerWidth={width}
          rows={reading.rows}
          {...(reading.footer ? { footer: reading.footer } : {})}
          {...(reading.note ? { note: reading.note } : {})}
        />
      )}
      <LiveAnnouncer message={message} />
    </>
  );
});

/**
 * Left value axis with grid and the bottom time axis, as every time chart draws them; `children` are
 * drawn between the two (areas, whose fill must not hide the time axis line).
 */
export function TimeAxes({
  xTicks,
  yTicks,
  plotWidth,
  plotHeight,
  yAxisTitle,
  children,
}: {
  xTicks: readonly AxisTick[];
  yTicks: readonly AxisTick[];
  plotWidth: number;
  plotHeight: number;
  yAxisTitle?: string | undefined;
  children?: ReactNode;
}) {
  return (
    <>
      <Axis orientation="left" ticks={yTicks} length={plotHeight} gridLength={plotWidth} title={yAxisTitle} />
      {children}
      <g transform={`translate(0,${plotHeight})`}>
        <Axis orientation="bottom" ticks={xTicks} length={plotWidth} />
      </g>
    </>
  );
}
