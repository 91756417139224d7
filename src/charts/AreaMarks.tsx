import { area } from 'd3';
import { memo } from 'react';

export interface AreaPoint {
  x: number;
  y0: number;
  y1: number;
}

export interface AreaMarkLayer {
  id: string;
  label: string;
  color: string;
  /** Runs of months between gaps; each becomes its own <path>. */
  segments: readonly (readonly AreaPoint[])[];
}

export interface AreaMarksProps {
  layers: readonly AreaMarkLayer[];
}

const areaPath = area<AreaPoint>()
  .x((p) => p.x)
  .y0((p) => p.y0)
  .y1((p) => p.y1)
  .digits(2);

/** Filled layers with a thin background-coloured edge, so neighbouring layers separate without colour. */
export const AreaMarks = memo(function AreaMarks({ layers }: AreaMarksProps) {
  return (
    <g className="bh-areas">
      {layers.map((layer) => (
        <g
          key={layer.id}
          className="bh-area"
          role="graphics-object"
          aria-label={layer.label}
          style={{ color: layer.color }}
        >
          {layer.segments.map((segment, i) => (
            <path
              key={i}
              d={areaPath(segment as AreaPoint[]) ?? ''}
              fill="currentColor"
              stroke="var(--bh-bg, #ffffff)"
              strokeWidth={0.75}
            />
          ))}
        </g>
      ))}
    </g>
  );
});
