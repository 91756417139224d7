import { memo, useId } from 'react';

export interface GapMark {
  /** Left edge and width in pixels. */
  x: number;
  width: number;
  /** e.g. "no data: April 2014 – December 2014" */
  label: string;
  /**
   * 'foot': a short hatched strip on the time axis instead of a full-height band — for a single missing
   * month that a stacked area bridges, so the shape is not chopped into bars.
   */
  extent?: 'full' | 'foot';
}

/** Height of a foot marker, in pixels. */
export const GAP_FOOT_HEIGHT = 8;

export interface GapMarksProps {
  gaps: readonly GapMark[];
  height: number;
}

/** Hatched bands over months without data, each labelled, so a break in a line is explained in words. */
export const GapMarks = memo(function GapMarks({ gaps, height }: GapMarksProps) {
  const patternId = useId();
  if (gaps.length === 0) return null;
  return (
    <g className="bh-gaps">
      <defs>
        <pattern
          id={patternId}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line y2={6} stroke="currentColor" strokeWidth={1.5} />
        </pattern>
      </defs>
      {gaps.map((gap) => (
        <g key={`${gap.x}-${gap.width}`} className="bh-gap" role="graphics-symbol" aria-label={gap.label}>
          <title>{gap.label}</title>
          {gap.extent === 'foot' ? (
            <rect
              x={gap.x}
              y={height - GAP_FOOT_HEIGHT}
              width={gap.width}
              height={GAP_FOOT_HEIGHT}
              fill={`url(#${patternId})`}
              className="bh-gap-foot"
            />
          ) : (
            <rect x={gap.x} width={gap.width} height={height} fill={`url(#${patternId})`} />
          )}
        </g>
      ))}
    </g>
  );
});
