// The deployments view's charts after the first: where they served (by mission), rank over time with
// milestones, the largest contributors of a month, and the comparison. A chunk of its own, loaded
// after the first chart (see DeploymentsPage.tsx).
import { useCallback, useMemo } from 'react';
import { useCountryCells, useTotals } from '../../data/queries.ts';
import type { CountryCells, Manifest, Totals } from '../../data/schema.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { Staggered } from '../../ui/Staggered.tsx';
import { MonthSelect } from '../../ui/MonthSelect.tsx';
import { RadioChoice } from '../../ui/RadioChoice.tsx';
import { isChartShown, useDisplayMode } from '../../state/displayMode.ts';
import { countryName, monthIndex, monthLabel } from '../../data/selectors/months.ts';
import { countryMissionSeries } from '../../data/selectors/missionSeries.ts';
import { rankSeries } from '../../data/selectors/rankSeries.ts';
import { sourceLine } from '../../data/selectors/sourceLine.ts';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { CountryPicker } from '../../charts/CountryPicker.tsx';
import { DataTable, type DataTableColumn } from '../../charts/DataTable.tsx';
import { describeTimeSeries } from '../../charts/describeTimeSeries.ts';
import { LineChart } from '../../charts/LineChart.tsx';
import { RankingBarChart } from '../../charts/RankingBarChart.tsx';
import { timeSeriesTable } from '../../charts/timeSeriesTable.ts';
import type { IndexRange, TimeSeries } from '../../charts/timeSeriesModel.ts';
import { MarkedLineChart, type ChartMarker } from '../../charts/MarkedLineChart.tsx';
import { formatMonthSpan } from '../../charts/monthFormat.ts';
import { LazyChartExports as ChartExports } from '../../export/LazyChartExports.tsx';
import { exportFromTable } from '../../export/tableExport.ts';
import { MAX_COMPARED, TOP_MISSIONS, type DeploymentsView } from './deploymentsView.ts';
import {
  compareSeries,
  describeRank,
  describeTop,
  rankSpells,
  topContributors,
  type TopRow,
} from './deploymentsModel.ts';
import { describeMissions, missionDetailText, missionPanels, statusRuns } from './missionModel.ts';
import { deploymentMilestones, type Milestone } from './milestonesModel.ts';
import { claimsFor } from './nationalClaims.ts';
import { MissionSmallMultiples } from './MissionSmallMultiples.tsx';

export interface SectionProps {
  manifest: Manifest;
  view: DeploymentsView;
  name: string;
  range: IndexRange;
  update: (patch: Partial<DeploymentsView>) => void;
}

const TOP_BARS = 15;

export default function DeploymentsMore(props: SectionProps & { options: { id: string; name: string }[] }) {
  const mode = useDisplayMode();
  const cells = useCountryCells(props.view.country);
  const totals = useTotals();
  return (
    <Staggered>
      {isChartShown(mode, 'by-mission') && (
        <Loaded query={cells} what={`data for ${props.name}`}>
          {(c) => <MissionSection {...props} cells={c} />}
        </Loaded>
      )}
      {(isChartShown(mode, 'rank') || isChartShown(mode, 'top') || isChartShown(mode, 'compare')) && (
        <Loaded query={totals} what="contributor totals">
          {(t) => (
            <Staggered>
              {isChartShown(mode, 'rank') && (
                <Loaded query={cells} what={`data for ${props.name}`}>
                  {(c) => <RankSection {...props} totals={t} cells={c} />}
                </Loaded>
              )}
              {isChartShown(mode, 'top') && <TopSection {...props} totals={t} />}
              {isChartShown(mode, 'compare') && (
                <CompareSection {...props} totals={t} options={props.options} />
              )}
            </Staggered>
          )}
        </Loaded>
      )}
    </Staggered>
  );
}

// ---- where they served --------------------------------------------------------------------------

