// Stateless marks for "where a country serves": land, one circle per mission, leader lines and
// labels. React renders every node; missionMapLayout.ts computed every number.
import { formatNumber } from '../ui/format.ts';
import { ChartSvg } from './ChartSvg.tsx';
import { MAP_FONT_SIZE, type MissionMapLayout } from './missionMapLayout.ts';

export interface MissionMapProps {
  title: string;
  description: string;
  layout: MissionMapLayout;
  /** Words for a circle's accessible name: "MONUSCO (DR Congo): 1,839 personnel". */
  describeMark?: (id: string, value: number) => string;
}

const defaultDescribe = (id: string, value: number) => `${id}: ${formatNumber(value)} personnel`;

export function MissionMap({ title, description, layout, describeMark = defaultDescribe }: MissionMapProps) {
  return (
    <ChartSvg width={layout.width} height={layout.height} title={title} description={description}>
      <g className="bh-mission-map-land" aria-hidden="true">
        {layout.land.map((d, i) => (
          <path
            key={i}
            d={d}
            fill="var(--bh-map-none, #eceff1)"
            stroke="var(--bh-bg, #ffffff)"
            strokeWidth={0.5}
          />
        ))}
      </g>
      <g className="bh-mission-map-leaders" aria-hidden="true">
        {layout.marks
          .filter((m) => m.isAnchorOutside)
          .map((m) => (
            <g key={m.id}>
              <line
                x1={m.anchorX}
                y1={m.anchorY}
                x2={m.x}
                y2={m.y}
                stroke="var(--bh-muted, #5f6368)"
                strokeWidth={0.8}
              />
              <circle cx={m.anchorX} cy={m.anchorY} r={1.5} fill="var(--bh-muted, #5f6368)" />
            </g>
          ))}
      </g>
      <g className="bh-mission-map-marks">
        {layout.marks.map((m) => {
          const name = describeMark(m.id, m.value);
          return (
            <circle
              key={m.id}
              cx={m.x}
              cy={m.y}
              r={m.r}
              fill="var(--bh-series-1, #0072b2)"
              fillOpacity={0.75}
              stroke="var(--bh-bg, #ffffff)"
              strokeWidth={1}
              data-mission={m.id}
              aria-label={name}
            >
              <title>{name}</title>
            </circle>
          );
        })}
      </g>
      <g className="bh-mission-map-labels" aria-hidden="true" fontSize={MAP_FONT_SIZE}>
        {layout.marks.map((m) => (
          <g key={m.id}>
            {m.hasLabelLeader && (
              <line
                x1={m.labelAnchor === 'end' ? m.x - m.r : m.x + m.r}
                y1={m.y}
                x2={m.labelX}
                y2={m.labelY}
                stroke="var(--bh-muted, #5f6368)"
                strokeWidth={0.6}
              />
            )}
            <text
              x={m.labelX}
              y={m.labelY}
              dy="0.35em"
              textAnchor={m.labelAnchor}
              fill="var(--bh-fg, #1a1a1a)"
              stroke="var(--bh-bg, #ffffff)"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {m.label}
            </text>
          </g>
        ))}
      </g>
    </ChartSvg>
  );
}
