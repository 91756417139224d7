// The compare view below its first chart, loaded as a separate chunk: the population–personnel
// scatter and the world map for the chosen month, per capita over time, and Bhutan's profile.
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useCountryCells, usePopulation, useTotals } from '../../data/queries.ts';
import type { CountryCells, Manifest, Population, Totals } from '../../data/schema.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { listJoin } from '../../ui/listJoin.ts';
import { isChartShown, useDisplayMode } from '../../state/displayMode.ts';
import { countryName, monthIndex, monthLabel as formatMonthLong } from '../../data/selectors/months.ts';
import { populationIn, populationYearFor } from '../../data/selectors/perCapita.ts';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { DataTable, type DataTableColumn } from '../../charts/DataTable.tsx';
import { LineChart } from '../../charts/LineChart.tsx';
import { withContributorColors } from '../../charts/palette.ts';
import { ScatterLogLog } from '../../charts/ScatterLogLog.tsx';
import { TimeRangeSlider } from '../../charts/TimeRangeSlider.tsx';
import { describeTimeSeries } from '../../charts/describeTimeSeries.ts';
import { type IndexRange } from '../../charts/timeSeriesModel.ts';
import { timeSeriesTable, type MonthRow } from '../../charts/timeSeriesTable.ts';
import { LazyChartExports } from '../../export/LazyChartExports.tsx';
import { exportFromTable } from '../../export/tableExport.ts';
import type { CompareView } from './compareView.ts';
import {
  perCapitaSeries,
  populationYearText,
  type MonthPerCapita,
  type RankedCountry,
} from '../../data/selectors/perCapitaRanking.ts';
import { profileModel, type ProfileRow } from '../../data/selectors/countryProfile.ts';
import { describeMap, describeProfile, describeScatter } from './moreText.ts';
import {
  classCounts,
  classify,
  mapValues,
  NO_DATA_CLASS,
  NONE_CLASS,
  VALUE_CLASSES,
  type MapValue,
} from './map/mapModel.ts';
import isoCodes from './map/isoNumericToIso3.json';
import { PERSONNEL_SOURCE, POPULATION_SOURCE, round1 } from './compareCopy.ts';

/** Countries with a shape on the map (world-atlas 1:110m, Antarctica left out). */
const DRAWN: ReadonlySet<string> = new Set(Object.values(isoCodes.codes).filter((iso3) => iso3 !== 'ATA'));
/** Every drawn country is in the values; this only covers a shape without a country code. */
const NOT_IN_VALUES: MapValue = { kind: 'no-data', reason: 'no country code for this shape' };

const LazyWorldMap = lazy(() => import('./map/LazyWorldMap.tsx'));

function rankingColumns(): DataTableColumn<RankedCountry>[] {
  return [
    { id: 'rank', label: 'Rank', kind: 'number', value: (r) => r.rank },
    { id: 'country', label: 'Country', kind: 'text', value: (r) => r.name },
    { id: 'personnel', label: 'Personnel', kind: 'number', value: (r) => r.personnel },
    { id: 'population', label: 'Population', kind: 'number', value: (r) => r.population },
    {
      id: 'perMillion',
      label: 'Personnel per million people',
      kind: 'number',
      value: (r) => round1(r.perMillion),
    },
  ];
}

