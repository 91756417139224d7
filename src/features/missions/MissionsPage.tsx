// #/missions?mission=MINUSCA&month=2025-07: one mission seen from inside — its facts, its
// contributors in a month, its strength and largest contributors over time, its women against all UN
// personnel, and its fatalities. Built from the shared selectors (src/data/selectors/mission*.ts);
// the charts move onto the chart registry (issue 13) later.
import { lazy, startTransition, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useManifest, useMissionCells } from '../../data/queries.ts';
import type { Manifest } from '../../data/schema.ts';
import { countryName, monthLabel } from '../../data/selectors/months.ts';
import {
  missionContributorsInMonth,
  missionSpan,
  missionStrengthByType,
  type MissionCells,
} from '../../data/selectors/missionContributors.ts';
import { missionFacts, type MissionFacts } from '../../data/selectors/missionFacts.ts';
import { PERSONNEL_TYPE_LABELS } from '../../data/selectors/personnelTypeLabels.ts';
import { monthSource, sourceLine } from '../../data/selectors/sourceLine.ts';
import { useView } from '../../state/useView.ts';
import '../../charts/charts.css';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { CountryPicker } from '../../charts/CountryPicker.tsx';
import { DataTable, type DataTableColumn } from '../../charts/DataTable.tsx';
import { filterMissions, missionOptions } from '../../charts/missionMatch.ts';
import { RankingBarChart } from '../../charts/RankingBarChart.tsx';
import { formatNumber } from '../../ui/format.ts';
import { afterPaint } from '../../ui/afterPaint.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { MonthSelect } from '../../ui/MonthSelect.tsx';
import { ViewNotices } from '../../ui/ViewNotices.tsx';
import '../../ui/featurePages.css';
import './missions.css';
import { monthsWithContributors } from './missionsModel.ts';
import { missionsSpec, resolveMissionMonth, type MissionsView as View } from './missionsView.ts';

// Everything below the first chart: its own chunk, so the first load carries only what that chart needs.
const MissionsMore = lazy(() => import('./MissionsMore.tsx'));

const MISSION_NOUN = { one: 'mission', many: 'missions' };

/**
 * The further charts wait for the first one: `onFirstChart` (called from the first chart's effect)
 * flips `isFirstChartShown` once the browser has painted it, as a transition.
 */
function useAfterFirstChart(): [isFirstChartShown: boolean, onFirstChart: () => () => void] {
  const [isFirstChartShown, setFirstChartShown] = useState(false);
  const onFirstChart = useCallback(
    () => afterPaint(() => startTransition(() => setFirstChartShown(true))),
    [],
  );
  return [isFirstChartShown, onFirstChart];
}

export default function MissionsPage() {
  const manifest = useManifest();
  return (
    <Loaded query={manifest} what="dataset index">
      {(m) => <MissionsView manifest={m} />}
    </Loaded>
  );
}

function MissionsView({ manifest }: { manifest: Manifest }) {
  const { view, notices, update } = useView(missionsSpec, manifest);
  const options = useMemo(() => missionOptions(manifest), [manifest]);
  const cells = useMissionCells(view.mission);
  return (
    <article className="page missions">
      <h1>Missions: {view.mission}</h1>
      <ViewNotices notices={notices} />
      <p className="lede">
        One UN peace operation seen from inside: which countries send its personnel, of what kind, how many
        women, how its strength changed, and who died in its service.
      </p>
      <div className="controls">
        <CountryPicker
          mode="single"
          label="Mission"
          options={options}
          filter={filterMissions}
          noun={MISSION_NOUN}
          placeholder="Acronym, name or host"
          value={view.mission}
          onChange={(next) => update({ mission: next, month: null })}
        />
      </div>
      <Loaded query={cells} what={`contributors of ${view.mission}`}>
        {(c) => <MissionBody manifest={manifest} cells={c} view={view} update={update} />}
      </Loaded>
    </article>
  );
}

