// The fatalities view below its first chart, loaded as a separate chunk: deaths by mission and by
// personnel type, the running total, and the rate per 1,000 personnel-years.
import { useMemo } from 'react';
import { useTotals } from '../../data/queries.ts';
import type { Fatalities, Manifest, Totals } from '../../data/schema.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { useCountryOptions } from '../../ui/ViewCountryPicker.tsx';
import { Staggered } from '../../ui/Staggered.tsx';
import { isChartShown, useDisplayMode } from '../../state/displayMode.ts';
import { countryName } from '../../data/selectors/months.ts';
import { describeNoRate, RATE_RULES, rateValue } from '../../data/selectors/fatalityRates.ts';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { CountryPicker } from '../../charts/CountryPicker.tsx';
import { DataTable, type DataTableColumn } from '../../charts/DataTable.tsx';
import { LineChart } from '../../charts/LineChart.tsx';
import { RankingBarChart } from '../../charts/RankingBarChart.tsx';
import { timeSeriesTable } from '../../charts/timeSeriesTable.ts';
import { LazyChartExports } from '../../export/LazyChartExports.tsx';
import { exportFromTable } from '../../export/tableExport.ts';
import { MAX_PEERS, type FatalitiesView } from './fatalitiesView.ts';
import { SCOPE_LABEL } from './fatalitiesModel.ts';
import { byMissionModel, byTypeModel, cumulativeModel, type CategoryCount } from './breakdownModels.ts';
import {
  AUTOMATIC_PEER_COUNT,
  pooledRows,
  rateModel,
  WORLD_ID,
  rateLineColor,
  type PooledRow,
  type RateModel,
} from './rateModel.ts';
import { describeCounts, describeCumulative, describeRate } from './moreText.ts';
import { fatalitySource, SCOPE_SHORT } from './fatalitiesCopy.ts';
import { YearLineChart } from './YearLineChart.tsx';

export interface FatalitiesMoreProps {
  manifest: Manifest;
  fatalities: Fatalities;
  view: FatalitiesView;
  name: string;
  onPeers: (peers: string[]) => void;
  showControls: boolean;
}

