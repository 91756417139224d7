// Horizontal bars split into coloured parts (personnel by type) with a thin line under each bar on the
// same scale (its women), largest first. React draws every node; d3 gives the scale. The legend is a
// separate list (StackedBarLegend) so exports can draw it as SVG from the same items.
import { scaleLinear } from 'd3';
import { useMemo } from 'react';
import { ChartSvg } from './ChartSvg.tsx';
import { themeColor } from './palette.ts';
import { stackedBarModel, type StackedBarInput } from './stackedBarModel.ts';
import type { LegendItem } from './svgLegend.ts';
import { estimateTextWidth, truncateToWidth } from './textWidth.ts';
import { useElementWidth } from './useElementWidth.ts';
import { formatNumber } from '../ui/format.ts';

export interface StackedBarSeries {
  key: string;
  label: string;
  color: string;
}

export interface StackedBarMarker {
  /** What the line under each bar counts, in the plural: "women". */
  label: string;
  /** The legend's words for it. */
  legend: string;
}

export interface StackedBarChartProps {
  title: string;
  description: string;
  items: readonly StackedBarInput[];
  /** The parts, in stacking order, with their names and colours. */
  series: readonly StackedBarSeries[];
  marker: StackedBarMarker;
  /** What a bar's total counts, for its accessible name: "personnel". */
  unit: string;
  topN?: number;
  width?: number;
}

const FONT_SIZE = 12;
const BAR = 14;
const STRIP_GAP = 2;
const STRIP = 4;
const ROW_GAP = 10;
const MARKER_COLOR = themeColor.fg;

/** The legend's items: the parts drawn, then the marker line when any bar has one. */
export function stackedBarLegendItems(
  series: readonly StackedBarSeries[],
  keys: readonly string[],
  marker: StackedBarMarker | null,
): LegendItem[] {
  return [
    ...series.filter((s) => keys.includes(s.key)).map((s) => ({ id: s.key, label: s.label, color: s.color })),
    ...(marker ? [{ id: 'marker', label: marker.legend, color: MARKER_COLOR }] : []),
  ];
}

export function StackedBarChart({
  title,
  description,
  items,
  series,
  marker,
  unit,
  topN,
  width: fixedWidth,
}: StackedBarChartProps) {
  const [containerRef, measuredWidth] = useElementWidth();
  const width = fixedWidth ?? measuredWidth;
  const model = useMemo(
    () =>
      stackedBarModel(
        items,
        series.map((s) => s.key),
        topN,
      ),
    [items, series, topN],
  );
  const layout = useMemo(() => {
    const bySeries = new Map(series.map((s) => [s.key, s]));
    const valueTexts = model.rows.map(
      (r) =>
        `${formatNumber(r.total)}${r.marker === null ? '' : ` · ${formatNumber(r.marker)} ${marker.label}`}`,
    );
    const widestName = Math.max(0, ...model.rows.map((r) => estimateTextWidth(r.label, FONT_SIZE))) + 4;
    // Names that would take more than 40% of the width go above their bars, at full width.
    const isAbove = widestName > width * 0.4;
    const x0 = isAbove ? 0 : widestName + 8;
    const valueRoom = Math.max(0, ...valueTexts.map((t) => estimateTextWidth(t, FONT_SIZE))) + 8;
    const x1 = Math.max(x0 + 10, width - valueRoom);
    const x = scaleLinear()
      .domain([0, model.max > 0 ? model.max : 1])
      .range([x0, x1]);
    const nameRoom = isAbove ? FONT_SIZE + 4 : 0;
    const rowStep = nameRoom + BAR + STRIP_GAP + STRIP + ROW_GAP;
    const top = 4;
    const rows = model.rows.map((r, i) => {
      const y = top + i * rowStep;
      const barY = y + nameRoom;
      const partsText = r.parts
        .map((p) => `${bySeries.get(p.key)?.label ?? p.key} ${formatNumber(p.value)}`)
        .join(', ');
      return {
        id: r.id,
        label: truncateToWidth(r.label, isAbove ? width : widestName, FONT_SIZE),
        nameX: isAbove ? 0 : widestName,
        nameY: isAbove ? y + FONT_SIZE - 1 : barY + BAR / 2,
        isAbove,
        barY,
        parts: r.parts.map((p) => ({
          key: p.key,
          x: x(p.from),
          width: Math.max(1, x(p.to) - x(p.from)),
          color: bySeries.get(p.key)?.color ?? MARKER_COLOR,
          title: `${bySeries.get(p.key)?.label ?? p.key}: ${formatNumber(p.value)}`,
        })),
        strip: r.marker !== null && r.marker > 0 ? { x: x0, width: Math.max(1, x(r.marker) - x0) } : null,
        valueX: x(r.total) + 4,
        valueY: barY + (BAR + STRIP_GAP + STRIP) / 2,
        valueText: valueTexts[i] ?? '',
        ariaLabel: `${r.label}: ${formatNumber(r.total)} ${unit}${partsText ? ` (${partsText})` : ''}${
          r.marker === null ? '' : `; ${formatNumber(r.marker)} ${marker.label}`
        }`,
      };
    });
    const bottom = top + model.rows.length * rowStep;
    const note =
      model.hiddenCount > 0
        ? { text: `${model.hiddenCount} smaller not drawn: see the table.`, y: bottom + 10 }
        : null;
    return { rows, note, height: bottom + (note ? 18 : 0) };
  }, [model, series, marker.label, unit, width]);

  return (
    <div className="bh-chart" ref={containerRef}>
      <ChartSvg width={width} height={layout.height} title={title} description={description}>
        <g className="bh-stacked-bars">
          {layout.rows.map((row) => (
            <g key={row.id} role="graphics-symbol" aria-label={row.ariaLabel} data-bar={row.id}>
              <text
                x={row.nameX}
                y={row.nameY}
                dy={row.isAbove ? undefined : '0.32em'}
                textAnchor={row.isAbove ? 'start' : 'end'}
                fontSize={FONT_SIZE}
                fill="currentColor"
              >
                {row.label}
              </text>
              {row.parts.map((p) => (
                <rect key={p.key} x={p.x} y={row.barY} width={p.width} height={BAR} fill={p.color}>
                  <title>{p.title}</title>
                </rect>
              ))}
              {row.strip && (
                <rect
                  x={row.strip.x}
                  y={row.barY + BAR + STRIP_GAP}
                  width={row.strip.width}
                  height={STRIP}
                  fill={MARKER_COLOR}
                  data-marker=""
                />
              )}
              <text x={row.valueX} y={row.valueY} dy="0.32em" fontSize={FONT_SIZE} fill="currentColor">
                {row.valueText}
              </text>
            </g>
          ))}
        </g>
        {layout.note && (
          <text x={0} y={layout.note.y} fontSize={FONT_SIZE} className="bh-chart-note" fill="currentColor">
            {layout.note.text}
          </text>
        )}
      </ChartSvg>
    </div>
  );
}

/** The legend as a list beside the chart: the same items the exports draw. */
export function StackedBarLegend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  return (
    <ul className="legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <span
            className="legend-swatch"
            aria-hidden="true"
            style={
              item.id === 'marker'
                ? { background: item.color, height: '0.3rem', border: 'none' }
                : { background: item.color }
            }
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
