import { lazy, Suspense, useEffect, useId, useMemo, useState } from 'react';
import { useAfterFirstChart } from '../../ui/afterPaint.ts';
import { useManifest, usePopulation, useYearCrossSection } from '../../data/queries.ts';
import type { Manifest, Population, YearCrossSection } from '../../data/schema.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { useCountryOptions } from '../../ui/ViewCountryPicker.tsx';
import { ViewNotices } from '../../ui/ViewNotices.tsx';
import { listJoin } from '../../ui/listJoin.ts';
import { useView } from '../../state/useView.ts';
import { isChartShown, useDisplayMode } from '../../state/displayMode.ts';
import { countryName, monthIndex, monthLabel as formatMonthLong } from '../../data/selectors/months.ts';
import '../../charts/charts.css';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { CountryPicker } from '../../charts/CountryPicker.tsx';
import { DataTable, type DataTableColumn } from '../../charts/DataTable.tsx';
import { RankingBarChart } from '../../charts/RankingBarChart.tsx';
import { LazyChartExports } from '../../export/LazyChartExports.tsx';
import { exportFromTable } from '../../export/tableExport.ts';
import { compareSpec, DEFAULT_MIN, MAX_COMPARED, type CompareView } from './compareView.ts';
import {
  monthPerCapita,
  populationYearText,
  SMALL_POPULATION,
  smallPopulationLeaders,
  type MonthPerCapita,
  type RankedCountry,
} from '../../data/selectors/perCapitaRanking.ts';
import { describeRanking } from './compareText.ts';
import { PERSONNEL_SOURCE, POPULATION_SOURCE, round1 } from './compareCopy.ts';
import '../../ui/featurePages.css';

// Everything below the first chart (the ranking) is its own chunk: the scatter and the map for the
// month, then the time chart and Bhutan's profile.
const MonthMore = lazy(() => import('./CompareMore.tsx').then((m) => ({ default: m.MonthMore })));
const LaterCharts = lazy(() => import('./CompareMore.tsx').then((m) => ({ default: m.LaterCharts })));

export default function ComparePage() {
  const manifest = useManifest();
  return (
    <Loaded query={manifest} what="dataset index">
      {(m) => <Compare manifest={m} />}
    </Loaded>
  );
}

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
  const [isFirstChartShown, onFirstChart] = useAfterFirstChart();
  const isFirstChartReady =
    isFirstChartShown ||
    !isChartShown(mode, 'per-capita-ranking') ||
    population.isError ||
    section.isError ||
    // A month without a report draws no ranking: nothing to wait for.
    manifest.monthInfo[month]?.status !== 'ok';
  const options = useCountryOptions(manifest);
  const isFull = mode.kind === 'full';
  const names = view.countries.map((c) => countryName(manifest, c));

  return (
    <article className="page compare">
      {isFull && (
        <>
          <h1>Contributions per capita: {listJoin(names) || 'all contributors'}</h1>
          <ViewNotices notices={notices} />
          <p className="lede">
            Uniformed personnel in UN peace operations for every million people at home: a small country can
            rank above the largest contributors. Population from the World Bank; months after{' '}
            {population.data?.lastYear ?? 'its last year'} use the latest year available.
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
                <MonthCharts
                  manifest={manifest}
                  population={p}
                  section={s}
                  month={month}
                  view={view}
                  onShown={onFirstChart}
                  shouldLoadMore={isFirstChartReady}
                />
              )}
            </Loaded>
          )}
        </Loaded>
      )}
      {isFirstChartReady && (
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading more charts…
            </p>
          }
        >
          <LaterCharts
            manifest={manifest}
            view={view}
            onRange={(range) => update({ range })}
            showControls={isFull}
          />
        </Suspense>
      )}
    </article>
  );
}

const MONTH_CHARTS = ['per-capita-ranking', 'scatter', 'map'] as const;

function MonthSelect({
  manifest,
  value,
  onChange,
}: {
  manifest: Manifest;
  value: string;
  onChange: (m: string) => void;
}) {
  const id = useId();
  const reported = useMemo(
    () =>
      manifest.months
        .map((m, i) => ({
          key: m.slice(0, 7),
          ok: manifest.monthInfo[i]?.status === 'ok',
          label: formatMonthLong(m),
        }))
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
    {
      id: 'perMillion',
      label: 'Personnel per million people',
      kind: 'number',
      value: (r) => round1(r.perMillion),
    },
  ];
}

function MonthCharts({
  manifest,
  population,
  section,
  month,
  view,
  onShown,
  shouldLoadMore,
}: {
  manifest: Manifest;
  population: Population;
  section: YearCrossSection;
  month: number;
  view: CompareView;
  /** Called once the ranking is on screen; returns a cancel. */
  onShown: () => () => void;
  shouldLoadMore: boolean;
}) {
  useEffect(onShown, [onShown]);
  const mode = useDisplayMode();
  const model = useMemo(
    () => monthPerCapita(manifest, section, population, month, view.min),
    [manifest, section, population, month, view.min],
  );
  const monthText = formatMonthLong(model.month || `${view.month}-01`);
  const popText = populationYearText(model.populationYear);
  const source = `Sources: personnel — ${PERSONNEL_SOURCE}, ${monthText}; population — ${POPULATION_SOURCE}, ${popText}. Blue Helmets dataset ${manifest.version}.`;
  const columns = useMemo(() => rankingColumns(), []);
  const items = useMemo(
    () => model.ranked.map((r) => ({ id: r.iso3, label: r.name, value: r.perMillion })),
    [model],
  );
  const small = smallPopulationLeaders(model);
  const rankingDescription = describeRanking(model, view.countries);
  const title = `Uniformed personnel per million people, ${monthText}`;

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
                valueFormat="perMillion"
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
            <LazyChartExports
              spec={exportFromTable({
                name: `per-capita-ranking-${view.month}`,
                chart: 'per-capita-ranking',
                title,
                source,
                columns,
                rows: model.ranked,
              })}
            />
          }
        />
      )}
      {shouldLoadMore && (
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading more charts…
            </p>
          }
        >
          <MonthMore manifest={manifest} population={population} model={model} view={view} />
        </Suspense>
      )}
    </>
  );
}

function RankingCaveat({
  model,
  small,
  isDefaultMin,
}: {
  model: MonthPerCapita;
  small: RankedCountry[];
  isDefaultMin: boolean;
}) {
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