export default function FatalitiesMore({
  manifest,
  fatalities,
  view,
  name,
  onPeers,
  showControls,
}: FatalitiesMoreProps) {
  const mode = useDisplayMode();
  const { country, personnel } = view;
  const who = `${name}'s ${SCOPE_LABEL[personnel]}`;
  const source = fatalitySource(fatalities, manifest.version);
  const slug = `${country.toLowerCase()}-${personnel}`;
  const byMission = useMemo(
    () => byMissionModel(manifest, fatalities, country, personnel),
    [manifest, fatalities, country, personnel],
  );
  const byType = useMemo(() => byTypeModel(fatalities, country, personnel), [fatalities, country, personnel]);
  const cumulative = useMemo(
    () => cumulativeModel(fatalities, country, personnel),
    [fatalities, country, personnel],
  );
  const cumulativeSeries = useMemo(
    () => [
      {
        id: 'cumulative',
        label: `${name}, ${personnel === 'uniformed' ? 'uniformed' : 'all personnel'}`,
        values: cumulative.values,
      },
    ],
    [cumulative, name, personnel],
  );
  const cumulativeTable = useMemo(() => {
    const range = { from: 0, to: Math.max(0, cumulative.months.length - 1) };
    return timeSeriesTable(cumulative.months, cumulativeSeries, range);
  }, [cumulative, cumulativeSeries]);

  const countColumns = (first: string): DataTableColumn<CategoryCount>[] => [
    { id: 'label', label: first, kind: 'text', value: (r) => r.label },
    { id: 'deaths', label: 'Deaths', kind: 'number', value: (r) => r.value },
  ];

  const missionDescription = describeCounts(byMission, 'mission', who);
  const typeDescription = describeCounts(byType, 'personnel type', who);
  const cumulativeDescription = describeCumulative(cumulative, who);
  const missionColumns = countColumns('Mission (host)');
  const typeColumns = countColumns('Personnel type');

  return (
    <Staggered>
      <div className="chart-pair">
        {isChartShown(mode, 'by-mission') && (
          <ChartFrame
            title={`${name}: fatalities by mission`}
            subtitle={`${SCOPE_SHORT[personnel]}. Missions since 1948, named by their acronym and host.`}
            description={missionDescription}
            source={source}
            chart={
              <RankingBarChart
                title={`${name}: fatalities by mission`}
                description={missionDescription}
                items={byMission}
                topN={15}
              />
            }
            table={
              <DataTable
                caption={`${name}: fatalities by mission`}
                columns={missionColumns}
                rows={byMission}
                rowKey={(r) => r.id}
              />
            }
            actions={
              <LazyChartExports
                spec={exportFromTable({
                  name: `fatalities-by-mission-${slug}`,
                  chart: 'by-mission',
                  title: `${name}: fatalities by mission`,
                  source,
                  columns: missionColumns,
                  rows: byMission,
                })}
              />
            }
          />
        )}
        {isChartShown(mode, 'by-type') && (
          <ChartFrame
            title={`${name}: fatalities by personnel type`}
            subtitle={SCOPE_SHORT[personnel]}
            description={typeDescription}
            source={source}
            chart={
              <RankingBarChart
                title={`${name}: fatalities by personnel type`}
                description={typeDescription}
                items={byType}
              />
            }
            table={
              <DataTable
                caption={`${name}: fatalities by personnel type`}
                columns={typeColumns}
                rows={byType}
                rowKey={(r) => r.id}
              />
            }
            actions={
              <LazyChartExports
                spec={exportFromTable({
                  name: `fatalities-by-type-${slug}`,
                  chart: 'by-type',
                  title: `${name}: fatalities by personnel type`,
                  source,
                  columns: typeColumns,
                  rows: byType,
                })}
              />
            }
          />
        )}
      </div>
      {isChartShown(mode, 'cumulative') && (
        <ChartFrame
          title={`${name}: cumulative fatalities`}
          subtitle={`${SCOPE_SHORT[personnel]}. Running total at the end of each month, to the latest record in the file.`}
          description={cumulativeDescription}
          source={source}
          chart={
            <LineChart
              title={`${name}: cumulative fatalities`}
              description={cumulativeDescription}
              months={cumulative.months}
              series={cumulativeSeries}
              yAxisTitle="Deaths, cumulative"
            />
          }
          table={
            <DataTable
              caption={`${name}: cumulative fatalities at the end of each month`}
              columns={cumulativeTable.columns}
              rows={cumulativeTable.rows}
              rowKey={(r) => r.month}
              initialSort={{ columnId: 'month', direction: 'descending' }}
            />
          }
          actions={
            <LazyChartExports
              spec={exportFromTable({
                name: `fatalities-cumulative-${slug}`,
                chart: 'cumulative',
                title: `${name}: cumulative fatalities`,
                source,
                ...cumulativeTable,
              })}
            />
          }
        />
      )}
      {(isChartShown(mode, 'rate') || isChartShown(mode, 'rate-summary')) && (
        // The contributor totals (the rate's denominator, and the largest chunk) are asked for only here,
        // after the first chart is on screen.
        <RateLoader
          manifest={manifest}
          fatalities={fatalities}
          view={view}
          onPeers={onPeers}
          showControls={showControls}
        />
      )}
    </Staggered>
  );
}

type RateRow = { index: number; year: number };

