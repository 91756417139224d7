import { useId, useMemo } from 'react';
import { useFatalities, useManifest, useTotals } from '../../data/queries.ts';
import type { Fatalities, Manifest, Totals } from '../../data/schema.ts';
import { Loaded } from '../../app/Loaded.tsx';
import { ViewNotices } from '../../app/ViewNotices.tsx';
import { useView } from '../../state/useView.ts';
import { isChartShown, useDisplayMode } from '../../state/displayMode.ts';
import { countryName } from '../../data/selectors/months.ts';
import type { PersonnelScope } from '../../data/selectors/fatalityBreakdowns.ts';
import { describeNoRate, RATE_RULES, rateValue } from '../../data/selectors/fatalityRates.ts';
import {
  ChartFrame,
  CountryPicker,
  DataTable,
  LineChart,
  RankingBarChart,
  timeSeriesTable,
  type DataTableColumn,
} from '../../charts/index.ts';
import { ChartExports } from '../../export/ChartExports.tsx';
import { exportFromTable } from '../../export/tableExport.ts';
import { fatalitiesSpec, MAX_PEERS, PERSONNEL_SCOPES, type FatalitiesView } from './fatalitiesView.ts';
import {
  AUTOMATIC_PEER_COUNT,
  byMissionModel,
  byTypeModel,
  byYearModel,
  cumulativeModel,
  rateModel,
  SCOPE_LABEL,
  WORLD_ID,
  type CategoryCount,
  type RateModel,
} from './fatalitiesModel.ts';
import { describeByYear, describeCounts, describeCumulative, describeRate } from './fatalitiesText.ts';
import { YearBarChart } from './YearBarChart.tsx';
import { YearLineChart } from './YearLineChart.tsx';
import '../featurePages.css';

export default function FatalitiesPage() {
  const manifest = useManifest();
  return <Loaded query={manifest} what="dataset index">{(m) => <FatalitiesView manifest={m} />}</Loaded>;
}

const SCOPE_SHORT: Record<PersonnelScope, string> = {
  uniformed: 'Uniformed personnel only',
  all: 'All personnel, including civilian staff',
};

function fatalitySource(f: Fatalities, version: string): string {
  return `Source: UN Department of Peace Operations, fatalities dataset DPPADPOSS-FATALITIES (snapshot ${f.snapshot}; one row per death, all missions incl. special political missions, since 1948). Blue Helmets dataset ${version}.`;
}

function FatalitiesView({ manifest }: { manifest: Manifest }) {
  const { view, notices, update } = useView(fatalitiesSpec, manifest);
  const mode = useDisplayMode();
  const fatalities = useFatalities();
  const name = countryName(manifest, view.country);
  const options = useMemo(() => manifest.countries.map((c) => ({ id: c.iso3, name: c.name })), [manifest]);
  const isFull = mode.kind === 'full';
  return (
    <article className="page fatalities">
      {isFull && (
        <>
          <h1>Fatalities in UN service: {name}</h1>
          <ViewNotices notices={notices} />
          <p className="lede">
            Deaths of {name}&rsquo;s nationals serving in UN peace operations, from the UN&rsquo;s own fatalities
            record: when, how, in which missions, and how the risk compares once the number deployed is counted.
          </p>
          <div className="controls">
            <CountryPicker
              mode="single"
              label="Country"
              options={options}
              value={view.country}
              onChange={(country) => update({ country })}
            />
            <ScopeChoice value={view.personnel} onChange={(personnel) => update({ personnel })} />
          </div>
          <p className="note">
            {view.personnel === 'uniformed'
              ? 'Counting uniformed personnel only: military (troops and staff officers), police and military observers — the people usually called peacekeepers.'
              : 'Counting everyone in the record: uniformed personnel and international and local civilian staff of the missions.'}
          </p>
        </>
      )}
      <Loaded query={fatalities} what="fatalities data">
        {(f) => (
          <>
            <FatalityCharts manifest={manifest} fatalities={f} view={view} name={name} />
            {isChartShown(mode, 'rate') && (
              // Mounted only once the fatalities are in: the contributor totals (the rate's denominator,
              // and the largest chunk) are not fetched before the first chart is on screen.
              <RateLoader
                manifest={manifest}
                fatalities={f}
                view={view}
                onPeers={(peers) => update({ peers })}
                showControls={isFull}
              />
            )}
          </>
        )}
      </Loaded>
    </article>
  );
}

function ScopeChoice({ value, onChange }: { value: PersonnelScope; onChange: (v: PersonnelScope) => void }) {
  const id = useId();
  return (
    <fieldset className="choice" data-testid="personnel-choice">
      <legend>Personnel</legend>
      {PERSONNEL_SCOPES.map((scope) => (
        <label key={scope} htmlFor={`${id}-${scope}`}>
          <input
            type="radio"
            id={`${id}-${scope}`}
            name={`${id}-scope`}
            value={scope}
            checked={value === scope}
            onChange={() => onChange(scope)}
          />{' '}
          {SCOPE_SHORT[scope]}
        </label>
      ))}
    </fieldset>
  );
}

