import { memo } from 'react';

export interface EndLabelMark {
  id: string;
  text: string;
  color: string;
  x: number;
  y: number;
  isHighlighted?: boolean;
  /** A name wrapped onto several lines, centred on y; `text` alone when it fits on one. */
  lines?: readonly string[];
}

export interface EndLabelMarksProps {
  labels: readonly EndLabelMark[];
  /** 'line' draws a short stroke as the key, 'area' a square. */
  keyShape?: 'line' | 'area';
  fontSize?: number;
}

/**
 * Series names at the right end of the plot. Text stays in the foreground colour (palette colours are
 * too faint for text); the small key beside it carries the colour.
 */
export const EndLabelMarks = memo(function EndLabelMarks({
  labels,
  keyShape = 'line',
  fontSize = 12,
}: EndLabelMarksProps) {
  return (
    <g className="bh-end-labels" fontSize={fontSize} aria-hidden="true">
      {labels.map((l) => (
        <g key={l.id} transform={`translate(${l.x},${l.y})`}>
          {keyShape === 'line' ? (
            <line x1={2} x2={12} stroke={l.color} strokeWidth={3} strokeLinecap="round" className="bh-key" />
          ) : (
            <rect x={2} y={-5} width={10} height={10} fill={l.color} className="bh-key" />
          )}
          {l.lines && l.lines.length > 1 ? (
            <text
              x={16}
              dy={`${0.32 - ((l.lines.length - 1) * 1.25) / 2}em`}
              fill="currentColor"
              fontWeight={l.isHighlighted ? 700 : 400}
            >
              {l.lines.map((line, i) => (
                <tspan key={i} x={16} dy={i === 0 ? undefined : '1.25em'}>
                  {line}
                </tspan>
              ))}
            </text>
          ) : (
            <text x={16} dy="0.32em" fill="currentColor" fontWeight={l.isHighlighted ? 700 : 400}>
              {l.text}
            </text>
          )}
        </g>
      ))}
    </g>
  );
});