export function MonthMore({
  manifest,
  population,
  model,
  view,
}: {
  manifest: Manifest;
  population: Population;
  model: MonthPerCapita;
  view: CompareView;
}) {
  const mode = useDisplayMode();
  const monthText = formatMonthLong(model.month || `${view.month}-01`);
  const popText = populationYearText(model.populationYear);
  const source = `Sources: personnel — ${PERSONNEL_SOURCE}, ${monthText}; population — ${POPULATION_SOURCE}, ${popText}. Blue Helmets dataset ${manifest.version}.`;
  const columns = useMemo(() => rankingColumns(), []);
  const scatterPoints = useMemo(
    () => model.ranked.map((r) => ({ id: r.iso3, label: r.name, x: r.population, y: r.personnel })),
    [model],
  );
  const scatterDescription = describeScatter(model, view.countries);

  const values = useMemo(
    () =>
      mapValues(model, DRAWN, (iso3) => {
        const year = populationYearFor(population, model.month);
        return year !== null && populationIn(population, iso3, year.year) !== null;
      }),
    [model, population],
  );
  const mapRows = useMemo(() => mapTableRows(manifest, values), [manifest, values]);
  const mapColumns = useMemo(() => mapTableColumns(), []);
  const mapClassCounts = useMemo(
    () =>
      classCounts(
        [...DRAWN].map((iso3) => {
          const value: MapValue = values.get(iso3) ?? { kind: 'none' };
          return { iso3, name: iso3, value, cls: classify(value) };
        }),
      ).map((c) => ({ label: c.cls.label, count: c.count })),
    [values],
  );
  const mapDescription = describeMap(model, mapClassCounts);
  const notDrawn = model.ranked.filter((r) => !DRAWN.has(r.iso3)).map((r) => r.name);

  return (
    <>
      {isChartShown(mode, 'scatter') && (
        <ChartFrame
          title={`Population and personnel, ${monthText}`}
          subtitle={`Logarithmic axes; each dot a contributor with at least ${view.min.toLocaleString('en-US')} personnel. Dots above a diagonal send more per million people.`}
          description={scatterDescription}
          source={source}
          chart={
            <ScatterLogLog
              title={`Population and personnel, ${monthText}`}
              description={scatterDescription}
              points={scatterPoints}
              highlightedIds={view.countries}
              ratioLines={[
                { ratio: 1e-6, label: '1 per million' },
                { ratio: 1e-5, label: '10 per million' },
                { ratio: 1e-4, label: '100 per million' },
                { ratio: 1e-3, label: '1,000 per million' },
              ]}
              xAxisTitle="Population"
              yAxisTitle="Personnel"
            />
          }
          table={
            <DataTable
              caption={`Population and personnel, ${monthText}`}
              columns={columns}
              rows={model.ranked}
              rowKey={(r) => r.iso3}
              initialSort={{ columnId: 'population', direction: 'descending' }}
            />
          }
          actions={
            <LazyChartExports
              spec={exportFromTable({
                name: `population-personnel-${view.month}`,
                chart: 'scatter',
                title: `Population and personnel, ${monthText}`,
                source,
                columns,
                rows: model.ranked,
              })}
            />
          }
        />
      )}
      {isChartShown(mode, 'map') && (
        <ChartFrame
          title={`Personnel per million people around the world, ${monthText}`}
          subtitle={`Every contributor, whatever its size (the minimum applies to the ranking only); population of ${popText}.`}
          description={mapDescription}
          source={<>{source} Map: Natural Earth 1:110m via world-atlas.</>}
          chart={
            <>
              <ul className="legend" aria-label="Legend: personnel per million people">
                {[...VALUE_CLASSES, NONE_CLASS, NO_DATA_CLASS].map((c) => (
                  <li key={c.id}>
                    <span
                      className={c.isHatched ? 'legend-swatch legend-swatch--hatched' : 'legend-swatch'}
                      style={{ background: c.fill }}
                      aria-hidden="true"
                    />
                    {c.label}
                  </li>
                ))}
              </ul>
              <Suspense
                fallback={
                  <p className="loading" role="status">
                    Loading the map…
                  </p>
                }
              >
                <LazyWorldMap
                  title={`Personnel per million people around the world, ${monthText}`}
                  description={mapDescription}
                  values={values}
                  fallback={NOT_IN_VALUES}
                  highlightedIds={view.countries}
                />
              </Suspense>
              {notDrawn.length > 0 && (
                <p className="note">
                  Too small to draw at this scale, but in the ranking and the table: {listJoin(notDrawn)}.
                </p>
              )}
            </>
          }
          table={
            <DataTable
              caption={`Personnel per million people by country, ${monthText}`}
              columns={mapColumns}
              rows={mapRows}
              rowKey={(r) => r.iso3}
              initialSort={{ columnId: 'perMillion', direction: 'descending' }}
            />
          }
          actions={
            <LazyChartExports
              spec={exportFromTable({
                name: `per-capita-map-${view.month}`,
                chart: 'map',
                title: `Personnel per million people, ${monthText}`,
                source,
                columns: mapColumns,
                rows: mapRows,
              })}
            />
          }
        />
      )}
    </>
  );
}

export function LaterCharts({
  manifest,
  view,
  onRange,
  showControls,
}: {
  manifest: Manifest;
  view: CompareView;
  onRange: (range: { from: string; to: string }) => void;
  showControls: boolean;
}) {
  const mode = useDisplayMode();
  const population = usePopulation();
  return (
    <>
      {isChartShown(mode, 'per-capita-time') && (
        <Loaded query={population} what="population data">
          {(p) => (
            <TotalsLoader>
              {(t) => (
                <PerCapitaOverTime
                  manifest={manifest}
                  population={p}
                  totals={t}
                  view={view}
                  onRange={onRange}
                  showControls={showControls}
                />
              )}
            </TotalsLoader>
          )}
        </Loaded>
      )}
      {isChartShown(mode, 'bhutan-profile') && <BhutanLoader manifest={manifest} />}
    </>
  );
}

