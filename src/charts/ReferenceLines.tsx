import { line } from 'd3';
import { memo } from 'react';
import type { PixelPoint } from './LineMarks.tsx';

export interface ReferenceLineMark {
  id: string;
  /** Polyline in pixels: two points for a horizontal or diagonal line, more for a stepped target. */
  points: readonly PixelPoint[];
  label: string;
  labelX: number;
  labelY: number;
  labelAnchor?: 'start' | 'middle' | 'end';
  /** Rotate the label (degrees) to run along a diagonal line. */
  labelAngle?: number;
}

export interface ReferenceLinesProps {
  lines: readonly ReferenceLineMark[];
  fontSize?: number;
}

const polyline = line<PixelPoint>()
  .x((p) => p.x)
  .y((p) => p.y)
  .digits(2);

/** Dashed target or ratio lines with their labels; dashes tell them apart from data lines without colour. */
export const ReferenceLines = memo(function ReferenceLines({ lines, fontSize = 11 }: ReferenceLinesProps) {
  return (
    <g className="bh-references">
      {lines.map((l) => (
        <g key={l.id} className="bh-reference" role="graphics-symbol" aria-label={l.label}>
          <path
            d={polyline(l.points as PixelPoint[]) ?? ''}
            fill="none"
            stroke="currentColor"
            strokeWidth={1.25}
            strokeDasharray="5 4"
          />
          <text
            x={l.labelX}
            y={l.labelY}
            textAnchor={l.labelAnchor ?? 'end'}
            transform={
              l.labelAngle ? `rotate(${l.labelAngle.toFixed(2)} ${l.labelX} ${l.labelY})` : undefined
            }
            fontSize={fontSize}
            fill="currentColor"
            stroke="var(--bh-bg, #ffffff)"
            strokeWidth={3}
            strokeLinejoin="round"
            paintOrder="stroke"
            className="bh-reference-label"
          >
            {l.label}
          </text>
        </g>
      ))}
    </g>
  );
});
