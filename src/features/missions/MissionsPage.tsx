// #/missions?mission=MINUSCA&month=2025-07: one mission seen from inside — its facts, its
// contributors in a month, its strength and largest contributors over time, its women against all UN
// personnel, and its fatalities. The page is its controls (mission, month) plus its charts from the
// registry (missionsCharts.ts), each its own chunk, drawn when it nears the viewport.
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useMemo } from 'react';
import { useManifest, useMissionCells } from '../../data/queries.ts';
import type { Manifest } from '../../data/schema.ts';
import { monthLabel } from '../../data/selectors/months.ts';
import {
  missionSpan,
  missionStrengthByType,
  type MissionCells,
} from '../../data/selectors/missionContributors.ts';
import { missionFacts, type MissionFacts } from '../../data/selectors/missionFacts.ts';
import { useView, useViewValue } from '../../state/useView.ts';
import { useChartParam, useDisplayMode } from '../../state/displayMode.ts';
import '../../charts/charts.css';
import { CountryPicker } from '../../charts/CountryPicker.tsx';
import { filterMissions, missionOptions } from '../../charts/missionMatch.ts';
import { ChartList } from '../../ui/ChartList.tsx';
import { Loaded } from '../../ui/Loaded.tsx';
import { MonthSelect } from '../../ui/MonthSelect.tsx';
import { ViewNotices } from '../../ui/ViewNotices.tsx';
import '../../ui/featurePages.css';
import './missions.css';
import { monthsWithContributors } from './missionsModel.ts';
import { missionsCharts, type MissionsChartProps } from './missionsCharts.ts';
import { missionsSpec, resolveMissionMonth, type MissionsView as View } from './missionsView.ts';

const MISSION_NOUN = { one: 'mission', many: 'missions' };

export default function MissionsPage() {
  const manifest = useManifest();
  const isFull = useDisplayMode().kind === 'full';
  // The heading and the lede are drawn with the page's code, not after the dataset index: the lede is
  // what a phone paints largest first. The mission joins the heading once the index can check it.
  return (
    <article className="page missions">
      {isFull && (
        <>
          <h1>Missions{manifest.data && <MissionInHeading manifest={manifest.data} />}</h1>
          <p className="lede">
            One UN peace operation seen from inside: which countries send its personnel, of what kind, how
            many women, how its strength changed, and who died in its service.
          </p>
        </>
      )}
      <Loaded query={manifest} what="dataset index">
        {(m) => <MissionsView manifest={m} />}
      </Loaded>
    </article>
  );
}

function MissionInHeading({ manifest }: { manifest: Manifest }) {
  const { mission } = useViewValue(missionsSpec, manifest);
  return <>: {mission}</>;
}

function MissionsView({ manifest }: { manifest: Manifest }) {
  const { view, notices, update } = useView(missionsSpec, manifest);
  useDocumentTitle(`Missions: ${view.mission}`);
  const isFull = useDisplayMode().kind === 'full';
  const options = useMemo(() => missionOptions(manifest), [manifest]);
  const cells = useMissionCells(view.mission);
  return (
    <>
      {isFull && (
        <>
          <ViewNotices notices={notices} />
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
        </>
      )}
      <Loaded query={cells} what={`contributors of ${view.mission}`}>
        {(c) => <MissionBody manifest={manifest} cells={c} view={view} update={update} isFull={isFull} />}
      </Loaded>
    </>
  );
}

function MissionBody({
  manifest,
  cells,
  view,
  update,
  isFull,
}: {
  manifest: Manifest;
  cells: MissionCells;
  view: View;
  update: (patch: Partial<View>) => void;
  isFull: boolean;
}) {
  const span = useMemo(() => missionSpan(cells), [cells]);
  const facts = missionFacts(manifest, view.mission, span);
  // The mission's monthly total (which months can show contributors) needs no world totals.
  const total = useMemo(() => missionStrengthByType(manifest, {}, cells).total, [manifest, cells]);
  const choice = resolveMissionMonth(manifest.months, monthsWithContributors(total), view.month, {
    mission: view.mission,
    label: (i) => monthLabel(manifest.months[i] ?? ''),
  });
  const month = choice.kind === 'none' ? -1 : choice.month;
  const from = Math.max(0, span.first);
  const to = Math.max(0, span.last);
  const props = useMemo<MissionsChartProps>(
    () => ({ manifest, mission: view.mission, cells, month, range: { from, to } }),
    [manifest, view.mission, cells, month, from, to],
  );
  const focus = useChartParam();
  if (!facts) return null;
  if (choice.kind === 'none') {
    return (
      <>
        {isFull && <Facts facts={facts} />}
        <p className="note">
          {choice.reason}: its personnel are in months whose sources give no mission detail.
        </p>
      </>
    );
  }
  return (
    <>
      {isFull && (
        <>
          <Facts facts={facts} />
          <div className="controls">
            <MonthSelect
              manifest={manifest}
              value={(manifest.months[month] ?? '').slice(0, 7)}
              onChange={(m) => update({ month: m })}
              fromIndex={from}
              testId="mission-month"
            />
          </div>
          {choice.kind === 'fallback' && (
            <p className="note" role="status">
              {choice.reason}.
            </p>
          )}
        </>
      )}
      <ChartList charts={missionsCharts} props={props} focus={focus} />
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
