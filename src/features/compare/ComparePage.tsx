import { lazy, Suspense, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useCountryCells, useManifest, usePopulation, useTotals, useYearCrossSection } from '../../data/queries.ts';
import type { CountryCells, Manifest, Population, Totals, YearCrossSection } from '../../data/schema.ts';
import { Loaded } from '../../app/Loaded.tsx';
import { ViewNotices } from '../../app/ViewNotices.tsx';
import { listJoin } from '../../app/listJoin.ts';
import { useView } from '../../state/useView.ts';
import { isChartShown, useDisplayMode } from '../../state/displayMode.ts';
import { countryName, monthIndex } from '../../data/selectors/months.ts';
import { populationIn, populationYearFor } from '../../data/selectors/perCapita.ts';
import {
  ChartFrame,
  CountryPicker,
  DataTable,
  describeTimeSeries,
  formatMonthLong,
  LineChart,
  RankingBarChart,
  ScatterLogLog,
  TimeRangeSlider,
  timeSeriesTable,
  type DataTableColumn,
  type IndexRange,
  type MonthRow,
} from '../../charts/index.ts';
import { ChartExports } from '../../export/ChartExports.tsx';
import { exportFromTable } from '../../export/tableExport.ts';
import { compareSpec, DEFAULT_MIN, MAX_COMPARED, type CompareView } from './compareView.ts';
import {
  monthPerCapita,
  perCapitaSeries,
  populationYearText,
  SMALL_POPULATION,
  smallPopulationLeaders,
  type MonthPerCapita,
  type RankedCountry,
} from './perCapitaModel.ts';
import { profileModel, type ProfileRow } from './profileModel.ts';
import { describeMap, describeProfile, describeRanking, describeScatter } from './compareText.ts';
import { classCounts, classify, mapValues, NO_DATA_CLASS, NONE_CLASS, VALUE_CLASSES, type MapValue } from './map/mapModel.ts';
import isoCodes from './map/isoNumericToIso3.json';

/** Countries with a shape on the map (world-atlas 1:110m, Antarctica left out). */
const DRAWN: ReadonlySet<string> = new Set(Object.values(isoCodes.codes).filter((iso3) => iso3 !== 'ATA'));
/** Every drawn country is in the values; this only covers a shape without a country code. */
const NOT_IN_VALUES: MapValue = { kind: 'no-data', reason: 'no country code for this shape' };
import '../featurePages.css';

const LazyWorldMap = lazy(() => import('./map/LazyWorldMap.tsx'));

