import { memo } from 'react';

export interface BarMark {
  id: string;
  /** Rank as shown in the first column: "1", or "=2" for a tie. */
  rankText: string;
  /** Name right-aligned against the bar. */
  label: string;
  /** Text after the bar end, e.g. "6,080". */
  valueText: string;
  /** Full sentence for assistive technology, e.g. "Rank 2, Nepal: 6,080". */
  ariaLabel: string;
  y: number;
  height: number;
  x0: number;
  x1: number;
  isHighlighted: boolean;
  /** Baseline of the name when it sits above the bar (narrow charts); centred beside the bar otherwise. */
  labelY?: number;
  /** A bar left of its zero (a diverging ranking): its own fill, its value text left of its end. */
  isNegative?: boolean;
}

export interface BarMarksProps {
  bars: readonly BarMark[];
  /** Right edge of the name column (the rank column starts at 0); its left edge for names above bars. */
  labelX: number;
  fontSize?: number;
  /** Narrowest bar drawn, so a value of about zero still shows a sliver. */
  minBarWidth?: number;
}

/**
 * Horizontal bars of every ranking in the site (RankingBarChart, the women's diverging distance to
 * target): rank, name, bar and value. A highlighted bar changes fill AND its label turns bold: colour is
 * not the only cue.
 */
export const BarMarks = memo(function BarMarks({
  bars,
  labelX,
  fontSize = 12,
  minBarWidth = 0,
}: BarMarksProps) {
  return (
    <g className="bh-bars">
      {bars.map((bar) => {
        const centre = bar.y + bar.height / 2;
        const isAbove = bar.labelY !== undefined;
        return (
          <g
            key={bar.id}
            className={bar.isHighlighted ? 'bh-bar bh-bar--highlighted' : 'bh-bar'}
            role="graphics-symbol"
            aria-label={bar.ariaLabel}
          >
            <text
              x={0}
              y={isAbove ? bar.labelY : centre}
              dy={isAbove ? undefined : '0.32em'}
              fontSize={fontSize}
              fill="currentColor"
              className="bh-bar-rank"
            >
              {bar.rankText}
            </text>
            <text
              x={labelX}
              y={isAbove ? bar.labelY : centre}
              dy={isAbove ? undefined : '0.32em'}
              textAnchor={isAbove ? 'start' : 'end'}
              fontSize={fontSize}
              fontWeight={bar.isHighlighted ? 700 : 400}
              fill="currentColor"
            >
              {bar.label}
            </text>
            <rect
              x={Math.min(bar.x0, bar.x1)}
              y={bar.y}
              width={Math.max(minBarWidth, Math.abs(bar.x1 - bar.x0))}
              height={bar.height}
              className="bh-bar-rect"
              fill={
                bar.isHighlighted
                  ? 'var(--bh-accent, #0072B2)'
                  : bar.isNegative
                    ? 'var(--bh-bar-negative, #c9a27e)'
                    : 'var(--bh-bar, #9fb3c8)'
              }
            />
            <text
              x={bar.isNegative ? bar.x1 - 4 : bar.x1 + 4}
              y={centre}
              dy="0.32em"
              textAnchor={bar.isNegative ? 'end' : undefined}
              fontSize={fontSize}
              fontWeight={bar.isHighlighted ? 700 : 400}
              fill="currentColor"
              className="bh-bar-value"
            >
              {bar.valueText}
            </text>
          </g>
        );
      })}
    </g>
  );
});
