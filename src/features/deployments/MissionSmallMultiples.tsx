import { memo, useMemo } from 'react';
import { scaleLinear } from 'd3';
import { AreaMarks } from '../../charts/AreaMarks.tsx';
import { Axis } from '../../charts/Axis.tsx';
import { ChartSvg, TIME_CHART_KEYBOARD_HINT } from '../../charts/ChartSvg.tsx';
import { GapMarks } from '../../charts/GapMarks.tsx';
import { formatMonthShort, formatMonthSpan } from '../../charts/monthFormat.ts';
import { timeAxisLayout } from '../../charts/timeAxisLayout.ts';
import { HoverRule, LiveAnnouncer, TimeTooltip } from '../../charts/TimeTooltip.tsx';
import { lineSegments, type IndexRange } from '../../charts/timeSeriesModel.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import { useTimeHover } from '../../charts/useTimeHover.ts';
import { estimateTextWidth } from '../../charts/textWidth.ts';
import type { MissionMonthStatus } from '../../data/selectors/missionSeries.ts';
import { monthIndex, monthLabel } from '../../data/selectors/months.ts';
import type { MissionPanel, MissionPanelsModel } from './missionModel.ts';
import { formatNumber } from '../../ui/format.ts';
import { MissionLink } from '../../ui/MissionLink.tsx';

export interface MissionSmallMultiplesProps {
  /** Accessible name of the whole set; each panel is its own image with its own name. */
  title: string;
  months: readonly string[];
  model: MissionPanelsModel;
  range: IndexRange;
  /** One y scale for every panel (heights comparable) or each panel its own. */
  scale: 'shared' | 'own';
  countryName: string;
  /** Fixed width (tests); otherwise the grid follows its container. */
  width?: number;
}

const PANEL_MIN = 230;
const GAP = 16;
const PANEL_HEIGHT = 104;
const COLOR = 'var(--bh-series-1, #0072B2)';

/** Columns and panel width for a grid `width` px wide. */
export function gridColumns(width: number): { columns: number; panelWidth: number } {
  const columns = Math.max(1, Math.floor((width + GAP) / (PANEL_MIN + GAP)));
  return { columns, panelWidth: Math.floor((width - GAP * (columns - 1)) / columns) };
}

/**
 * Small multiples of personnel by mission, largest peak first. Months whose source has no mission
 * detail are hatched and named "no mission detail"; months without a report, "no report". Neither is
 * drawn as zero.
 */
export function MissionSmallMultiples({
  title,
  months,
  model,
  range,
  scale,
  countryName,
  width: fixedWidth,
}: MissionSmallMultiplesProps) {
  const [ref, measured] = useElementWidth();
  const width = fixedWidth ?? measured;
  const { columns, panelWidth } = gridColumns(width);
  return (
    <div
      ref={ref}
      className="dep-multiples"
      role="list"
      aria-label={title}
      style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
    >
      {model.panels.map((panel) => (
        <div role="listitem" key={panel.mission.acronym} className="dep-panel">
          <MissionPanelView
            panel={panel}
            months={months}
            range={range}
            status={model.status}
            noDetail={model.noDetail}
            gaps={model.gaps}
            yMax={scale === 'shared' ? model.sharedMax : panel.peak}
            width={panelWidth}
            countryName={countryName}
          />
        </div>
      ))}
    </div>
  );
}

interface PanelProps {
  panel: MissionPanel;
  months: readonly string[];
  range: IndexRange;
  status: readonly MissionMonthStatus[];
  noDetail: readonly IndexRange[];
  gaps: readonly IndexRange[];
  yMax: number;
  width: number;
  countryName: string;
}

const count = formatNumber;

