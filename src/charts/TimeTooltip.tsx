import type { PixelPoint } from './LineMarks.tsx';

/** Below this container width the tooltip docks under the chart. */
export const NARROW_CHART_WIDTH = 480;

export interface TooltipRow {
  id: string;
  label: string;
  color: string;
  /** Exact value with thousands separators, or "no data". */
  valueText: string;
  /** The series the keyboard cursor is on. */
  isActive?: boolean;
}

export interface TimeTooltipProps {
  /** The month, e.g. "March 2023". */
  heading: string;
  rows: readonly TooltipRow[];
  /** Optional last row, e.g. a stack's total. */
  footer?: TooltipRow;
  /** x of the hovered month inside the chart container, in pixels. */
  x: number;
  containerWidth: number;
  /** A line under the rows, e.g. how many series the reading leaves out. */
  note?: string;
}

/**
 * The visible reading of the hovered month. It is aria-hidden: screen readers get the same reading,
 * one series at a time, from the live region instead of a list that changes on every pointer move.
 */
export function TimeTooltip({ heading, rows, footer, x, containerWidth, note }: TimeTooltipProps) {
  // On a phone a floating box would hide most of the plot: the reading sits under the chart instead.
  const isBelow = containerWidth < NARROW_CHART_WIDTH;
  const isOnRight = x < containerWidth / 2;
  const style = isBelow ? undefined : isOnRight ? { left: x + 12 } : { right: containerWidth - x + 12 };
  return (
    <div className={isBelow ? 'bh-tooltip bh-tooltip--below' : 'bh-tooltip'} style={style} aria-hidden="true">
      <div className="bh-tooltip-heading">{heading}</div>
      <table>
        <tbody>
          {[...rows, ...(footer ? [footer] : [])].map((row) => (
            <tr
              key={row.id}
              className={row.isActive ? 'bh-tooltip-row bh-tooltip-row--active' : 'bh-tooltip-row'}
            >
              <td>
                <span className="bh-tooltip-key" style={{ background: row.color }} />
                {row.label}
              </td>
              <td className="bh-num">{row.valueText}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {note ? <div className="bh-tooltip-note">{note}</div> : null}
    </div>
  );
}

export interface HoverRuleProps {
  x: number;
  height: number;
  points: readonly (PixelPoint & { id: string; color: string; isActive?: boolean })[];
}

/** Vertical rule at the hovered month and a dot on each series there (SVG, inside the plot group). */
export function HoverRule({ x, height, points }: HoverRuleProps) {
  return (
    <g className="bh-hover" pointerEvents="none">
      <line x1={x} x2={x} y2={height} stroke="currentColor" strokeWidth={1} className="bh-hover-rule" />
      {points.map((p) => (
        <circle
          key={p.id}
          className={p.isActive ? 'bh-hover-dot bh-hover-dot--active' : 'bh-hover-dot'}
          cx={p.x}
          cy={p.y}
          r={p.isActive ? 5 : 3.5}
          fill={p.color}
          stroke="var(--bh-bg, #ffffff)"
          strokeWidth={1.5}
        />
      ))}
    </g>
  );
}

/** Visually hidden, polite live region: always mounted so changes to its text are announced. */
export function LiveAnnouncer({ message }: { message: string }) {
  return (
    <div className="bh-visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
