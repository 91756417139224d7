// The missions page below its first chart: strength by type, the largest contributors over time,
// women's share against all UN personnel, and fatalities. A chunk of its own (MissionsPage loads it).
import { useMemo } from 'react';
import { useFatalities, useTotals } from '../../data/queries.ts';
import type { Fatalities, Manifest, PersonnelType, Totals } from '../../data/schema.ts';
import { countryName, monthLabel } from '../../data/selectors/months.ts';
import {
  missionContributorsOverTime,
  missionWomenShare,
  OTHERS_ID,
  missionStrengthByType,
  type MissionCells,
  type MissionTypeSeries,
} from '../../data/selectors/missionContributors.ts';
import { reportedTypeMonths } from '../../data/selectors/typeSeries.ts';
import { missionFatalities, selectMissionFatalities } from '../../data/selectors/missionFatalities.ts';
import {
  PERSONNEL_TYPE_COLOR_INDEX,
  PERSONNEL_TYPE_LABELS,
} from '../../data/selectors/personnelTypeLabels.ts';
import { sourceLine } from '../../data/selectors/sourceLine.ts';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { DataTable, type DataTableColumn } from '../../charts/DataTable.tsx';
import { LineChart } from '../../charts/LineChart.tsx';
import { seriesColor } from '../../charts/palette.ts';
import { RankingBarChart } from '../../charts/RankingBarChart.tsx';
import { StackedAreaChart } from '../../charts/StackedAreaChart.tsx';
import type { TimeSeries } from '../../charts/timeSeriesModel.ts';
import { formatNumber, formatPercent } from '../../ui/format.ts';
import { Loaded } from '../../ui/Loaded.tsx';

const typeColor = (type: PersonnelType) => seriesColor(PERSONNEL_TYPE_COLOR_INDEX[type]);

export default function MissionsMore({
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
  const totals = useTotals();
  return (
    <Loaded query={totals} what="world totals">
      {(t) => <MoreCharts manifest={manifest} cells={cells} totals={t} range={range} mission={mission} />}
    </Loaded>
  );
}

function MoreCharts({
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
  const reported = useMemo(() => reportedTypeMonths(manifest, totals), [manifest, totals]);
  const strength = useMemo(
    () => missionStrengthByType(manifest, reported, cells),
    [manifest, reported, cells],
  );
  return (
    <>
      <StrengthChart manifest={manifest} strength={strength} range={range} mission={mission} />
      <LargestOverTime manifest={manifest} cells={cells} range={range} mission={mission} />
      <WomenShareChart manifest={manifest} cells={cells} totals={totals} range={range} mission={mission} />
      <MissionFatalitiesSection manifest={manifest} mission={mission} />
    </>
  );
}

function StrengthChart({
  manifest,
  strength,
  range,
  mission,
}: {
  manifest: Manifest;
  strength: MissionTypeSeries;
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