function MissionBody({
  manifest,
  cells,
  view,
  update,
}: {
  manifest: Manifest;
  cells: MissionCells;
  view: View;
  update: (patch: Partial<View>) => void;
}) {
  const span = useMemo(() => missionSpan(cells), [cells]);
  const facts = missionFacts(manifest, view.mission, span);
  // The mission's monthly total (which months can show contributors) needs no world totals.
  const total = useMemo(() => missionStrengthByType(manifest, {}, cells).total, [manifest, cells]);
  // The further charts (and the world totals and fatalities they need) wait for the first one.
  const [isFirstChartShown, onFirstChart] = useAfterFirstChart();
  const choice = resolveMissionMonth(manifest.months, monthsWithContributors(total), view.month, {
    mission: view.mission,
    label: (i) => monthLabel(manifest.months[i] ?? ''),
  });
  if (!facts) return null;
  if (choice.kind === 'none') {
    return (
      <>
        <Facts facts={facts} />
        <p className="note">
          {choice.reason}: its personnel are in months whose sources give no mission detail.
        </p>
      </>
    );
  }
  const month = choice.month;
  const range = { from: Math.max(0, span.first), to: Math.max(0, span.last) };
  return (
    <>
      <Facts facts={facts} />
      <div className="controls">
        <MonthSelect
          manifest={manifest}
          value={(manifest.months[month] ?? '').slice(0, 7)}
          onChange={(m) => update({ month: m })}
          fromIndex={Math.max(0, span.first)}
          testId="mission-month"
        />
      </div>
      {choice.kind === 'fallback' && (
        <p className="note" role="status">
          {choice.reason}.
        </p>
      )}
      <ContributorsInMonth
        manifest={manifest}
        cells={cells}
        month={month}
        mission={view.mission}
        onShown={onFirstChart}
      />
      {/* The other charts are their own chunk, loaded once the page is up. */}
      {isFirstChartShown && (
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading more charts…
            </p>
          }
        >
          <MissionsMore manifest={manifest} cells={cells} range={range} mission={view.mission} />
        </Suspense>
      )}
    </>
  );
}

function Facts({ facts }: { facts: MissionFacts }) {
  const years =
    facts.startYear === null
      ? 'not recorded'
      : facts.endYear === null
        ? `${facts.startYear} – (running at the latest report)`
        : `${facts.startYear} – ${facts.endYear}`;
  return (
    <dl className="mission-facts" data-testid="mission-facts">
      <dt>Name</dt>
      <dd>{facts.name}</dd>
      <dt>{facts.hosts.length > 1 ? 'Hosts' : 'Host'}</dt>
      <dd>
        {facts.host}
        {facts.hosts.length > 1 &&
          !facts.hosts.every((h) => facts.host.includes(h.name)) &&
          ` (${facts.hosts.map((h) => h.name).join(', ')})`}
      </dd>
      <dt>Years of operation</dt>
      <dd>{years} (UN lists of peacekeeping operations and political missions)</dd>
      <dt>In this dataset</dt>
      <dd>
        {facts.firstMonth && facts.lastMonth
          ? `${monthLabel(facts.firstMonth)} to ${monthLabel(facts.lastMonth)}, in the months whose sources give personnel by mission`
          : 'no month with personnel by mission'}
      </dd>
    </dl>
  );
}

function ContributorsInMonth({
  manifest,
  cells,
  month,
  mission,
  onShown,
}: {
  manifest: Manifest;
  cells: MissionCells;
  month: number;
  mission: string;
  /** Called once the chart is on screen; returns a cancel. */
  onShown: () => () => void;
}) {
  useEffect(onShown, [onShown]);
  const model = useMemo(
    () => missionContributorsInMonth(manifest, cells, month, (iso3) => countryName(manifest, iso3)),
    [manifest, cells, month],
  );
  const when = monthLabel(manifest.months[month] ?? '');
  const report = monthSource(manifest, month);
  const source = report ? `Source: ${report.name}, ${report.file}.` : sourceLine(manifest, month, month);
  type Row = (typeof model.rows)[number];
  const columns: DataTableColumn<Row>[] = [
    { id: 'rank', label: 'Rank', kind: 'number', value: (r) => r.rank },
    { id: 'country', label: 'Country', kind: 'text', value: (r) => r.name },
    ...model.types.map((type): DataTableColumn<Row> => ({
      id: type,
      label: PERSONNEL_TYPE_LABELS[type],
      kind: 'number',
      value: (r) => r.byType[type]?.total ?? 0,
    })),
    { id: 'total', label: 'Total', kind: 'number', value: (r) => r.total },
    { id: 'women', label: 'Women', kind: 'number', value: (r) => r.female },
  ];
  const top = model.rows[0];
  const description =
    model.total === null || !top
      ? `${mission} has no contributors by mission in ${when}.`
      : `${mission} had ${formatNumber(model.total)} uniformed personnel from ${model.rows.length} ${model.rows.length === 1 ? 'country' : 'countries'} in ${when}${model.female === null ? '' : `, ${formatNumber(model.female)} of them women`}. The largest contributor was ${top.name} with ${formatNumber(top.total)}.`;
  const title = `${mission}: contributors in ${when}`;
  return (
    <ChartFrame
      title={title}
      subtitle="Uniformed personnel at the end of the month, by contributing country"
      description={description}
      source={source}
      chart={
        <RankingBarChart
          title={title}
          description={description}
          items={model.rows.map((r) => ({ id: r.iso3, label: r.name, value: r.total }))}
          topN={15}
        />
      }
      table={
        <DataTable
          caption={`${title}, by personnel type`}
          columns={columns}
          rows={model.rows}
          rowKey={(r) => r.iso3}
        />
      }
    />
  );
}