export default function ComparePage() {
  const manifest = useManifest();
  return <Loaded query={manifest} what="dataset index">{(m) => <Compare manifest={m} />}</Loaded>;
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const POPULATION_SOURCE = 'World Bank, World Development Indicators SP.POP.TOTL (population, total)';
const PERSONNEL_SOURCE = 'UN Department of Peace Operations, monthly contribution reports (IPI Peacekeeping Database before 2015)';

function Compare({ manifest }: { manifest: Manifest }) {
  const { view, notices, update } = useView(compareSpec, manifest);
  const mode = useDisplayMode();
  const population = usePopulation();
  const month = monthIndex(manifest, view.month);
  const year = Number(view.month.slice(0, 4));
  const isMonthShown = MONTH_CHARTS.some((id) => isChartShown(mode, id));
  const section = useYearCrossSection(isMonthShown && Number.isFinite(year) ? year : null);
  // The time chart's totals and Bhutan's cells are asked for once the first chart can be drawn, so
  // they do not delay it (and do not count against its data budget).
  const isFirstChartReady =
    !isMonthShown || (population.data !== undefined && section.data !== undefined) || population.isError || section.isError;
  const options = useMemo(() => manifest.countries.map((c) => ({ id: c.iso3, name: c.name })), [manifest]);
  const isFull = mode.kind === 'full';
  const names = view.countries.map((c) => countryName(manifest, c));

  return (
    <article className="page compare">
      {isFull && (
        <>
          <h1>Contributions per capita: {listJoin(names) || 'all contributors'}</h1>
          <ViewNotices notices={notices} />
          <p className="lede">
            Uniformed personnel in UN peace operations for every million people at home: a small country can rank above
            the largest contributors. Population from the World Bank; months after {population.data?.lastYear ?? 'its last year'} use
            the latest year available.
          </p>
          <div className="controls">
            <CountryPicker
              mode="multi"
              label="Countries to compare"
              options={options}
              value={view.countries}
              max={MAX_COMPARED}
              onChange={(countries) => update({ countries })}
            />
            <MonthSelect manifest={manifest} value={view.month} onChange={(m) => update({ month: m })} />
            <MinimumInput value={view.min} onChange={(min) => update({ min })} />
          </div>
        </>
      )}
      {isMonthShown && (
      <Loaded query={population} what="population data">
        {(p) => (
          <Loaded query={section} what={`contributions in ${year}`}>
            {(s) => (
              <MonthCharts manifest={manifest} population={p} section={s} month={month} view={view} />
            )}
          </Loaded>
        )}
      </Loaded>
      )}
      {isFirstChartReady && isChartShown(mode, 'per-capita-time') && (
        <Loaded query={population} what="population data">
          {(p) => (
            <TotalsLoader>
              {(t) => (
                <PerCapitaOverTime
                  manifest={manifest}
                  population={p}
                  totals={t}
                  view={view}
                  onRange={(range) => update({ range })}
                  showControls={isFull}
                />
              )}
            </TotalsLoader>
          )}
        </Loaded>
      )}
      {isFirstChartReady && isChartShown(mode, 'bhutan-profile') && <BhutanLoader manifest={manifest} />}
    </article>
  );
}

const MONTH_CHARTS = ['per-capita-ranking', 'scatter', 'map'] as const;

function TotalsLoader({ children }: { children: (totals: Totals) => ReactNode }) {
  const totals = useTotals();
  return <Loaded query={totals} what="contributor totals">{children}</Loaded>;
}

function BhutanLoader({ manifest }: { manifest: Manifest }) {
  const bhutan = useCountryCells('BTN');
  return <Loaded query={bhutan} what="data for Bhutan">{(c) => <BhutanProfile manifest={manifest} cells={c} />}</Loaded>;
}

function MonthSelect({ manifest, value, onChange }: { manifest: Manifest; value: string; onChange: (m: string) => void }) {
  const id = useId();
  const reported = useMemo(
    () =>
      manifest.months
        .map((m, i) => ({ key: m.slice(0, 7), ok: manifest.monthInfo[i]?.status === 'ok', label: formatMonthLong(m) }))
        .filter((m) => m.ok)
        .reverse(),
    [manifest],
  );
  return (
    <p className="number-field month-field">
      <label htmlFor={id}>Month</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid="month-select">
        {reported.some((m) => m.key === value) ? null : <option value={value}>{value} (no report)</option>}
        {reported.map((m) => (
          <option key={m.key} value={m.key}>
            {m.label}
          </option>
        ))}
      </select>
    </p>
  );
}

function MinimumInput({ value, onChange }: { value: number; onChange: (n: number) => void }) {
  const id = useId();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const commit = () => {
    const n = Number(text);
    if (/^\d{1,6}$/.test(text) && n <= 100_000) onChange(n);
    else setText(String(value));
  };
  return (
    <p className="number-field">
      <label htmlFor={id}>Rank only countries with at least … personnel</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={100000}
        step={1}
        value={text}
        data-testid="min-input"
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </p>
  );
}

function rankingColumns(): DataTableColumn<RankedCountry>[] {
  return [
    { id: 'rank', label: 'Rank', kind: 'number', value: (r) => r.rank },
    { id: 'country', label: 'Country', kind: 'text', value: (r) => r.name },
    { id: 'personnel', label: 'Personnel', kind: 'number', value: (r) => r.personnel },
    { id: 'population', label: 'Population', kind: 'number', value: (r) => r.population },
    { id: 'perMillion', label: 'Personnel per million people', kind: 'number', value: (r) => round1(r.perMillion) },
  ];
}

function MonthCharts({
  manifest,
  population,
  section,
  month,
  view,
}: {
  manifest: Manifest;
  population: Population;
  section: YearCrossSection;
  month: number;
  view: CompareView;
}) {
  const mode = useDisplayMode();
  const model = useMemo(
    () => monthPerCapita(manifest, section, population, month, view.min),
    [manifest, section, population, month, view.min],
  );
  const monthText = formatMonthLong(model.month || `${view.month}-01`);
  const popText = populationYearText(model.populationYear);
  const source = `Sources: personnel — ${PERSONNEL_SOURCE}, ${monthText}; population — ${POPULATION_SOURCE}, ${popText}. Blue Helmets dataset ${manifest.version}.`;
  const columns = useMemo(() => rankingColumns(), []);
  const items = useMemo(() => model.ranked.map((r) => ({ id: r.iso3, label: r.name, value: r.perMillion })), [model]);
  const small = smallPopulationLeaders(model);
  const rankingDescription = describeRanking(model, view.countries);
  const title = `Uniformed personnel per million people, ${monthText}`;

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

  if (model.gapReason) {
    return (
      <p className="notice" role="status">
        No contribution report for {monthText}: {model.gapReason} Choose another month.
      </p>
    );
  }

  return (
    <>
      {isChartShown(mode, 'per-capita-ranking') && (
        <ChartFrame
          title={title}
          subtitle={`Contributors with at least ${view.min.toLocaleString('en-US')} personnel; population of ${popText}. The top 20 are drawn, with the countries you compare; the table ranks all ${model.ranked.length}.`}
          description={rankingDescription}
          source={source}
          chart={
            <>
              <RankingBarChart
                title={title}
                description={rankingDescription}
                items={items}
                topN={20}
                highlightedIds={view.countries}
              />
              <RankingCaveat model={model} small={small} isDefaultMin={view.min === DEFAULT_MIN} />
            </>
          }
          table={
            <>
              <DataTable
                caption={`Personnel per million people, ${monthText} (population ${popText})`}
                columns={columns}
                rows={model.ranked}
                rowKey={(r) => r.iso3}
              />
              <RankingCaveat model={model} small={small} isDefaultMin={view.min === DEFAULT_MIN} />
            </>
          }
          actions={
            <ChartExports
              spec={exportFromTable({
                name: `per-capita-ranking-${view.month}`, chart: 'per-capita-ranking',
                title,
                source,
                columns,
                rows: model.ranked,
              })}
            />
          }
        />
      )}
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
            <ChartExports
              spec={exportFromTable({ name: `population-personnel-${view.month}`, chart: 'scatter', title: `Population and personnel, ${monthText}`, source, columns, rows: model.ranked })}
            />
          }
        />
      )}
      {isChartShown(mode, 'map') && (
        <ChartFrame
          title={`Personnel per million people around the world, ${monthText}`}
          subtitle={`Every contributor, whatever its size (the minimum applies to the ranking only); population of ${popText}.`}
          description={mapDescription}
          source={
            <>
              {source} Map: Natural Earth 1:110m via world-atlas.
            </>
          }
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
              <Suspense fallback={<p className="loading" role="status">Loading the map…</p>}>
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
            <ChartExports
              spec={exportFromTable({ name: `per-capita-map-${view.month}`, chart: 'map', title: `Personnel per million people, ${monthText}`, source, columns: mapColumns, rows: mapRows })}
            />
          }
        />
      )}
    </>
  );
}

