import { quadtree } from 'd3';
import {
  memo,
  useMemo,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { Axis } from './Axis.tsx';
import { ChartSvg } from './ChartSvg.tsx';
import { ReferenceLines, type ReferenceLineMark } from './ReferenceLines.tsx';
import {
  initialScatterReading,
  placePointLabels,
  ratioLineSegment,
  scatterKey,
  scatterModel,
  type ScatterInput,
  type ScatterPoint,
  type ScatterReading,
} from './scatterModel.ts';
import { estimateTextWidth } from './textWidth.ts';
import { LiveAnnouncer, TimeTooltip } from './TimeTooltip.tsx';
import { useElementWidth } from './useElementWidth.ts';
import { createValueStore, type ValueStore } from './useTimeHover.ts';
import { valueAxisLayout } from './valueAxisLayout.ts';
import { formatValue, type ValueFormatKind } from './valueFormat.ts';

export interface RatioLine {
  /** y / x along the line, e.g. 1e-6 for "1 per million" when x is population. */
  ratio: number;
  label: string;
}

export interface ScatterLogLogProps {
  title: string;
  description: string;
  points: readonly ScatterInput[];
  highlightedIds?: readonly string[];
  ratioLines?: readonly RatioLine[];
  xAxisTitle: string;
  yAxisTitle: string;
  xFormat?: ValueFormatKind;
  yFormat?: ValueFormatKind;
  width?: number;
  height?: number;
}

const NO_IDS: readonly string[] = [];
const NO_LINES: readonly RatioLine[] = [];
const FONT_SIZE = 12;
/** How near (px) the pointer or a finger must come to a dot to read it. */
const READ_RADIUS = 24;
const HOVER_LAYER_STYLE: CSSProperties = {
  position: 'absolute',
  left: 0,
  top: 0,
  overflow: 'visible',
  pointerEvents: 'none',
};
export const SCATTER_KEYBOARD_HINT =
  'To read the dots, use the left and right arrow keys to move along the horizontal axis, up and down along the vertical axis, Home and End to jump to the ends, and Escape to stop.';

/** Most notable dots after the highlighted ones: the largest y, the largest y per x, the largest x. */
function notableIds(points: readonly ScatterPoint[], highlightedIds: readonly string[]): string[] {
  const top = (key: (p: ScatterPoint) => number, n: number) =>
    [...points]
      .sort((a, b) => key(b) - key(a))
      .slice(0, n)
      .map((p) => p.id);
  return [
    ...new Set([
      ...highlightedIds.filter((id) => points.some((p) => p.id === id)),
      ...top((p) => p.y, 3),
      ...top((p) => p.y / p.x, 3),
      ...top((p) => p.x, 2),
    ]),
  ];
}

/**
 * Log–log scatter. Every dot can be read — by pointer (the nearest dot within 24 px), by tap, and by the
 * keyboard (arrows step along either axis) — in a tooltip and a live region, not the browser's title
 * tooltip that phones never show; every dot also carries an aria label. Highlighted dots get a ring and
 * a bold name; they and a few notable dots are labelled where a label fits without colliding.
 */
export function ScatterLogLog({
  title,
  description,
  points,
  highlightedIds = NO_IDS,
  ratioLines = NO_LINES,
  xAxisTitle,
  yAxisTitle,
  xFormat = 'number',
  yFormat = 'number',
  width: fixedWidth,
  height: fixedHeight,
}: ScatterLogLogProps) {
  const [containerRef, measuredWidth] = useElementWidth();
  const width = fixedWidth ?? measuredWidth;
  const height = fixedHeight ?? Math.round(Math.min(520, Math.max(280, width * 0.7)));
  const model = useMemo(() => scatterModel(points), [points]);
  const yText = useMemo(() => (p: ScatterPoint) => formatValue(yFormat, p.y), [yFormat]);
  const xText = useMemo(() => (p: ScatterPoint) => formatValue(xFormat, p.x), [xFormat]);
  const readPoint = useMemo(
    () => (p: ScatterPoint) =>
      `${p.label}: ${yText(p)} ${yAxisTitle.toLowerCase()}, ${xText(p)} ${xAxisTitle.toLowerCase()}`,
    [yText, xText, yAxisTitle, xAxisTitle],
  );

  const content = useMemo(() => {
    const top = 28;
    const bottom = 44;
    const plotHeight = Math.max(40, height - top - bottom);
    const y = valueAxisLayout({
      domain: model.yDomain,
      scaleType: 'log',
      range: [plotHeight, 0],
      orientation: 'vertical',
      format: yFormat,
      fontSize: FONT_SIZE,
    });
    const left = Math.ceil(y.maxLabelWidth + 10);
    const right = 16;
    const plotWidth = Math.max(40, width - left - right);
    const x = valueAxisLayout({
      domain: model.xDomain,
      scaleType: 'log',
      range: [0, plotWidth],
      orientation: 'horizontal',
      format: xFormat,
      fontSize: FONT_SIZE,
    });
    const xDomain = x.scale.domain() as [number, number];
    const yDomain = y.scale.domain() as [number, number];
    const references: ReferenceLineMark[] = ratioLines.flatMap((line) => {
      const segment = ratioLineSegment(line.ratio, xDomain, yDomain);
      if (!segment) return [];
      const p1 = { x: x.scale(segment.x1), y: y.scale(segment.y1) };
      const p2 = { x: x.scale(segment.x2), y: y.scale(segment.y2) };
      // The label runs along the line, just above it, near its upper end.
      const angle = (Math.atan2(p2.y - p1.y, p2.x - p1.x) * 180) / Math.PI;
      const length = Math.hypot(p2.x - p1.x, p2.y - p1.y) || 1;
      const ux = (p2.x - p1.x) / length;
      const uy = (p2.y - p1.y) / length;
      const back = 8;
      return [
        {
          id: String(line.ratio),
          label: line.label,
          points: [p1, p2],
          // Step back along the line, then 4 px to its upper-left side.
          labelX: p2.x - ux * back + uy * 4,
          labelY: p2.y - uy * back - ux * 4,
          labelAnchor: 'end' as const,
          labelAngle: angle,
        },
      ];
    });
    const dots = model.points.map((p) => ({ x: x.scale(p.x), y: y.scale(p.y) }));
    // Highlighted and notable dots are named where a label fits clear of other labels and dots.
    const labels = new Map(
      placePointLabels(
        notableIds(model.points, highlightedIds).flatMap((id) => {
          const i = model.points.findIndex((p) => p.id === id);
          const p = model.points[i];
          const d = dots[i];
          if (!p || !d) return [];
          const bold = highlightedIds.includes(id) ? 1.1 : 1;
          return [
            {
              id,
              x: d.x,
              y: d.y,
              width: estimateTextWidth(p.label, FONT_SIZE) * bold,
              height: FONT_SIZE + 2,
              isRequired: bold > 1,
            },
          ];
        }),
        dots,
        { width: plotWidth, height: plotHeight },
      ).map((l) => [l.id, l]),
    );
    // Highlighted points last, so they are drawn on top.
    const ordered = model.points
      .map((p, i) => ({ p, d: dots[i] ?? { x: 0, y: 0 } }))
      .sort((a, b) => Number(highlightedIds.includes(a.p.id)) - Number(highlightedIds.includes(b.p.id)));
    const marks = (
      <g transform={`translate(${left},${top})`}>
        <Axis
          orientation="left"
          ticks={y.ticks}
          length={plotHeight}
          gridLength={plotWidth}
          title={yAxisTitle}
        />
        <g transform={`translate(0,${plotHeight})`}>
          <Axis orientation="bottom" ticks={x.ticks} length={plotWidth} title={xAxisTitle} />
        </g>
        <ReferenceLines lines={references} />
        <g className="bh-points">
          {ordered.map(({ p, d }) => {
            const isHighlighted = highlightedIds.includes(p.id);
            const label = labels.get(p.id);
            return (
              <g
                key={p.id}
                className={isHighlighted ? 'bh-point bh-point--highlighted' : 'bh-point'}
                role="graphics-symbol"
                aria-label={readPoint(p)}
              >
                <circle
                  cx={d.x}
                  cy={d.y}
                  r={isHighlighted ? 5 : 3.5}
                  fill={isHighlighted ? 'var(--bh-accent, #0072B2)' : 'var(--bh-point, #7f93a8)'}
                  fillOpacity={isHighlighted ? 1 : 0.75}
                  stroke={isHighlighted ? 'currentColor' : 'none'}
                  strokeWidth={1.5}
                />
                {label && (
                  <text
                    x={label.x}
                    y={label.y}
                    dy="0.32em"
                    textAnchor={label.anchor}
                    fontSize={FONT_SIZE}
                    fontWeight={isHighlighted ? 700 : 400}
                    fill="currentColor"
                    stroke="var(--bh-bg, #ffffff)"
                    strokeWidth={3}
                    strokeLinejoin="round"
                    paintOrder="stroke"
                    className="bh-point-label"
                  >
                    {p.label}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </g>
    );
    const finder = quadtree<number>()
      .x((i) => dots[i]?.x ?? 0)
      .y((i) => dots[i]?.y ?? 0)
      .addAll(model.points.map((_, i) => i));
    return { marks, dots, finder, left, top };
  }, [model, width, height, ratioLines, highlightedIds, xAxisTitle, yAxisTitle, xFormat, yFormat, readPoint]);

  // The reading lives in a store: moving over the dots renders the reading layer, never the dots.
  const [store] = useState(() => createValueStore<ScatterReading>(initialScatterReading));
  const latest = useLatest({ content, points: model.points });
  const [handlers] = useState(() => {
    const at = (event: PointerEvent<SVGSVGElement>) => {
      const g = latest.current;
      if (!g) return;
      const rect = event.currentTarget.getBoundingClientRect();
      const px = event.clientX - rect.left - g.content.left;
      const py = event.clientY - rect.top - g.content.top;
      const found = g.content.finder.find(px, py, READ_RADIUS);
      flushSync(() =>
        store.set((r) =>
          found === undefined
            ? event.pointerType === 'touch'
              ? r
              : r.index === null
                ? r
                : initialScatterReading
            : r.index === found && !r.isKeyboard
              ? r
              : { index: found, isKeyboard: false },
        ),
      );
    };
    return {
      onPointerMove: at,
      onPointerDown: at,
      onPointerLeave: (event: PointerEvent<SVGSVGElement>) => {
        // A finger lifting off ends the touch with a leave: keep the reading until the next tap.
        if (event.pointerType !== 'touch') store.set(() => initialScatterReading);
      },
      onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => {
        const g = latest.current;
        if (!g) return;
        const next = scatterKey(store.get(), event.key, g.points);
        if (next === null) return;
        event.preventDefault();
        store.set(() => next);
      },
      onBlur: () => store.set(() => initialScatterReading),
    };
  });
  const hasPoints = model.points.length > 0;

  return (
    <div className="bh-chart" ref={containerRef}>
      <ChartSvg
        width={width}
        height={height}
        title={title}
        description={description}
        keyboardHint={hasPoints ? SCATTER_KEYBOARD_HINT : undefined}
        tabIndex={hasPoints ? 0 : undefined}
        {...(hasPoints ? handlers : {})}
      >
        {content.marks}
      </ChartSvg>
      <ScatterReadingLayer
        store={store}
        points={model.points}
        dots={content.dots}
        left={content.left}
        top={content.top}
        width={width}
        height={height}
        readPoint={readPoint}
        yText={yText}
        xText={xText}
        yAxisTitle={yAxisTitle}
        xAxisTitle={xAxisTitle}
      />
    </div>
  );
}

/** A ref that always holds the latest value (read by event handlers whose identity never changes). */
function useLatest<T>(value: T): { current: T } {
  const [ref] = useState(() => ({ current: value }));
  ref.current = value;
  return ref;
}

interface ScatterReadingLayerProps {
  store: ValueStore<ScatterReading>;
  points: readonly ScatterPoint[];
  dots: readonly { x: number; y: number }[];
  left: number;
  top: number;
  width: number;
  height: number;
  readPoint: (p: ScatterPoint) => string;
  yText: (p: ScatterPoint) => string;
  xText: (p: ScatterPoint) => string;
  yAxisTitle: string;
  xAxisTitle: string;
}

/** The ring on the dot being read, its tooltip and its announcement. */
const ScatterReadingLayer = memo(function ScatterReadingLayer(props: ScatterReadingLayerProps) {
  const { store, points, dots, left, top, width, height } = props;
  const reading = useSyncExternalStore(store.subscribe, store.get, store.get);
  const point = reading.index === null ? undefined : points[reading.index];
  const dot = reading.index === null ? undefined : dots[reading.index];
  return (
    <>
      {point && dot && (
        <svg
          className="bh-hover-layer"
          aria-hidden="true"
          width={width}
          height={height}
          style={HOVER_LAYER_STYLE}
        >
          <g transform={`translate(${left},${top})`} className="bh-hover">
            <circle cx={dot.x} cy={dot.y} r={8} fill="none" stroke="currentColor" strokeWidth={2} />
          </g>
        </svg>
      )}
      {point && dot && (
        <TimeTooltip
          heading={point.label}
          x={left + dot.x}
          containerWidth={width}
          rows={[
            { id: 'y', label: props.yAxisTitle, color: 'transparent', valueText: props.yText(point) },
            { id: 'x', label: props.xAxisTitle, color: 'transparent', valueText: props.xText(point) },
          ]}
        />
      )}
      <LiveAnnouncer message={reading.isKeyboard && point ? props.readPoint(point) : ''} />
    </>
  );
});
