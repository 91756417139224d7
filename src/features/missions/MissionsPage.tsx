// #/missions?mission=MINUSCA&month=2025-07: one mission seen from inside — its facts, its
// contributors in a month, its strength and largest contributors over time, its women against all UN
// personnel, and its fatalities. Built from the shared selectors (src/data/selectors/mission*.ts);
// the charts move onto the chart registry (issue 13) later.
import { useMemo } from 'react';
import { useFatalities, useManifest, useManyCountryCells, useTotals } from '../../data/queries.ts';
import type { Fatalities, Manifest, PersonnelType, Totals } from '../../data/schema.ts';
import { countryName, monthLabel } from '../../data/selectors/months.ts';
import {
  missionCellsFromCountries,
  missionContributorsInMonth,
  missionContributorsOverTime,
  missionSpan,
  missionStrengthByType,
  missionWomenShare,
  OTHERS_ID,
  type MissionCells,
} from '../../data/selectors/missionContributors.ts';
import { missionFacts, type MissionFacts } from '../../data/selectors/missionFacts.ts';
import { missionFatalities, selectMissionFatalities } from '../../data/selectors/missionFatalities.ts';
import {
  PERSONNEL_TYPE_COLOR_INDEX,
  PERSONNEL_TYPE_LABELS,
} from '../../data/selectors/personnelTypeLabels.ts';
import { monthSource, sourceLine } from '../../data/selectors/sourceLine.ts';
import { reportedTypeMonths } from '../../data/selectors/typeSeries.ts';
import { useView } from '../../state/useView.ts';
import '../../charts/charts.css';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { CountryPicker } from '../../charts/CountryPicker.tsx';
import { DataTable, type DataTableColumn } from '../../charts/DataTable.tsx';
import { LineChart } from '../../charts/LineChart.tsx';
import { filterMissions, missionOptions } from '../../charts/missionMatch.ts';
import { seriesColor } from '../../charts/palette.ts';
import { RankingBarChart } from '../../charts/RankingBarChart.tsx';
import { StackedAreaChart } from '../../charts/StackedAreaChart.tsx';
import type { TimeSeries } from '../../charts/timeSeriesModel.ts';
import { formatNumber, formatPercent } from '../../ui/format.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { MonthSelect } from '../../ui/MonthSelect.tsx';
import { ViewNotices } from '../../ui/ViewNotices.tsx';
import '../../ui/featurePages.css';
import './missions.css';
import { candidateContributors, monthsWithContributors } from './missionsModel.ts';
import { missionsSpec, resolveMissionMonth, type MissionsView as View } from './missionsView.ts';

const MISSION_NOUN = { one: 'mission', many: 'missions' };

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
  const mission = manifest.missions.find((m) => m.acronym === view.mission);
  const candidates = useMemo(
    () => (mission ? candidateContributors(manifest, mission) : []),
    [manifest, mission],
  );
  const countries = useManyCountryCells(candidates);
  const totals = useTotals();
  const cells = useMemo(
    () => (countries.isDone ? missionCellsFromCountries(manifest, countries.cells, view.mission) : null),
    [countries.isDone, countries.cells, manifest, view.mission],
  );
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
      {countries.error ? (
        <p className="error" role="alert">
          The contributors of {view.mission} could not be loaded: {countries.error.message}
        </p>
      ) : !cells ? (
        <p className="loading" role="status">
          Loading the contributors of {view.mission}… ({countries.loaded} of {countries.total} countries)
        </p>
      ) : (
        <Loaded query={totals} what="world totals">
          {(t) => <MissionBody manifest={manifest} totals={t} cells={cells} view={view} update={update} />}
        </Loaded>
      )}
    </article>
  );
}