function MissionSection({
  manifest,
  view,
  name,
  range,
  update,
  cells,
}: SectionProps & { cells: CountryCells }) {
  const mode = useDisplayMode();
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

  if (!isChartShown(mode, 'by-mission')) return null;
  return (
    <section aria-label={missionTitle} data-testid="by-mission">
      <ChartFrame
        title={missionTitle}
        subtitle={`Personnel per mission, ${span}, largest peak first${
          view.mscale === 'shared' ? ', all panels on one scale' : ', each panel on its own scale'
        }. Hatched: months whose source gives no mission detail (${noDetailText}) or that have no report — not zero.`}
        description={missionDescription}
        source={`${source} Mission names and hosts: UN lists of peacekeeping operations and political missions, as recorded in the dataset.`}
        actions={
          <ChartExports
            spec={exportFromTable({
              name: `${slug}-personnel-by-mission`,
              title: missionTitle,
              source,
              ...missionTable,
            })}
          />
        }
        chart={
          <>
            {mode.kind === 'full' && (
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
            )}
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
                {panels.all
                  .slice(panels.panels.length)
                  .map((p) => p.mission.acronym)
                  .join(', ')}
                ); choose &ldquo;All&rdquo; to see {panels.hiddenCount === 1 ? 'it' : 'them'}.
              </p>
            )}
          </>
        }
        table={
          <DataTable
            caption={`${missionTitle}, ${span}`}
            columns={missionTable.columns}
            rows={missionTable.rows}
            rowKey={(r) => String(r.index)}
            initialSort={{ columnId: 'month', direction: 'descending' }}
          />
        }
      />
    </section>
  );
}

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

// ---- rank over time and milestones --------------------------------------------------------------

function RankSection({
  manifest,
  view,
  name,
  range,
  totals,
  cells,
}: SectionProps & { totals: Totals; cells: CountryCells }) {
  const mode = useDisplayMode();
  const ranks = useMemo(() => rankSeries(totals, view.country), [totals, view.country]);
  const hasReport = useMemo(() => manifest.monthInfo.map((m) => m.status === 'ok'), [manifest]);
  const spells = useMemo(() => rankSpells(ranks, hasReport, 1), [ranks, hasReport]);
  const own = totals.countries[view.country]?.total ?? [];
  const missions = useMemo(() => countryMissionSeries(manifest, cells).missions, [manifest, cells]);
  const milestones = useMemo(
    () =>
      deploymentMilestones({
        manifest,
        iso3: view.country,
        name,
        ranks,
        spells,
        totals: own,
        missions,
        claims: claimsFor(view.country),
      }),
    [manifest, view.country, name, ranks, spells, own, missions],
  );
  const series = useMemo<TimeSeries[]>(
    () => [
      {
        id: view.country,
        label: name,
        values: ranks.map((r) => r?.rank ?? null),
        color: 'var(--bh-accent, #0072B2)',
      },
    ],
    [ranks, view.country, name],
  );
  const markers = useMemo<ChartMarker[]>(
    () =>
      milestones
        .filter(
          (m): m is Milestone & { month: string; badge: string } => m.month !== null && m.badge !== undefined,
        )
        .map((m) => ({ id: m.id, month: m.month, badge: m.badge, description: `${m.when}: ${m.text}` })),
    [milestones],
  );
  const table = useMemo(() => {
    type Row = { index: number; month: string };
    const rows: Row[] = [];
    for (let i = range.from; i <= range.to; i++) rows.push({ index: i, month: manifest.months[i] ?? '' });
    const columns: DataTableColumn<Row>[] = [
      {
        id: 'month',
        label: 'Month',
        kind: 'text',
        value: (r) => monthLabel(r.month),
        sortValue: (r) => r.index,
      },
      { id: 'rank', label: 'Rank', kind: 'number', value: (r) => ranks[r.index]?.rank ?? null },
      { id: 'of', label: 'Contributors', kind: 'number', value: (r) => ranks[r.index]?.of ?? null },
      { id: 'personnel', label: 'Personnel', kind: 'number', value: (r) => own[r.index] ?? null },
    ];
    return { rows, columns };
  }, [manifest, range, ranks, own]);
  const title = `${name}: rank among contributors`;
  const description = describeRank({ name, manifest, ranks, range, spells });
  const source = sourceLine(
    manifest,
    range.from,
    range.to,
    'Rank 1 = most uniformed personnel deployed that month; equal numbers share a rank.',
  );
  const valueText = useCallback(
    (_id: string, index: number, value: number | null) => {
      if (value === null) return hasReport[index] ? 'not deployed' : 'no report';
      return `rank ${value} of ${ranks[index]?.of ?? '?'}`;
    },
    [ranks, hasReport],
  );
  const gapLabel = useCallback(
    (from: string, to: string) => {
      const a = monthIndex(manifest, from);
      const b = monthIndex(manifest, to);
      const anyReport = hasReport.slice(a, b + 1).some(Boolean);
      return `${anyReport ? 'not deployed or no report' : 'no report'}: ${formatMonthSpan(from, to)}`;
    },
    [manifest, hasReport],
  );
  return (
    <>
      <section aria-label={title} data-testid="rank">
        <ChartFrame
          title={title}
          subtitle="Rank by number of uniformed personnel deployed; 1 is the largest contributor. Numbered badges: milestones listed below."
          description={description}
          source={source}
          actions={
            <ChartExports
              spec={exportFromTable({ name: `${view.country.toLowerCase()}-rank`, title, source, ...table })}
            />
          }
          chart={
            <MarkedLineChart
              title={title}
              description={description}
              months={manifest.months}
              series={series}
              range={range}
              yAxis={{ kind: 'rank' }}
              yAxisTitle="Rank"
              markers={markers}
              valueText={valueText}
              gapLabel={gapLabel}
            />
          }
          table={
            <DataTable
              caption={`${title}, ${formatMonthSpan(manifest.months[range.from] ?? '', manifest.months[range.to] ?? '')}`}
              columns={table.columns}
              rows={table.rows}
              rowKey={(r) => String(r.index)}
              initialSort={{ columnId: 'month', direction: 'descending' }}
            />
          }
        />
      </section>
      {mode.kind === 'full' && <MilestoneList name={name} milestones={milestones} />}
    </>
  );
}