function TotalsLoader({ children }: { children: (totals: Totals) => ReactNode }) {
  const totals = useTotals();
  return (
    <Loaded query={totals} what="contributor totals">
      {children}
    </Loaded>
  );
}

function BhutanLoader({ manifest }: { manifest: Manifest }) {
  const bhutan = useCountryCells('BTN');
  return (
    <Loaded query={bhutan} what="data for Bhutan">
      {(c) => <BhutanProfile manifest={manifest} cells={c} />}
    </Loaded>
  );
}

interface MapRow {
  iso3: string;
  name: string;
  personnel: number | null;
  perMillion: number | null;
  cls: string;
  isDrawn: boolean;
}

function mapTableRows(manifest: Manifest, values: ReadonlyMap<string, MapValue>): MapRow[] {
  return [...values]
    .map(([iso3, value]) => ({
      iso3,
      name: countryName(manifest, iso3),
      personnel: value.kind === 'value' ? value.personnel : value.kind === 'none' ? 0 : null,
      perMillion: value.kind === 'value' ? round1(value.perMillion) : value.kind === 'none' ? 0 : null,
      cls: classify(value).label,
      isDrawn: DRAWN.has(iso3),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function mapTableColumns(): DataTableColumn<MapRow>[] {
  return [
    { id: 'country', label: 'Country', kind: 'text', value: (r) => r.name },
    { id: 'personnel', label: 'Personnel', kind: 'number', value: (r) => r.personnel },
    { id: 'perMillion', label: 'Personnel per million people', kind: 'number', value: (r) => r.perMillion },
    { id: 'class', label: 'Map class (per million)', kind: 'text', value: (r) => r.cls },
    {
      id: 'drawn',
      label: 'Drawn on the map',
      kind: 'text',
      value: (r) => (r.isDrawn ? 'yes' : 'no, too small at this scale'),
    },
  ];
}

function PerCapitaOverTime({
  manifest,
  population,
  totals,
  view,
  onRange,
  showControls,
}: {
  manifest: Manifest;
  population: Population;
  totals: Totals;
  view: CompareView;
  onRange: (range: { from: string; to: string }) => void;
  showControls: boolean;
}) {
  const series = useMemo(
    () => withContributorColors(perCapitaSeries(manifest, totals, population, view.countries)),
    [manifest, totals, population, view.countries],
  );
  const range: IndexRange = useMemo(
    () => ({
      from: Math.max(0, monthIndex(manifest, view.range.from)),
      to: Math.max(0, monthIndex(manifest, view.range.to)),
    }),
    [manifest, view.range.from, view.range.to],
  );
  const table = useMemo(() => {
    const base = timeSeriesTable(manifest.months, series, range, 'perMillion');
    const rounded = base.columns.map((c, i) =>
      i === 0
        ? c
        : {
            ...c,
            value: (row: MonthRow) => {
              const v = c.value(row);
              return typeof v === 'number' ? round1(v) : v;
            },
          },
    );
    const yearColumn: DataTableColumn<MonthRow> = {
      id: 'populationYear',
      label: 'Population year used',
      kind: 'text',
      value: (row) => populationYearText(populationYearFor(population, row.month)),
    };
    return { rows: base.rows, columns: [...rounded, yearColumn] };
  }, [manifest, series, range, population]);
  const names = series.map((s) => s.label);
  const title = `Personnel per million people over time: ${listJoin(names)}`;
  const description = `${describeTimeSeries({
    chartKind: 'Lines of uniformed personnel per million people',
    months: manifest.months,
    series,
    range,
    valueFormat: 'perMillion',
  })} Population of each month's year; months after ${population.lastYear} use ${population.lastYear}.`;
  const source = `Sources: personnel — ${PERSONNEL_SOURCE}; population — ${POPULATION_SOURCE}, ${population.firstYear}–${population.lastYear}. Blue Helmets dataset ${manifest.version}.`;
  const fullRange = { from: 0, to: manifest.months.length - 1 };
  return (
    <ChartFrame
      title={title}
      subtitle={`Monthly. Each month uses its year's population; months after ${population.lastYear} use ${population.lastYear} (the latest World Bank year). Gaps are months without a report.`}
      description={description}
      source={source}
      chart={
        <>
          <LineChart
            title={title}
            description={description}
            months={manifest.months}
            series={series}
            range={range}
            valueFormat="perMillion"
            yAxisTitle="Personnel per million people"
          />
          {showControls && (
            <TimeRangeSlider
              months={manifest.months}
              value={range}
              defaultValue={fullRange}
              onChange={(r) =>
                onRange({
                  from: manifest.months[r.from]?.slice(0, 7) ?? view.range.from,
                  to: manifest.months[r.to]?.slice(0, 7) ?? view.range.to,
                })
              }
            />
          )}
        </>
      }
      table={
        <DataTable
          caption={`Personnel per million people by month`}
          columns={table.columns}
          rows={table.rows}
          rowKey={(r) => r.month}
          initialSort={{ columnId: 'month', direction: 'descending' }}
        />
      }
      actions={
        <LazyChartExports
          spec={exportFromTable({
            name: `per-capita-${view.countries.join('-').toLowerCase()}`,
            chart: 'per-capita-time',
            title,
            source,
            ...table,
          })}
        />
      }
    />
  );
}

const PROFILE_MISSION = 'MINUSCA';

function BhutanProfile({ manifest, cells }: { manifest: Manifest; cells: CountryCells }) {
  const model = useMemo(() => profileModel(manifest, cells, PROFILE_MISSION), [manifest, cells]);
  const mission = manifest.missions.find((m) => m.acronym === PROFILE_MISSION);
  const missionLabel = `${PROFILE_MISSION} (${mission?.host ?? 'Central African Republic'})`;
  const months = useMemo(() => model.rows.map((r) => r.month), [model]);
  const personnelSeries = useMemo(
    () => [
      { id: 'total', label: 'All Bhutanese personnel', values: model.rows.map((r) => r.total) },
      { id: 'mission', label: `In ${PROFILE_MISSION}`, values: model.rows.map((r) => r.inMission) },
    ],
    [model],
  );
  const operationsSeries = useMemo(
    () => [{ id: 'operations', label: 'Operations', values: model.rows.map((r) => r.operations) }],
    [model],
  );
  const columns: DataTableColumn<ProfileRow>[] = useMemo(
    () => [
      {
        id: 'month',
        label: 'Month',
        kind: 'text',
        value: (r) => formatMonthLong(r.month),
        sortValue: (r) => r.index,
      },
      { id: 'total', label: 'Personnel', kind: 'number', value: (r) => r.total },
      { id: 'operations', label: 'Operations', kind: 'number', value: (r) => r.operations },
      { id: 'mission', label: `In ${PROFILE_MISSION}`, kind: 'number', value: (r) => r.inMission },
      {
        id: 'largest',
        label: 'Largest deployment',
        kind: 'text',
        value: (r) => (r.largest ? `${r.largest.acronym} (${r.largest.personnel})` : null),
      },
      {
        id: 'missions',
        label: 'Operations served',
        kind: 'text',
        value: (r) => (r.missions ? r.missions.join(' ') : null),
      },
    ],
    [],
  );
  const description = describeProfile(model, 'Bhutan', missionLabel);
  const title = `Bhutan since it began contributing: personnel, operations and ${missionLabel}`;
  const source = `Source: ${PERSONNEL_SOURCE}. Bhutan is not in IPI's files (to March 2014); April–December 2014 has no source, so its first month here is the first report of 2015. Blue Helmets dataset ${manifest.version}.`;
  return (
    <ChartFrame
      title={title}
      subtitle="Monthly. Operations are counted only where the report gives missions (not March 2018 – August 2019 nor September 2023): those months are blank."
      description={description}
      source={source}
      chart={
        <div className="profile-charts">
          <LineChart
            title={`Bhutan: uniformed personnel, all and in ${PROFILE_MISSION}`}
            description={description}
            months={months}
            series={personnelSeries}
            yAxisTitle="Personnel"
            height={300}
          />
          <LineChart
            title="Bhutan: number of operations with Bhutanese personnel"
            description={description}
            months={months}
            series={operationsSeries}
            yAxisTitle="Operations"
            height={200}
          />
        </div>
      }
      table={
        <DataTable
          caption="Bhutan: personnel and operations by month"
          columns={columns}
          rows={model.rows}
          rowKey={(r) => r.month}
          initialSort={{ columnId: 'month', direction: 'descending' }}
        />
      }
      actions={
        <LazyChartExports
          spec={exportFromTable({
            name: 'bhutan-profile',
            chart: 'bhutan-profile',
            title,
            source,
            columns,
            rows: model.rows,
          })}
        />
      }
    />
  );
}
