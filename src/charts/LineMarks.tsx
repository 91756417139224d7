import { line } from 'd3';
import { memo } from 'react';

export interface PixelPoint {
  x: number;
  y: number;
}

export interface LineMarkSeries {
  id: string;
  label: string;
  color: string;
  /** Runs of points between gaps; each becomes its own <path>, so a gap shows as a break. */
  segments: readonly (readonly PixelPoint[])[];
  isHighlighted?: boolean;
}

export interface LineMarksProps {
  series: readonly LineMarkSeries[];
  strokeWidth?: number;
}

const linePath = line<PixelPoint>()
  .x((p) => p.x)
  .y((p) => p.y)
  .digits(2);

/**
 * One <path> per segment. Round caps make a single-month segment (data between two gaps) a visible
 * dot rather than nothing.
 */
export const LineMarks = memo(function LineMarks({ series, strokeWidth = 2 }: LineMarksProps) {
  return (
    <g className="bh-lines">
      {series.map((s) => (
        <g
          key={s.id}
          className={s.isHighlighted ? 'bh-line bh-line--highlighted' : 'bh-line'}
          role="graphics-object"
          aria-label={s.label}
          style={{ color: s.color }}
        >
          {s.segments.map((segment, i) => (
            <path
              key={i}
              d={linePath(segment as PixelPoint[]) ?? ''}
              fill="none"
              stroke="currentColor"
              strokeWidth={s.isHighlighted ? strokeWidth + 1 : strokeWidth}
              strokeLinejoin="round"
              strokeLinecap="round"
            />
          ))}
        </g>
      ))}
    </g>
  );
});