function rateTable(model: RateModel) {
  const rows: RateRow[] = model.years.map((year, index) => ({ index, year }));
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  const columns: DataTableColumn<RateRow>[] = [
    { id: 'year', label: 'Year', kind: 'text', value: (r) => String(r.year), sortValue: (r) => r.year },
  ];
  for (const s of model.series) {
    columns.push({
      id: `${s.id}-rate`,
      label: `${s.label}: deaths per 1,000 personnel-years`,
      kind: 'number',
      value: (r) => {
        const rate = s.rates[r.index];
        return rate ? round(rateValue(rate)) : null;
      },
    });
    if (s.id === model.series[0]?.id) {
      columns.push(
        {
          id: `${s.id}-deaths`,
          label: `${s.label}: uniformed deaths`,
          kind: 'number',
          value: (r) => s.rates[r.index]?.deaths ?? null,
        },
        {
          id: `${s.id}-average`,
          label: `${s.label}: average deployed`,
          kind: 'number',
          value: (r) => {
            const a = s.rates[r.index]?.averagePersonnel;
            return a === null || a === undefined ? null : Math.round(a);
          },
        },
        {
          id: `${s.id}-months`,
          label: `${s.label}: months reported`,
          kind: 'number',
          value: (r) => s.rates[r.index]?.reportedMonths ?? null,
        },
        {
          id: `${s.id}-note`,
          label: `${s.label}: why no rate`,
          kind: 'text',
          value: (r) => {
            const rate = s.rates[r.index];
            return rate && rate.kind === 'no-rate' ? describeNoRate(rate) : '';
          },
        },
      );
    }
  }
  return { rows, columns };
}

function RateLoader(props: Omit<Parameters<typeof RateSection>[0], 'totals'>) {
  const totals = useTotals();
  return (
    <Loaded query={totals} what="contributor totals">
      {(t) => <RateSection {...props} totals={t} />}
    </Loaded>
  );
}

