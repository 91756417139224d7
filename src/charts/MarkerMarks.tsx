import { memo } from 'react';

export interface MarkerMarksProps {
  /** Each marker's badge text and description, by id. */
  markers: readonly { id: string; badge: string; description: string }[];
  /** Placed badges (placeMarkers): the rule at x, the badge at badgeX. */
  placed: readonly { id: string; x: number; badgeX: number }[];
  /** y of the badge row, in plot coordinates (above the plot). */
  y: number;
  plotHeight: number;
}

/** Numbered event badges in a row above the plot, each with a dotted rule down to the time axis. */
export const MarkerMarks = memo(function MarkerMarks({ markers, placed, y, plotHeight }: MarkerMarksProps) {
  return (
    <g className="bh-markers" fontSize={11}>
      {placed.map((m) => {
        const marker = markers.find((k) => k.id === m.id);
        if (!marker) return null;
        return (
          <g key={m.id} className="bh-marker" role="graphics-symbol" aria-label={marker.description}>
            <title>{marker.description}</title>
            <line x1={m.x} x2={m.x} y1={y + 8} y2={plotHeight} stroke="currentColor" strokeDasharray="2 3" />
            <circle
              cx={m.badgeX}
              cy={y}
              r={8}
              fill="var(--bh-bg, #ffffff)"
              stroke="currentColor"
              strokeWidth={1.5}
            />
            <text x={m.badgeX} y={y} dy="0.35em" textAnchor="middle" fill="currentColor" fontWeight={700}>
              {marker.badge}
            </text>
          </g>
        );
      })}
    </g>
  );
});