function MissionBody({
  manifest,
  totals,
  cells,
  view,
  update,
}: {
  manifest: Manifest;
  totals: Totals;
  cells: MissionCells;
  view: View;
  update: (patch: Partial<View>) => void;
}) {
  const span = useMemo(() => missionSpan(cells), [cells]);
  const facts = missionFacts(manifest, view.mission, span);
  const reported = useMemo(() => reportedTypeMonths(manifest, totals), [manifest, totals]);
  const strength = useMemo(
    () => missionStrengthByType(manifest, reported, cells),
    [manifest, reported, cells],
  );
  const choice = resolveMissionMonth(manifest.months, monthsWithContributors(strength.total), view.month, {
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
          testId="mission-month"
        />
      </div>
      {choice.kind === 'fallback' && (
        <p className="note" role="status">
          {choice.reason}.
        </p>
      )}
      <ContributorsInMonth manifest={manifest} cells={cells} month={month} mission={view.mission} />
      <StrengthChart manifest={manifest} strength={strength} range={range} mission={view.mission} />
      <LargestOverTime manifest={manifest} cells={cells} range={range} mission={view.mission} />
      <WomenShareChart
        manifest={manifest}
        cells={cells}
        totals={totals}
        range={range}
        mission={view.mission}
      />
      <MissionFatalitiesSection manifest={manifest} mission={view.mission} />
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

const typeColor = (type: PersonnelType) => seriesColor(PERSONNEL_TYPE_COLOR_INDEX[type]);

function ContributorsInMonth({
  manifest,
  cells,
  month,
  mission,
}: {
  manifest: Manifest;
  cells: MissionCells;
  month: number;
  mission: string;
}) {
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

function StrengthChart({
  manifest,
  strength,
  range,
  mission,
}: {
  manifest: Manifest;
  strength: ReturnType<typeof missionStrengthByType>;
  range: { from: number; to: number };
  mission: string;
}) {
  // A type the month's source does not report (staff officers before May 2017 are inside troops) adds
  // nothing to the stack there; stacking it as unknown would blank the whole month.
  const series: TimeSeries[] = strength.types.map((type) => ({
    id: type,
    label: PERSONNEL_TYPE_LABELS[type],
    values: (strength.byType[type] ?? []).map((v, i) => (strength.total[i] === null ? null : (v ?? 0))),
    color: typeColor(type),
  }));
  const title = `${mission}: strength by personnel type`;
  const peak = strength.total.reduce<{ i: number; v: number }>(
    (best, v, i) => (v !== null && v > best.v ? { i, v } : best),
    { i: -1, v: 0 },
  );
  const description =
    peak.i < 0
      ? `${mission} has no month with personnel by mission.`
      : `${mission} was largest in ${monthLabel(manifest.months[peak.i] ?? '')}, with ${formatNumber(peak.v)} uniformed personnel. Months whose source gives no mission detail are left blank.`;
  type Row = { index: number };
  const rows: Row[] = [];
  for (let i = range.from; i <= range.to; i++) if (strength.total[i] !== null) rows.push({ index: i });
  const columns: DataTableColumn<Row>[] = [
    { id: 'month', label: 'Month', kind: 'text', value: (r) => (manifest.months[r.index] ?? '').slice(0, 7) },
    ...series.map((s): DataTableColumn<Row> => ({
      id: s.id,
      label: s.label,
      kind: 'number',
      value: (r) => s.values[r.index] ?? null,
    })),
    { id: 'total', label: 'Total', kind: 'number', value: (r) => strength.total[r.index] ?? null },
  ];
  return (
    <ChartFrame
      title={title}
      subtitle="Uniformed personnel at the end of each month. Before May 2017 the reports count staff officers with troops."
      description={description}
      source={sourceLine(manifest, range.from, range.to)}
      chart={
        <StackedAreaChart
          title={title}
          description={description}
          months={manifest.months}
          series={series}
          range={range}
          yAxisTitle="Personnel"
        />
      }
      table={<DataTable caption={title} columns={columns} rows={rows} rowKey={(r) => String(r.index)} />}
    />
  );
}

function LargestOverTime({
  manifest,
  cells,
  range,
  mission,
}: {
  manifest: Manifest;
  cells: MissionCells;
  range: { from: number; to: number };
  mission: string;
}) {
  const model = useMemo(
    () =>
      missionContributorsOverTime(manifest, cells, {
        top: 10,
        from: range.from,
        to: range.to,
        nameOf: (iso3) => countryName(manifest, iso3),
      }),
    [manifest, cells, range.from, range.to],
  );
  const series: TimeSeries[] = model.series.map((s, i) => ({
    ...s,
    color: s.id === OTHERS_ID ? 'var(--bh-muted, #5f6368)' : seriesColor(i % 8),
  }));
  const title = `${mission}: largest contributors over time`;
  const named = model.series.filter((s) => s.id !== OTHERS_ID).map((s) => s.label);
  const description = `The ${named.length} largest contributors to ${mission} by personnel-months over ${monthLabel(manifest.months[range.from] ?? '')} to ${monthLabel(manifest.months[range.to] ?? '')}: ${named.join(', ')}${model.othersCount > 0 ? `; ${model.othersCount} other countries together as “others”` : ''}.`;
  type Row = { index: number };
  const rows: Row[] = [];
  for (let i = range.from; i <= range.to; i++) if (series[0]?.values[i] !== null) rows.push({ index: i });
  const columns: DataTableColumn<Row>[] = [
    { id: 'month', label: 'Month', kind: 'text', value: (r) => (manifest.months[r.index] ?? '').slice(0, 7) },
    ...series.map((s): DataTableColumn<Row> => ({
      id: s.id,
      label: s.label,
      kind: 'number',
      value: (r) => s.values[r.index] ?? null,
    })),
  ];
  return (
    <ChartFrame
      title={title}
      subtitle="Uniformed personnel at the end of each month: the ten largest contributors and the rest"
      description={description}
      source={sourceLine(manifest, range.from, range.to)}
      chart={
        <StackedAreaChart
          title={title}
          description={description}
          months={manifest.months}
          series={series}
          range={range}
          yAxisTitle="Personnel"
        />
      }
      table={<DataTable caption={title} columns={columns} rows={rows} rowKey={(r) => String(r.index)} />}
    />
  );
}

function WomenShareChart({
  manifest,
  cells,
  totals,
  range,
  mission,
}: {
  manifest: Manifest;
  cells: MissionCells;
  totals: Totals;
  range: { from: number; to: number };
  mission: string;
}) {
  const share = useMemo(() => missionWomenShare(manifest, cells, totals.world), [manifest, cells, totals]);
  const series: TimeSeries[] = [
    { id: 'mission', label: mission, values: share.mission, color: seriesColor(1) },
    { id: 'world', label: 'All UN uniformed personnel', values: share.world, color: seriesColor(4) },
  ];
  const title = `${mission}: women’s share against all UN personnel`;
  const last = range.to;
  const m = share.mission[last];
  const w = share.world[last];
  const description =
    m === null || m === undefined
      ? `The share of women in ${mission} is not known for its latest month.`
      : `In ${monthLabel(manifest.months[last] ?? '')}, women were ${formatPercent(m)} of ${mission}’s uniformed personnel whose gender is reported${w === null || w === undefined ? '' : `, against ${formatPercent(w)} across all UN operations`}.`;
  type Row = { index: number };
  const rows: Row[] = [];
  for (let i = range.from; i <= range.to; i++) if (share.mission[i] !== null) rows.push({ index: i });
  const columns: DataTableColumn<Row>[] = [
    { id: 'month', label: 'Month', kind: 'text', value: (r) => (manifest.months[r.index] ?? '').slice(0, 7) },
    ...series.map((s): DataTableColumn<Row> => ({
      id: s.id,
      label: s.label,
      kind: 'number',
      value: (r) => s.values[r.index] ?? null,
      format: (v) => formatPercent(v),
    })),
  ];
  return (
    <ChartFrame
      title={title}
      subtitle="Women as a share of uniformed personnel whose gender the report gives"
      description={description}
      source={sourceLine(manifest, range.from, range.to)}
      chart={
        <LineChart
          title={title}
          description={description}
          months={manifest.months}
          series={series}
          range={range}
          valueFormat="percent"
          yAxisTitle="Women"
        />
      }
      table={<DataTable caption={title} columns={columns} rows={rows} rowKey={(r) => String(r.index)} />}
    />
  );
}

function MissionFatalitiesSection({ manifest, mission }: { manifest: Manifest; mission: string }) {
  const fatalities = useFatalities();
  return (
    <Loaded query={fatalities} what="fatalities data">
      {(f) => <FatalitiesByNationality fatalities={f} manifest={manifest} mission={mission} />}
    </Loaded>
  );
}

function FatalitiesByNationality({
  fatalities,
  manifest,
  mission,
}: {
  fatalities: Fatalities;
  manifest: Manifest;
  mission: string;
}) {
  const model = useMemo(
    () =>
      missionFatalities(fatalities, selectMissionFatalities(fatalities, mission, 'uniformed'), (iso3) =>
        countryName(manifest, iso3),
      ),
    [fatalities, mission, manifest],
  );
  const title = `${mission}: uniformed fatalities by nationality`;
  const description =
    model.total === 0
      ? `The UN’s fatalities record lists no uniformed fatality in ${mission} up to ${fatalities.snapshot}.`
      : `${formatNumber(model.total)} uniformed personnel died in ${mission}'s service between ${model.firstDate ?? ''} and ${model.lastDate ?? ''}; the most were from ${model.byNationality[0]?.name ?? ''} (${formatNumber(model.byNationality[0]?.count ?? 0)}).`;
  const source = `Source: UN Peacekeeping, fatalities by nationality and mission (snapshot of ${fatalities.snapshot}). Uniformed: military, police and military observers.`;
  const byYear = model.byYearAndIncident;
  type Row = { index: number };
  const rows: Row[] = byYear.years.map((_, index) => ({ index }));
  const columns: DataTableColumn<Row>[] = [
    { id: 'year', label: 'Year', kind: 'text', value: (r) => String(byYear.years[r.index] ?? '') },
    ...byYear.categories.map((c, k): DataTableColumn<Row> => ({
      id: c,
      label: c,
      kind: 'number',
      value: (r) => byYear.counts[k]?.[r.index] ?? 0,
    })),
    { id: 'total', label: 'Total', kind: 'number', value: (r) => model.byYear[r.index]?.count ?? 0 },
  ];
  return (
    <ChartFrame
      title={title}
      subtitle="Deaths of uniformed personnel in the mission's service; the table gives them by year and type of incident"
      description={description}
      source={source}
      chart={
        <RankingBarChart
          title={title}
          description={description}
          items={model.byNationality.map((n) => ({ id: n.iso3 ?? n.name, label: n.name, value: n.count }))}
          topN={15}
        />
      }
      table={
        <DataTable
          caption={`${mission}: uniformed fatalities by year and type of incident`}
          columns={columns}
          rows={rows}
          rowKey={(r) => String(r.index)}
        />
      }
    />
  );
}