function RankingCaveat({ model, small, isDefaultMin }: { model: MonthPerCapita; small: RankedCountry[]; isDefaultMin: boolean }) {
  return (
    <p className="note" data-testid="ranking-caveat">
      Per-capita ratios of small countries move a lot with a handful of people.
      {small.length > 0
        ? ` In the top 20, ${listJoin(small.map((s) => `${s.name} (${(s.population / 1e6).toFixed(2)} million people)`))} ${small.length === 1 ? 'has' : 'have'} fewer than ${(SMALL_POPULATION / 1e6).toFixed(0)} million inhabitants.`
        : ''}{' '}
      {model.belowMinimum.length > 0
        ? `${model.belowMinimum.length} contributors with fewer than ${model.min.toLocaleString('en-US')} personnel are left out${isDefaultMin ? ' (the default minimum; change it above)' : ''}.`
        : ''}
      {model.noPopulation.length > 0
        ? ` No World Bank population, so not ranked: ${listJoin(model.noPopulation.map((n) => n.name))}.`
        : ''}
    </p>
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
    { id: 'drawn', label: 'Drawn on the map', kind: 'text', value: (r) => (r.isDrawn ? 'yes' : 'no, too small at this scale') },
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
    () => perCapitaSeries(manifest, totals, population, view.countries),
    [manifest, totals, population, view.countries],
  );
  const range: IndexRange = useMemo(
    () => ({ from: Math.max(0, monthIndex(manifest, view.range.from)), to: Math.max(0, monthIndex(manifest, view.range.to)) }),
    [manifest, view.range.from, view.range.to],
  );
  const table = useMemo(() => {
    const base = timeSeriesTable(manifest.months, series, range, 'perMillion');
    const rounded = base.columns.map((c, i) =>
      i === 0 ? c : { ...c, value: (row: MonthRow) => { const v = c.value(row); return typeof v === 'number' ? round1(v) : v; } },
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
      actions={<ChartExports spec={exportFromTable({ name: `per-capita-${view.countries.join('-').toLowerCase()}`, chart: 'per-capita-time', title, source, ...table })} />}
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
      { id: 'month', label: 'Month', kind: 'text', value: (r) => formatMonthLong(r.month), sortValue: (r) => r.index },
      { id: 'total', label: 'Personnel', kind: 'number', value: (r) => r.total },
      { id: 'operations', label: 'Operations', kind: 'number', value: (r) => r.operations },
      { id: 'mission', label: `In ${PROFILE_MISSION}`, kind: 'number', value: (r) => r.inMission },
      { id: 'largest', label: 'Largest deployment', kind: 'text', value: (r) => (r.largest ? `${r.largest.acronym} (${r.largest.personnel})` : null) },
      { id: 'missions', label: 'Operations served', kind: 'text', value: (r) => (r.missions ? r.missions.join(' ') : null) },
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
      actions={<ChartExports spec={exportFromTable({ name: 'bhutan-profile', chart: 'bhutan-profile', title, source, columns, rows: model.rows })} />}
    />
  );
}