function FatalityCharts({
  manifest,
  fatalities,
  view,
  name,
}: {
  manifest: Manifest;
  fatalities: Fatalities;
  view: FatalitiesView;
  name: string;
}) {
  const mode = useDisplayMode();
  const { country, personnel } = view;
  const who = `${name}'s ${SCOPE_LABEL[personnel]}`;
  const source = fatalitySource(fatalities, manifest.version);
  const slug = `${country.toLowerCase()}-${personnel}`;

  const byYear = useMemo(() => byYearModel(fatalities, country, personnel), [fatalities, country, personnel]);
  const byMission = useMemo(
    () => byMissionModel(manifest, fatalities, country, personnel),
    [manifest, fatalities, country, personnel],
  );
  const byType = useMemo(() => byTypeModel(fatalities, country, personnel), [fatalities, country, personnel]);
  const cumulative = useMemo(() => cumulativeModel(fatalities, country, personnel), [fatalities, country, personnel]);

  const byYearTable = useMemo(() => {
    type Row = { index: number; year: number };
    const rows: Row[] = byYear.years.map((year, index) => ({ index, year }));
    const columns: DataTableColumn<Row>[] = [
      { id: 'year', label: 'Year', kind: 'text', value: (r) => String(r.year), sortValue: (r) => r.year },
      ...byYear.series.map(
        (s): DataTableColumn<Row> => ({ id: s.id, label: s.label, kind: 'number', value: (r) => s.values[r.index] ?? 0 }),
      ),
      { id: 'total', label: 'Total', kind: 'number', value: (r) => byYear.totals[r.index] ?? 0 },
    ];
    return { rows, columns };
  }, [byYear]);

  const cumulativeSeries = useMemo(
    () => [{ id: 'cumulative', label: `${name}, ${personnel === 'uniformed' ? 'uniformed' : 'all personnel'}`, values: cumulative.values }],
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

  const byYearDescription = describeByYear(byYear, who);
  const missionDescription = describeCounts(byMission, 'mission', who);
  const typeDescription = describeCounts(byType, 'personnel type', who);
  const cumulativeDescription = describeCumulative(cumulative, who);
  const missionColumns = countColumns('Mission (host)');
  const typeColumns = countColumns('Personnel type');

  return (
    <>
      {isChartShown(mode, 'by-year') && (
        <ChartFrame
          title={`${name}: fatalities per year, by type of incident`}
          subtitle={`${SCOPE_SHORT[personnel]}. Years with no bar had no recorded death.`}
          description={byYearDescription}
          source={source}
          chart={
            <>
              <Legend items={byYear.series.map((s) => ({ id: s.id, label: s.label, color: s.color }))} />
              <YearBarChart
                title={`${name}: fatalities per year, by type of incident`}
                description={byYearDescription}
                years={byYear.years}
                series={byYear.series}
                yAxisTitle="Deaths"
              />
            </>
          }
          table={
            <DataTable
              caption={`${name}: fatalities per year by type of incident (${SCOPE_SHORT[personnel].toLowerCase()})`}
              columns={byYearTable.columns}
              rows={byYearTable.rows}
              rowKey={(r) => String(r.year)}
            />
          }
          actions={
            <ChartExports
              spec={exportFromTable({
                name: `fatalities-by-year-${slug}`, chart: 'by-year',
                title: `${name}: fatalities per year, by type of incident`,
                source,
                ...byYearTable,
              })}
            />
          }
        />
      )}
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
              <ChartExports
                spec={exportFromTable({
                  name: `fatalities-by-mission-${slug}`, chart: 'by-mission',
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
              <ChartExports
                spec={exportFromTable({
                  name: `fatalities-by-type-${slug}`, chart: 'by-type',
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
            <ChartExports
              spec={exportFromTable({
                name: `fatalities-cumulative-${slug}`, chart: 'cumulative',
                title: `${name}: cumulative fatalities`,
                source,
                ...cumulativeTable,
              })}
            />
          }
        />
      )}
    </>
  );
}

function Legend({ items }: { items: readonly { id: string; label: string; color: string }[] }) {
  return (
    <ul className="legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.id}>
          <span className="legend-swatch" style={{ background: item.color }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
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
        { id: `${s.id}-deaths`, label: `${s.label}: uniformed deaths`, kind: 'number', value: (r) => s.rates[r.index]?.deaths ?? null },
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
  return <Loaded query={totals} what="contributor totals">{(t) => <RateSection {...props} totals={t} />}</Loaded>;
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
  const table = useMemo(() => rateTable(model), [model]);
  const series = useMemo(
    () =>
      model.series.map((s) => ({
        id: s.id,
        label: s.label,
        values: s.rates.map(rateValue),
      })),
    [model],
  );
  const options = useMemo(() => manifest.countries.map((c) => ({ id: c.iso3, name: c.name })), [manifest]);
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
            A year&rsquo;s rate is its uniformed deaths divided by the average number of the country&rsquo;s uniformed
            personnel deployed that year (over the months with a report), per 1,000. It counts uniformed deaths only,
            whichever personnel choice is made above, because civilian staff are not in the contribution reports. A year
            gets no rate when fewer than {RATE_RULES.minReportedMonths} months have a report (1990, 2014), when fewer
            than {RATE_RULES.minAveragePersonnel} personnel were deployed on average (one death would swing the ratio),
            or when the fatalities snapshot ({fatalities.snapshot}) does not cover the whole year. The line for all UN
            personnel counts deaths of every nationality; deaths in special political missions are in the numerators,
            their few uniformed staff mostly not in the denominators.
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
          <ChartExports
            spec={exportFromTable({
              name: `fatality-rate-${view.country.toLowerCase()}`, chart: 'rate',
              title,
              source,
              ...table,
            })}
          />
        }
      />
    </section>
  );
}
