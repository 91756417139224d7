import { scaleLinear } from 'd3';
import { memo, useMemo } from 'react';
import { ChartSvg } from '../../charts/ChartSvg.tsx';
import { seriesColor } from '../../charts/palette.ts';
import { estimateTextWidth } from '../../charts/textWidth.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import type { PersonnelType } from '../../data/schema.ts';
import { PERSONNEL_TYPE_COLOR_INDEX } from '../../data/selectors/personnelTypeLabels.ts';
import type { PressBreakdown } from './womenModel.ts';
import { formatNumber } from '../../ui/format.ts';

const FONT = 12;
const count = formatNumber;

export interface PressSegment {
  type: PersonnelType;
  label: string;
  women: number;
  x0: number;
  x1: number;
  color: string;
}

export interface PressBlock {
  id: string;
  heading: string;
  segments: PressSegment[];
  brackets: { id: string; x0: number; x1: number; text: string }[];
  /** Top of the bar. */
  barY: number;
  /** Top of the block (its heading's baseline sits 14 px below). */
  y: number;
}

export interface PressLayout {
  blocks: PressBlock[];
  barHeight: number;
  height: number;
}

export interface PressEntry {
  id: string;
  /** e.g. "March 2023 (the press figure's month): 570 women" */
  heading: string;
  breakdown: PressBreakdown;
}

const BLOCK_HEIGHT = 104;

/**
 * One bar per month of all uniformed women, split by type, on one shared scale, with a bracket under
 * the military types and one under the police.
 */
export function pressLayout(entries: readonly PressEntry[], width: number): PressLayout {
  const barHeight = 30;
  const max = Math.max(1, ...entries.map((e) => e.breakdown.women ?? 0));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, Math.max(10, width - 2)]);
  const blocks = entries.map((entry, blockIndex): PressBlock => {
    const y = blockIndex * BLOCK_HEIGHT;
    const barY = y + 22;
    let at = 0;
    const ordered = entry.breakdown.rows
      .filter((r) => r.women !== null && r.women > 0)
      .sort((a, b) => (a.group === b.group ? 0 : a.group === 'military' ? -1 : 1));
    const segments = ordered.map((r) => {
      const women = r.women ?? 0;
      const seg = {
        type: r.type,
        label: r.label,
        women,
        x0: x(at),
        x1: x(at + women),
        color: seriesColor(PERSONNEL_TYPE_COLOR_INDEX[r.type]),
      };
      at += women;
      return seg;
    });
    const bracket = (group: 'military' | 'police', text: string) => {
      const inGroup = segments.filter((s) => ordered.find((r) => r.type === s.type)?.group === group);
      const first = inGroup[0];
      const last = inGroup[inGroup.length - 1];
      return first && last ? [{ id: group, x0: first.x0, x1: last.x1, text }] : [];
    };
    return {
      id: entry.id,
      heading: entry.heading,
      segments,
      brackets: [
        ...bracket('military', `Military: ${count(entry.breakdown.militaryWomen ?? 0)}`),
        ...bracket('police', `Police: ${count(entry.breakdown.policeWomen ?? 0)}`),
      ],
      barY,
      y,
    };
  });
  return { blocks, barHeight, height: entries.length * BLOCK_HEIGHT - 16 };
}

/**
 * Why two figures for the same women: each bar is every uniformed woman a country had deployed that
 * month, split by type; brackets mark the military types and the police. Colour is backed by the
 * legend, the table and the sentence beside it.
 */
export function PressFigureChart({
  title,
  description,
  entries,
  width: fixedWidth,
}: {
  title: string;
  description: string;
  entries: readonly PressEntry[];
  width?: number;
}) {
  const [ref, measured] = useElementWidth();
  const width = fixedWidth ?? measured;
  const layout = useMemo(() => pressLayout(entries, width), [entries, width]);
  const legend = useMemo(() => {
    const seen = new Map<string, { label: string; color: string }>();
    for (const b of layout.blocks)
      for (const s of b.segments) seen.set(s.type, { label: s.label, color: s.color });
    return [...seen];
  }, [layout]);
  return (
    <div className="bh-chart" ref={ref}>
      <ChartSvg width={width} height={layout.height} title={title} description={description}>
        <PressMarks layout={layout} width={width} />
      </ChartSvg>
      <ul className="legend women-press-legend" aria-hidden="true">
        {legend.map(([type, s]) => (
          <li key={type}>
            <span className="legend-swatch" style={{ background: s.color }} />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

const PressMarks = memo(function PressMarks({ layout, width }: { layout: PressLayout; width: number }) {
  const { blocks, barHeight } = layout;
  return (
    <g fontSize={FONT}>
      {blocks.map((block) => (
        <g key={block.id} role="graphics-object" aria-label={block.heading}>
          <text x={0} y={block.y + 14} fill="currentColor" fontWeight={700}>
            {block.heading}
          </text>
          {block.segments.map((s) => (
            <g key={s.type} role="graphics-symbol" aria-label={`${s.label}: ${count(s.women)} women`}>
              <title>{`${s.label}: ${count(s.women)} women`}</title>
              <rect
                x={s.x0}
                y={block.barY}
                width={Math.max(1, s.x1 - s.x0)}
                height={barHeight}
                fill={s.color}
                stroke="var(--bh-bg, #ffffff)"
                strokeWidth={1}
                className="bh-key"
              />
            </g>
          ))}
          {block.brackets.map((b) => {
            const y = block.barY + barHeight + 6;
            const mid = (b.x0 + b.x1) / 2;
            const textWidth = estimateTextWidth(b.text, FONT);
            const textX = Math.min(Math.max(mid, textWidth / 2), width - textWidth / 2);
            return (
              <g key={b.id} aria-hidden="true">
                <path
                  d={`M${b.x0 + 1},${y} v6 H${b.x1 - 1} v-6`}
                  fill="none"
                  stroke="currentColor"
                  strokeWidth={1.5}
                />
                <text x={textX} y={y + 20} textAnchor="middle" fill="currentColor" fontWeight={700}>
                  {b.text}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </g>
  );
});