const KIND_LABEL: Record<Milestone['kind'], string> = {
  claim: 'National claim',
  data: 'From the data',
  check: 'Press figure checked',
  closure: 'Mission closed',
};

function MilestoneList({ name, milestones }: { name: string; milestones: Milestone[] }) {
  const events = milestones.filter((m) => m.kind !== 'closure');
  const closures = milestones.flatMap((m) => (m.closure ? [{ ...m.closure, source: m.source }] : []));
  if (milestones.length === 0) return null;
  return (
    <section className="dep-milestones" aria-labelledby="dep-milestones-heading" data-testid="milestones">
      <h2 id="dep-milestones-heading">Milestones: {name}</h2>
      <ol>
        {events.map((m) => (
          <li key={m.id} className={`dep-milestone dep-milestone--${m.kind}`}>
            <p className="dep-milestone-when">
              {m.badge && (
                <span className="dep-badge" aria-label={`marker ${m.badge} on the rank chart`}>
                  {m.badge}
                </span>
              )}
              <strong>{m.when}</strong> <span className="dep-kind">{KIND_LABEL[m.kind]}</span>
            </p>
            <p>{m.text}</p>
            <p className="dep-milestone-source">Source: {m.source}</p>
          </li>
        ))}
      </ol>
      {closures.length > 0 && (
        <>
          <h3>Missions {name} served in that have closed</h3>
          <div className="bh-table-scroll" role="region" aria-labelledby="dep-closures-caption" tabIndex={0}>
            <table className="bh-table dep-closures">
              <caption id="dep-closures-caption">
                Closed missions with {name}&rsquo;s personnel in months that report missions (November 2009
                on)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Mission</th>
                  <th scope="col">Host</th>
                  <th scope="col" className="bh-num">
                    Closed
                  </th>
                  <th scope="col">{name}&rsquo;s personnel last reported</th>
                </tr>
              </thead>
              <tbody>
                {closures.map((c) => (
                  <tr key={c.acronym}>
                    <th scope="row">
                      <abbr title={c.name}>{c.acronym}</abbr>{' '}
                      <span className="dep-closure-name">{c.name}</span>
                    </th>
                    <td>{c.host}</td>
                    <td className="bh-num">{c.year}</td>
                    <td>{c.lastMonth ? monthLabel(c.lastMonth) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="dep-milestone-source">
            Source: mission years from the United Nations&rsquo; lists of peacekeeping operations and
            political missions, as recorded in the dataset&rsquo;s mission table; last month from the monthly
            reports (the Table tab of the mission chart has every month).
          </p>
        </>
      )}
    </section>
  );
}

// ---- top contributors in a month ----------------------------------------------------------------

function TopSection({ manifest, view, name, update, totals }: SectionProps & { totals: Totals }) {
  const mode = useDisplayMode();
  const month = monthIndex(manifest, view.month);
  const nameOf = useCallback((iso3: string) => countryName(manifest, iso3), [manifest]);
  const model = useMemo(() => topContributors(totals, month, nameOf), [totals, month, nameOf]);
  const monthText = monthLabel(manifest.months[month] ?? '');
  const title = `Largest contributors, ${monthText}`;
  const description = describeTop({
    monthText,
    model,
    highlight: view.country,
    highlightName: name,
    shown: TOP_BARS,
  });
  const info = manifest.monthInfo[month];
  const source =
    info?.status === 'ok'
      ? `Source: ${info.source === 'un-pdf' ? `UN DPO report as of ${manifest.months[month]} (${info.file})` : `IPI Peacekeeping Database (${info.file})`}. Share: of all ${
          model.worldTotal?.toLocaleString('en-US') ?? ''
        } uniformed personnel that month.`
      : `No report for ${monthText}.`;
  const columns = useMemo<DataTableColumn<TopRow>[]>(
    () => [
      { id: 'rank', label: 'Rank', kind: 'number', value: (r) => r.rank },
      { id: 'country', label: 'Country', kind: 'text', value: (r) => r.name },
      { id: 'personnel', label: 'Personnel', kind: 'number', value: (r) => r.personnel },
      {
        id: 'share',
        label: 'Share of all UN uniformed personnel',
        kind: 'number',
        value: (r) => r.share,
        format: (v) => `${(v * 100).toFixed(1)}%`,
      },
    ],
    [],
  );
  const highlighted = useMemo(() => [view.country], [view.country]);
  return (
    <section aria-label={title} data-testid="top">
      <ChartFrame
        title={title}
        subtitle={`The ${TOP_BARS} largest of ${model.rows.length} contributors; ${name} highlighted (shown even when outside them). The table lists every contributor.`}
        description={description}
        source={source}
        actions={
          <ChartExports
            spec={exportFromTable({
              name: `top-contributors-${view.month}`,
              title,
              source,
              columns,
              rows: model.rows,
            })}
          />
        }
        chart={
          <>
            {mode.kind === 'full' && (
              <MonthSelect
                manifest={manifest}
                value={view.month}
                onChange={(m) => update({ month: m })}
                label="Month of the ranking"
                testId="top-month"
              />
            )}
            {model.hasReport ? (
              <RankingBarChart
                title={title}
                description={description}
                items={model.items}
                topN={TOP_BARS}
                highlightedIds={highlighted}
              />
            ) : (
              <p className="note">
                There is no report for {monthText}:{' '}
                {manifest.monthInfo[month]?.status === 'gap'
                  ? (manifest.monthInfo[month] as { reason: string }).reason
                  : ''}
              </p>
            )}
          </>
        }
        table={
          <DataTable
            caption={`All contributors of uniformed personnel, ${monthText}`}
            columns={columns}
            rows={model.rows}
            rowKey={(r) => r.iso3}
          />
        }
      />
    </section>
  );
}

// ---- comparison --------------------------------------------------------------------------------

function CompareSection({
  manifest,
  view,
  name,
  range,
  update,
  totals,
  options,
}: SectionProps & { totals: Totals; options: { id: string; name: string }[] }) {
  const mode = useDisplayMode();
  const nameOf = useCallback((iso3: string) => countryName(manifest, iso3), [manifest]);
  const series = useMemo(
    () => compareSeries(totals, view.countries, view.metric, nameOf),
    [totals, view.countries, view.metric, nameOf],
  );
  const valueFormat = view.metric === 'share' ? 'percent' : 'number';
  const table = useMemo(
    () => timeSeriesTable(manifest.months, series, range, valueFormat),
    [manifest, series, range, valueFormat],
  );
  const measure =
    view.metric === 'share' ? 'share of all UN uniformed personnel' : 'uniformed personnel deployed';
  const title = `Compare: ${measure}`;
  const description = describeTimeSeries({
    chartKind: `Line chart (${view.scale === 'log' ? 'log scale' : 'linear scale'}) of ${measure}`,
    months: manifest.months,
    series,
    range,
    valueFormat,
  });
  const source = sourceLine(manifest, range.from, range.to);
  const highlighted = useMemo(() => [view.country], [view.country]);
  const canAdd = !view.countries.includes(view.country) && view.countries.length < MAX_COMPARED;
  return (
    <section aria-label={title} data-testid="compare">
      <ChartFrame
        title={title}
        subtitle={`Up to ${MAX_COMPARED} countries, ${formatMonthSpan(manifest.months[range.from] ?? '', manifest.months[range.to] ?? '')}.${
          view.scale === 'log'
            ? ' Log scale: equal steps are equal ratios; months with none deployed cannot be placed and break the line.'
            : ''
        }`}
        description={description}
        source={source}
        actions={
          <ChartExports
            spec={exportFromTable({
              name: `compare-${view.metric}-${view.countries.join('-').toLowerCase()}`,
              title,
              source,
              ...table,
            })}
          />
        }
        chart={
          <>
            {mode.kind === 'full' && (
              <div className="controls">
                <CountryPicker
                  mode="multi"
                  label="Countries to compare"
                  options={options}
                  value={view.countries}
                  max={MAX_COMPARED}
                  onChange={(countries) => update({ countries })}
                />
                {canAdd && (
                  <button
                    type="button"
                    className="bh-button"
                    onClick={() => update({ countries: [...view.countries, view.country] })}
                  >
                    Add {name}
                  </button>
                )}
                <RadioChoice
                  legend="Measure"
                  value={view.metric}
                  onChange={(metric) => update({ metric })}
                  options={[
                    { value: 'count', label: 'Personnel' },
                    { value: 'share', label: 'Share of all UN' },
                  ]}
                  testId="compare-metric"
                />
                <RadioChoice
                  legend="Scale"
                  value={view.scale}
                  onChange={(scale) => update({ scale })}
                  options={[
                    { value: 'linear', label: 'Linear' },
                    { value: 'log', label: 'Log' },
                  ]}
                  testId="compare-scale"
                />
              </div>
            )}
            {series.length === 0 ? (
              <p className="note">Choose at least one country to compare.</p>
            ) : (
              <LineChart
                title={title}
                description={description}
                months={manifest.months}
                series={series}
                range={range}
                scaleType={view.scale}
                valueFormat={valueFormat}
                highlightedIds={highlighted}
                yAxisTitle={view.metric === 'share' ? 'Share of all UN uniformed personnel' : 'Personnel'}
              />
            )}
          </>
        }
        table={
          <DataTable
            caption={`${title}, by month`}
            columns={table.columns}
            rows={table.rows}
            rowKey={(r) => String(r.index)}
            initialSort={{ columnId: 'month', direction: 'descending' }}
          />
        }
      />
    </section>
  );
}