function RateSection({
  manifest,
  totals,
  fatalities,
  view,
  onPeers,
  showControls,
}: {
  manifest: Manifest;
  totals: Totals;
  fatalities: Fatalities;
  view: FatalitiesView;
  onPeers: (peers: string[]) => void;
  showControls: boolean;
}) {
  const model = useMemo(
    () => rateModel(manifest, totals, fatalities, view.country, view.peers),
    [manifest, totals, fatalities, view.country, view.peers],
  );
  const mode = useDisplayMode();
  const table = useMemo(() => rateTable(model), [model]);
  const pooled = useMemo(() => pooledRows(model), [model]);
  const round2 = (v: number) => Math.round(v * 100) / 100;
  const pooledColumns: DataTableColumn<PooledRow>[] = [
    { id: 'label', label: 'Who', kind: 'text', value: (r) => r.label },
    {
      id: 'rate',
      label: 'Deaths per 1,000 personnel-years',
      kind: 'number',
      value: (r) => (r.perThousand === null ? null : round2(r.perThousand)),
    },
    { id: 'deaths', label: 'Uniformed deaths', kind: 'number', value: (r) => r.deaths },
    {
      id: 'personnelYears',
      label: 'Personnel-years',
      kind: 'number',
      value: (r) => Math.round(r.personnelYears),
    },
    { id: 'years', label: 'Years with a rate', kind: 'number', value: (r) => r.years },
    {
      id: 'span',
      label: 'From – to',
      kind: 'text',
      value: (r) => (r.firstYear === null ? null : `${r.firstYear}–${r.lastYear ?? ''}`),
    },
  ];
  const pooledItems = pooled.map((r) => ({
    id: r.id,
    label: r.label,
    value: r.perThousand === null ? null : round2(r.perThousand),
  }));
  const pooledTitle = `Over all years with a rate: uniformed deaths per 1,000 personnel-years`;
  const pooledDescription = `Bars of the pooled rate (all deaths over all personnel-years of the years that have a rate): ${pooled
    .map(
      (r) =>
        `${r.label} ${r.perThousand === null ? 'no rate' : r.perThousand.toFixed(2)}${r.firstYear !== null ? ` (${r.years} years, ${r.firstYear}–${r.lastYear})` : ''}`,
    )
    .join('; ')}.`;
  const series = useMemo(
    () =>
      model.series.map((s) => ({
        id: s.id,
        label: s.label,
        values: s.rates.map(rateValue),
        // Each country in its own colour, all UN in the totals grey (rateLineColor).
        color: rateLineColor(
          s.id,
          model.series.map((x) => x.id),
        ),
      })),
    [model],
  );
  const options = useCountryOptions(manifest);
  const name = countryName(manifest, view.country);
  const description = describeRate(model);
  const title = `Uniformed deaths per 1,000 personnel-years: ${name}, all UN personnel and large contributors`;
  const source = `Sources: deaths — UN DPO fatalities dataset (snapshot ${fatalities.snapshot}), uniformed personnel only; personnel-years — average month-end headcount of each year, UN DPO monthly contribution reports and IPI Peacekeeping Database. Blue Helmets dataset ${manifest.version}.`;
  return (
    <section aria-labelledby={showControls ? 'rate-heading' : undefined} className="rate-section">
      {showControls && (
        <>
          <h2 id="rate-heading">How dangerous, once the number deployed is counted</h2>
          <p className="note">
            A year&rsquo;s rate is its uniformed deaths divided by the average number of the country&rsquo;s
            uniformed personnel deployed that year (over the months with a report), per 1,000. It counts
            uniformed deaths only, whichever personnel choice is made above, because civilian staff are not in
            the contribution reports. A year gets no rate when fewer than {RATE_RULES.minReportedMonths}{' '}
            months have a report (1990, 2014), when fewer than {RATE_RULES.minAveragePersonnel} personnel were
            deployed on average (one death would swing the ratio), or when the fatalities snapshot (
            {fatalities.snapshot}) does not cover the whole year. The line for all UN personnel counts deaths
            of every nationality; deaths in special political missions are in the numerators, their few
            uniformed staff mostly not in the denominators.
          </p>
          <CountryPicker
            mode="multi"
            label={`Compare with (empty: the ${AUTOMATIC_PEER_COUNT} largest contributors)`}
            options={options.filter((o) => o.id !== view.country)}
            value={view.peers}
            max={MAX_PEERS}
            onChange={onPeers}
          />
          <p className="note" data-testid="rate-peers">
            {model.isPeersAutomatic
              ? `Compared with the ${model.peers.length} largest contributors over 1990–2025 by personnel-months: ${model.peers.map((p) => countryName(manifest, p)).join(', ')}.`
              : `Compared with the countries chosen: ${model.peers.map((p) => countryName(manifest, p)).join(', ')}.`}
          </p>
        </>
      )}
      {isChartShown(mode, 'rate') && (
        <ChartFrame
          title={title}
          subtitle="Per calendar year. A break in a line is a year without a rate; the table says why."
          description={description}
          source={source}
          chart={
            <YearLineChart
              title={title}
              description={description}
              years={model.years}
              series={series}
              highlightedIds={[view.country, WORLD_ID]}
              yAxisTitle="Deaths per 1,000 personnel-years"
              unit="deaths per 1,000 personnel-years"
            />
          }
          table={
            <DataTable
              caption={`Uniformed deaths per 1,000 personnel-years, by year`}
              columns={table.columns}
              rows={table.rows}
              rowKey={(r) => String(r.year)}
            />
          }
          actions={
            <LazyChartExports
              spec={exportFromTable({
                name: `fatality-rate-${view.country.toLowerCase()}`,
                chart: 'rate',
                title,
                source,
                ...table,
              })}
            />
          }
        />
      )}
      {isChartShown(mode, 'rate-summary') && (
        <ChartFrame
          title={pooledTitle}
          subtitle="Each over its own years with a rate (last column); the chosen country in the accent colour, all UN personnel as the dashed line (not ranked)."
          description={pooledDescription}
          source={source}
          chart={
            <RankingBarChart
              title={pooledTitle}
              description={pooledDescription}
              items={pooledItems}
              highlightedIds={[view.country, WORLD_ID]}
              benchmarkIds={[WORLD_ID]}
            />
          }
          table={
            <DataTable caption={pooledTitle} columns={pooledColumns} rows={pooled} rowKey={(r) => r.id} />
          }
          actions={
            <LazyChartExports
              spec={exportFromTable({
                name: `fatality-rate-summary-${view.country.toLowerCase()}`,
                chart: 'rate-summary',
                title: pooledTitle,
                source,
                columns: pooledColumns,
                rows: pooled,
              })}
            />
          }
        />
      )}
    </section>
  );
}
