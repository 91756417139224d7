import { useMemo } from 'react';
import { Axis } from './Axis.tsx';
import { layoutLineLabels } from './lineLabelLayout.ts';
import { ChartSvg } from './ChartSvg.tsx';
import { ReferenceLines, type ReferenceLineMark } from './ReferenceLines.tsx';
import { ratioLineSegment, scatterModel, type ScatterInput } from './scatterModel.ts';
import { useElementWidth } from './useElementWidth.ts';
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

/** Log–log scatter: every point carries an aria label; highlighted points get a ring and a bold name. */
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
    // Names of highlighted points are nudged apart vertically when they would overlap.
    const placedLabels = new Map(
      layoutLineLabels(
        model.points
          .filter((p) => highlightedIds.includes(p.id))
          .map((p) => ({ id: p.id, y: y.scale(p.y), height: FONT_SIZE + 3 })),
        [0, plotHeight],
      ).map((l) => [l.id, l]),
    );
    // Highlighted points last, so they are drawn on top.
    const ordered = [...model.points].sort(
      (a, b) => Number(highlightedIds.includes(a.id)) - Number(highlightedIds.includes(b.id)),
    );
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
          {ordered.map((p) => {
            const isHighlighted = highlightedIds.includes(p.id);
            const cx = x.scale(p.x);
            const cy = y.scale(p.y);
            const text = `${p.label}: ${formatValue(yFormat, p.y)} ${yAxisTitle.toLowerCase()}, ${formatValue(
              xFormat,
              p.x,
            )} ${xAxisTitle.toLowerCase()}`;
            const isLabelLeft = cx > plotWidth - 90;
            return (
              <g
                key={p.id}
                className={isHighlighted ? 'bh-point bh-point--highlighted' : 'bh-point'}
                role="graphics-symbol"
                aria-label={text}
              >
                <title>{text}</title>
                <circle
                  cx={cx}
                  cy={cy}
                  r={isHighlighted ? 5 : 3.5}
                  fill={isHighlighted ? 'var(--bh-accent, #0072B2)' : 'var(--bh-point, #7f93a8)'}
                  fillOpacity={isHighlighted ? 1 : 0.75}
                  stroke={isHighlighted ? 'currentColor' : 'none'}
                  strokeWidth={1.5}
                />
                {isHighlighted && placedLabels.get(p.id)?.isVisible && (
                  <text
                    x={cx + (isLabelLeft ? -8 : 8)}
                    y={placedLabels.get(p.id)?.y ?? cy}
                    dy="0.32em"
                    textAnchor={isLabelLeft ? 'end' : 'start'}
                    fontSize={FONT_SIZE}
                    fontWeight={700}
                    fill="currentColor"
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
    return marks;
  }, [model, width, height, ratioLines, highlightedIds, xAxisTitle, yAxisTitle, xFormat, yFormat]);

  return (
    <div className="bh-chart" ref={containerRef}>
      <ChartSvg width={width} height={height} title={title} description={description}>
        {content}
      </ChartSvg>
    </div>
  );
}
