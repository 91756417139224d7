// Where they served: personnel per mission, small multiples.
import { useMemo } from 'react';
import { useCountryCells } from '../../../data/queries.ts';
import type { CountryCells } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { RadioChoice } from '../../../ui/RadioChoice.tsx';
import { monthLabel } from '../../../data/selectors/months.ts';
import { countryMissionSeries } from '../../../data/selectors/missionSeries.ts';
import { sourceLine } from '../../../data/selectors/sourceLine.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { formatMonthSpan } from '../../../charts/monthFormat.ts';
import { TOP_MISSIONS } from '../deploymentsView.ts';
import { describeMissions, missionDetailText, missionPanels, statusRuns } from '../missionModel.ts';
import { MissionSmallMultiples } from '../MissionSmallMultiples.tsx';
import type { DeploymentsChartProps } from '../deploymentsCharts.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { MissionLink } from '../../../ui/MissionLink.tsx';
import { MissionLinkedText } from '../../../ui/MissionLinkedText.tsx';

export default function MissionChart(props: DeploymentsChartProps) {
  const cells = useCountryCells(props.view.country);
  return (
    <Loaded query={cells} what={`data for ${props.name}`}>
      {(c) => <Missions {...props} cells={c} />}
    </Loaded>
  );
}

function Missions({
  manifest,
  view,
  name,
  range,
  update,
  cells,
}: DeploymentsChartProps & { cells: CountryCells }) {
  const missions = useMemo(() => countryMissionSeries(manifest, cells), [manifest, cells]);
  const panels = useMemo(
    () => missionPanels(manifest, missions, range, { set: view.missions, topN: TOP_MISSIONS }),
    [manifest, missions, range, view.missions],
  );
  const source = sourceLine(manifest, range.from, range.to);
  const span = formatMonthSpan(manifest.months[range.from] ?? '', manifest.months[range.to] ?? '');
  const slug = view.country.toLowerCase();
  const missionTable = useMemo(() => {
    type Row = { index: number; month: string };
    const rows: Row[] = [];
    for (let i = range.from; i <= range.to; i++) rows.push({ index: i, month: manifest.months[i] ?? '' });
    const hidden = panels.all.slice(panels.panels.length);
    const columns: DataTableColumn<Row>[] = [
      {
        id: 'month',
        label: 'Month',
        kind: 'text',
        value: (r) => monthLabel(r.month),
        sortValue: (r) => r.index,
      },
      {
        id: 'detail',
        label: 'Source gives',
        kind: 'text',
        value: (r) => missionDetailText(panels.status[r.index]),
      },
      ...panels.panels.map((p): DataTableColumn<Row> => ({
        id: p.mission.acronym,
        label: `${p.mission.acronym} (${p.mission.host})`,
        kind: 'number',
        value: (r) => p.values[r.index] ?? null,
      })),
    ];
    if (hidden.length > 0) {
      columns.push({
        id: 'other',
        label: `${hidden.length} other ${hidden.length === 1 ? 'mission' : 'missions'}`,
        kind: 'number',
        value: (r) =>
          panels.status[r.index] === 'detail'
            ? hidden.reduce((sum, p) => sum + (p.values[r.index] ?? 0), 0)
            : null,
      });
    }
    if (panels.unassigned.slice(range.from, range.to + 1).some((v) => (v ?? 0) > 0)) {
      columns.push({
        id: 'unassigned',
        label: 'Mission not named',
        kind: 'number',
        value: (r) => panels.unassigned[r.index] ?? null,
      });
    }
    return { rows, columns };
  }, [manifest, panels, range]);
  const missionTitle = `${name}: where they served, by mission`;
  // The months whose source has no mission detail, named from the data rather than typed in.
  const noDetailText = useMemo(
    () =>
      statusRuns(missions.status, 'noDetail', { from: 0, to: manifest.months.length - 1 })
        .map((r) => formatMonthSpan(manifest.months[r.from] ?? '', manifest.months[r.to] ?? ''))
        .join('; '),
    [missions, manifest],
  );
  const missionDescription = describeMissions({ name, manifest, model: panels, range });

  return (
    <ChartUnit
      id="by-mission"
      title={missionTitle}
      subtitle={`Personnel per mission, ${span}, largest peak first${
        view.mscale === 'shared' ? ', all panels on one scale' : ', each panel on its own scale'
      }. Hatched: months whose source gives no mission detail (${noDetailText}) or that have no report — not zero.`}
      description={missionDescription}
      descriptionContent={<MissionLinkedText text={missionDescription} missions={manifest.missions} />}
      source={`${source} Mission names and hosts: UN lists of peacekeeping operations and political missions, as recorded in the dataset.`}
      exportSource={source}
      exportName={`${slug}-personnel-by-mission`}
      {...(panels.panels.length > 0 && panels.drawRange !== null
        ? {
            exportChart: (size: { width: number }) => (
              <MissionSmallMultiples
                title={missionTitle}
                months={manifest.months}
                model={panels}
                range={panels.drawRange ?? range}
                scale={view.mscale}
                countryName={name}
                width={size.width}
              />
            ),
          }
        : {})}
      legend={MISSION_LEGEND}
      controls={
        <div className="controls dep-mission-controls">
          <RadioChoice
            legend="Missions"
            value={view.missions}
            onChange={(missions) => update({ missions })}
            options={[
              { value: 'top', label: `Largest ${TOP_MISSIONS}` },
              { value: 'all', label: `All ${panels.all.length}` },
            ]}
          />
          <RadioChoice
            legend="Panel scale"
            value={view.mscale}
            onChange={(mscale) => update({ mscale })}
            options={[
              { value: 'shared', label: 'Same for all' },
              { value: 'own', label: 'Each its own' },
            ]}
          />
        </div>
      }
      chart={
        <>
          <MissionLegend />
          {panels.drawRange !== null && panels.drawRange.from > range.from && (
            <p className="note" data-testid="mission-start-note">
              {formatMonthSpan(
                manifest.months[range.from] ?? '',
                manifest.months[panels.drawRange.from - 1] ?? '',
              )}
              : no mission detail in the sources (IPI&rsquo;s per-country files), so the panels start in{' '}
              {monthLabel(manifest.months[panels.drawRange.from] ?? '')}. The table lists those months as
              &ldquo;no mission detail&rdquo;.
            </p>
          )}
          {panels.panels.length === 0 || panels.drawRange === null ? (
            <p className="note">No personnel by mission in the months shown.</p>
          ) : (
            <MissionSmallMultiples
              title={missionTitle}
              months={manifest.months}
              model={panels}
              range={panels.drawRange}
              scale={view.mscale}
              countryName={name}
            />
          )}
          {panels.hiddenCount > 0 && (
            <p className="note">
              {panels.hiddenCount} smaller {panels.hiddenCount === 1 ? 'mission is' : 'missions are'} not
              drawn (
              {panels.all.slice(panels.panels.length).map((p, i) => (
                <span key={p.mission.acronym}>
                  {i > 0 && ', '}
                  <MissionLink acronym={p.mission.acronym} name={p.mission.name} />
                </span>
              ))}
              ); choose &ldquo;All&rdquo; to see {panels.hiddenCount === 1 ? 'it' : 'them'}.
            </p>
          )}
        </>
      }
      table={{
        caption: `${missionTitle}, ${span}`,
        columns: missionTable.columns,
        rows: missionTable.rows,
        rowKey: (r) => String(r.index),
        initialSort: { columnId: 'month', direction: 'descending' },
      }}
    />
  );
}

const MISSION_LEGEND = [
  { id: 'personnel', label: 'personnel', color: 'var(--bh-series-1, #0072B2)' },
  {
    id: 'no-detail',
    label: 'no mission detail in the source',
    color: 'var(--bh-muted, #57606a)',
    isHatched: true,
  },
  { id: 'no-report', label: 'no report', color: 'var(--bh-grid, #8c959f)', isHatched: true },
];

function MissionLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <span
          className="legend-swatch"
          style={{ background: 'var(--bh-series-1, #0072B2)' }}
          aria-hidden="true"
        />{' '}
        personnel
      </li>
      <li>
        <span className="legend-swatch legend-swatch--hatched" aria-hidden="true" /> no mission detail in the
        source
      </li>
      <li>
        <span className="legend-swatch legend-swatch--hatched dep-swatch-faint" aria-hidden="true" /> no
        report
      </li>
    </ul>
  );
}