export function panelReading(
  panel: MissionPanel,
  status: readonly MissionMonthStatus[],
  index: number,
  /** The month index of the mission's closure (its last December), if it has closed. */
  closedAt: number | null = null,
): string {
  // After a mission closed, a month without a report or detail says nothing about it.
  if (closedAt !== null && index > closedAt && panel.closedYear !== null)
    return `closed in ${panel.closedYear}`;
  const s = status[index];
  if (s === 'gap') return 'no report';
  if (s === 'noDetail') return 'no mission detail';
  const v = panel.values[index];
  return v === null || v === undefined ? 'no data' : count(v);
}

const MissionPanelView = memo(function MissionPanelView({
  panel,
  months,
  range,
  status,
  noDetail,
  gaps,
  yMax,
  width,
  countryName,
}: PanelProps) {
  const { mission } = panel;
  const layout = useMemo(() => {
    const topLabel = count(yMax);
    const left = Math.ceil(estimateTextWidth(topLabel, 11) + 8);
    const margin = { top: 8, right: 8, bottom: 20, left };
    const plotWidth = Math.max(40, width - margin.left - margin.right);
    const plotHeight = PANEL_HEIGHT - margin.top - margin.bottom;
    const x = timeAxisLayout(months, range, plotWidth, 11);
    const y = scaleLinear()
      .domain([0, Math.max(1, yMax)])
      .range([plotHeight, 0]);
    return { margin, plotWidth, plotHeight, x, y, topLabel };
  }, [months, range, width, yMax]);

  const [hover, handlers] = useTimeHover({
    range,
    seriesCount: 1,
    xScale: layout.x.scale,
    plotLeft: layout.margin.left,
  });

  const marks = useMemo(() => {
    const { x, y, plotWidth, plotHeight } = layout;
    const clampX = (i: number) => Math.min(plotWidth, Math.max(0, x.scale(i)));
    const bands = (runs: readonly IndexRange[], label: string) =>
      runs.map((g) => {
        const x0 = clampX(g.from - 0.5);
        const x1 = clampX(g.to + 0.5);
        return {
          x: x0,
          width: Math.max(2, x1 - x0),
          label: `${label}: ${formatMonthSpan(months[g.from] ?? '', months[g.to] ?? '')}`,
        };
      });
    const segments = lineSegments(panel.values, range).map((seg) =>
      seg.map((p) => ({ x: x.scale(p.index), y0: y(0), y1: y(Math.min(p.value, yMax)) })),
    );
    const endIndex = mission.end === null ? null : monthIndex(months, `${mission.end}-12-31`);
    // Hatching only where the country could have been there: from its first month in the mission to
    // the mission's closure. A month without a report years after a mission closed says nothing about
    // it (and twelve panels repeating every gap of the range were a thousand elements to style).
    const active = { from: panel.firstServed, to: endIndex ?? range.to };
    const within = (runs: readonly IndexRange[]) =>
      runs.flatMap((g) =>
        g.to < active.from || g.from > active.to
          ? []
          : [{ from: Math.max(g.from, active.from), to: Math.min(g.to, active.to) }],
      );
    const closureX =
      endIndex !== null && endIndex >= range.from && endIndex <= range.to ? x.scale(endIndex) : null;
    return (
      <>
        <g className="dep-no-report">
          <GapMarks gaps={bands(within(gaps), 'no report')} height={plotHeight} />
        </g>
        <GapMarks gaps={bands(within(noDetail), 'no mission detail')} height={plotHeight} />
        <AreaMarks
          layers={[
            { id: mission.acronym, label: `${countryName} in ${mission.acronym}`, color: COLOR, segments },
          ]}
        />
        <line x2={plotWidth} y1={plotHeight} y2={plotHeight} stroke="currentColor" strokeWidth={1} />
        <g fontSize={11} aria-hidden="true" className="bh-axis">
          <text x={-4} y={y(yMax)} dy="0.32em" textAnchor="end" fill="currentColor">
            {layout.topLabel}
          </text>
          <text x={-4} y={plotHeight} dy="0.32em" textAnchor="end" fill="currentColor">
            0
          </text>
        </g>
        <g transform={`translate(0,${plotHeight})`}>
          <Axis orientation="bottom" ticks={x.ticks} length={plotWidth} fontSize={11} />
        </g>
        {closureX !== null && (
          <g
            className="dep-closure"
            role="graphics-symbol"
            aria-label={`${mission.acronym} closed in ${mission.end}`}
          >
            <line x1={closureX} x2={closureX} y2={plotHeight} stroke="currentColor" strokeDasharray="3 3" />
            {/* The label reads away from the nearer edge, clear of the y-axis label at the top left. */}
            <text
              x={closureX < plotWidth / 2 ? closureX + 3 : closureX - 3}
              y={8}
              textAnchor={closureX < plotWidth / 2 ? 'start' : 'end'}
              fontSize={10}
              fill="currentColor"
            >
              closed {mission.end}
            </text>
          </g>
        )}
      </>
    );
  }, [layout, panel, range, months, noDetail, gaps, mission, yMax, countryName]);

  const hoverIndex = hover.index;
  const hoverMonth = hoverIndex === null ? undefined : months[hoverIndex];
  const closedAt = mission.end === null ? null : monthIndex(months, `${mission.end}-12-31`);
  const reading = hoverIndex === null ? '' : panelReading(panel, status, hoverIndex, closedAt);
  const hoverValue = hoverIndex === null ? null : (panel.values[hoverIndex] ?? null);
  const hoverX = hoverIndex === null ? 0 : layout.x.scale(hoverIndex);
  const peakText = `peak ${count(panel.peak)} in ${formatMonthShort(months[panel.peakMonth] ?? '')}`;
  const lastText =
    panel.latest !== null && panel.latest > 0
      ? `${formatMonthShort(months[range.to] ?? '')}: ${count(panel.latest)}`
      : `last ${formatMonthShort(months[panel.lastServed] ?? '')}`;
  const svgTitle = `${countryName}'s personnel in ${mission.acronym} (${mission.name}, ${mission.host})`;
  const svgDescription = `Month by month, ${peakText}; ${lastText}.${
    mission.end !== null ? ` The mission closed in ${mission.end}.` : ''
  } Hatched months have no mission detail or no report.`;
  return (
    <div className="dep-panel-inner">
      <h3 className="dep-panel-title">
        <MissionLink acronym={mission.acronym} name={mission.name} />{' '}
        <span className="dep-panel-host">{mission.host}</span>
      </h3>
      <p className="dep-panel-name">{mission.name}</p>
      <p className="dep-panel-facts">
        {peakText} · {lastText}
        {mission.end !== null ? ` · closed ${mission.end}` : ''}
      </p>
      <div className="bh-chart">
        <ChartSvg
          width={width}
          height={PANEL_HEIGHT}
          title={svgTitle}
          description={svgDescription}
          keyboardHint={TIME_CHART_KEYBOARD_HINT}
          tabIndex={0}
          {...handlers}
        >
          <g transform={`translate(${layout.margin.left},${layout.margin.top})`}>
            {marks}
            {hoverIndex !== null && (
              <HoverRule
                x={hoverX}
                height={layout.plotHeight}
                points={
                  hoverValue === null
                    ? []
                    : [
                        {
                          id: mission.acronym,
                          x: hoverX,
                          y: layout.y(Math.min(hoverValue, yMax)),
                          color: COLOR,
                          isActive: hover.isKeyboard,
                        },
                      ]
                }
              />
            )}
          </g>
        </ChartSvg>
        {hoverIndex !== null && hoverMonth && (
          <TimeTooltip
            heading={monthLabel(hoverMonth)}
            x={layout.margin.left + hoverX}
            containerWidth={width}
            rows={[
              {
                id: mission.acronym,
                label: mission.acronym,
                color: COLOR,
                valueText: reading,
                isActive: hover.isKeyboard,
              },
            ]}
          />
        )}
        <LiveAnnouncer
          message={
            hover.isKeyboard && hoverMonth ? `${monthLabel(hoverMonth)}, ${mission.acronym}: ${reading}` : ''
          }
        />
      </div>
    </div>
  );
});
