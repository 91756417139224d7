import { memo } from 'react';
import { tickLabelAnchor, type AxisTick } from './axisTick.ts';

export interface AxisProps {
  orientation: 'bottom' | 'left';
  ticks: readonly AxisTick[];
  /** Length of the axis line (plot width for bottom, plot height for left). */
  length: number;
  /** Draw grid lines across the plot, this many pixels long (plot height for bottom, width for left). */
  gridLength?: number;
  /** Axis title: for a left axis it sits above the tick labels, for a bottom axis below them. */
  title?: string;
  fontSize?: number;
}

/** Axis drawn by React: the parent positions it with a transform at the plot's bottom or left edge. */
export const Axis = memo(function Axis({
  orientation,
  ticks,
  length,
  gridLength,
  title,
  fontSize = 12,
}: AxisProps) {
  if (orientation === 'left') {
    return (
      <g className="bh-axis bh-axis--left" fontSize={fontSize} aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick.value} transform={`translate(0,${tick.offset})`}>
            {gridLength !== undefined && (
              <line className="bh-grid" x2={gridLength} stroke="var(--bh-grid, #dadce0)" />
            )}
            <text x={-6} dy="0.32em" textAnchor="end" fill="currentColor">
              {tick.label}
            </text>
          </g>
        ))}
        {title && (
          <text className="bh-axis-title" x={0} y={-8} fill="currentColor" textAnchor="start">
            {title}
          </text>
        )}
      </g>
    );
  }
  return (
    <g className="bh-axis bh-axis--bottom" fontSize={fontSize} aria-hidden="true">
      {gridLength !== undefined &&
        ticks.map((tick) => (
          <line
            key={`grid-${tick.value}`}
            className="bh-grid"
            x1={tick.offset}
            x2={tick.offset}
            y2={-gridLength}
            stroke="var(--bh-grid, #dadce0)"
          />
        ))}
      <line className="bh-axis-line" x2={length} stroke="currentColor" />
      {ticks.map((tick, i) => {
        const anchor = tickLabelAnchor(tick.offset, i, ticks.length, length);
        return (
          <g key={tick.value} transform={`translate(${tick.offset},0)`}>
            <line y2={5} stroke="currentColor" />
            <text y={8} dy="0.71em" textAnchor={anchor} fill="currentColor">
              {tick.label}
            </text>
          </g>
        );
      })}
      {title && (
        <text className="bh-axis-title" x={length} y={36} textAnchor="end" fill="currentColor">
          {title}
        </text>
      )}
    </g>
  );
});
