// The women view. The first chart (women by type, country and all UN) is in this module; the targets,
// the press figure and the ranking load with WomenMore.tsx, a separate chunk, so the route's first load
// stays within its size budget.
import { lazy, Suspense, useCallback, useEffect, useMemo } from 'react';
import { useCountryCells, useManifest, useTotals } from '../../data/queries.ts';
import type { CountryCells, Manifest, PersonnelType, Totals } from '../../data/schema.ts';
import {
  PERSONNEL_TYPE_ABBREVIATIONS,
  PERSONNEL_TYPE_LABELS,
} from '../../data/selectors/personnelTypeLabels.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { ViewCountryPicker } from '../../ui/ViewCountryPicker.tsx';
import { useAfterFirstChart } from '../../ui/afterPaint.ts';
import { ViewNotices } from '../../ui/ViewNotices.tsx';
import { RadioChoice } from '../../ui/RadioChoice.tsx';
import { useView } from '../../state/useView.ts';
import { isChartShown, useDisplayMode } from '../../state/displayMode.ts';
import { countryName, monthIndex, monthLabel } from '../../data/selectors/months.ts';
import { countryTypeSeries, reportedTypeMonths, worldTypeSeries } from '../../data/selectors/typeSeries.ts';
import { sourceLine } from '../../data/selectors/sourceLine.ts';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { DataTable, type DataTableColumn } from '../../charts/DataTable.tsx';
import { LineChart } from '../../charts/LineChart.tsx';
import { TimeRangeSlider } from '../../charts/TimeRangeSlider.tsx';
import type { IndexRange, TimeSeries } from '../../charts/timeSeriesModel.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import { formatMonthSpan } from '../../charts/monthFormat.ts';
import '../../charts/charts.css';
import { LazyChartExports } from '../../export/LazyChartExports.tsx';
import { exportFromTable } from '../../export/tableExport.ts';
import { FIRST_GENDER_MONTH, womenSpec } from './womenView.ts';
import {
  countryWomenSeries,
  sharedShareMax,
  worldWomenSeries,
  type WomenSeries,
} from './womenSeriesModel.ts';
import { count, describeWomenShare, pct, unReportedComparison } from './womenShareText.ts';
import type { SectionProps } from './WomenMore.tsx';
import '../featurePages.css';
import './women.css';

const WomenMore = lazy(() => import('./WomenMore.tsx'));
// The default measure (share) draws lines; the stacked counts load only when asked for.
const StackedAreaChart = lazy(() =>
  import('../../charts/StackedAreaChart.tsx').then((m) => ({ default: m.StackedAreaChart })),
);

export default function WomenPage() {
  const manifest = useManifest();
  return (
    <Loaded query={manifest} what="dataset index">
      {(m) => <Women manifest={m} />}
    </Loaded>
  );
}

const key = (manifest: Manifest, i: number) => (manifest.months[i] ?? '').slice(0, 7);

function Women({ manifest }: { manifest: Manifest }) {
  const { view, notices, update } = useView(womenSpec, manifest);
  const mode = useDisplayMode();
  const isFull = mode.kind === 'full';
  const cells = useCountryCells(view.country);
  const totals = useTotals();
  const name = countryName(manifest, view.country);
  const start = Math.max(0, monthIndex(manifest, FIRST_GENDER_MONTH));
  const last = manifest.months.length - 1;
  const range = useMemo<IndexRange>(() => {
    const from = monthIndex(manifest, view.range.from);
    const to = monthIndex(manifest, view.range.to);
    return { from: Math.max(start, from), to: to < 0 ? last : to };
  }, [manifest, view.range.from, view.range.to, start, last]);
  const sliderMonths = useMemo(() => manifest.months.slice(start), [manifest, start]);
  const onRange = useCallback(
    (r: IndexRange) =>
      update({ range: { from: key(manifest, r.from + start), to: key(manifest, r.to + start) } }),
    [manifest, update, start],
  );
  const props: SectionProps = { manifest, view, name, range, update };
  // The other charts' code and data load once the first chart is on screen, not in front of it.
  const [isFirstChartShown, onFirstChart] = useAfterFirstChart();
  const shouldLoadMore =
    isFirstChartShown || !isChartShown(mode, 'women-share') || cells.isError || totals.isError;
  return (
    <article className="page women">
      {isFull && (
        <>
          <h1>Women peacekeepers: {name}</h1>
          <ViewNotices notices={notices} />
          <p className="lede">
            How many of {name}&rsquo;s uniformed personnel in UN operations are women, in which roles, against
            the UN&rsquo;s Uniformed Gender Parity Strategy 2018–2028 and against other contributors. The
            UN&rsquo;s reports split personnel by gender from November 2009.
          </p>
          <div className="controls dep-controls">
            <ViewCountryPicker
              manifest={manifest}
              value={view.country}
              onChange={(country) => update({ country })}
              loadsCountryCells
            />
            <div className="dep-range">
              <TimeRangeSlider
                months={sliderMonths}
                value={{ from: range.from - start, to: range.to - start }}
                onChange={onRange}
                label="Months shown"
              />
            </div>
          </div>
        </>
      )}
      {isChartShown(mode, 'women-share') && (
        <Loaded query={totals} what="contributor totals">
          {(t) => (
            <Loaded query={cells} what={`data for ${name}`}>
              {(c) => <ShareData {...props} totals={t} cells={c} onShown={onFirstChart} />}
            </Loaded>
          )}
        </Loaded>
      )}
      {shouldLoadMore && (
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading the other charts…
            </p>
          }
        >
          <WomenMore {...props} />
        </Suspense>
      )}
    </article>
  );
}

// ---- women by type: the country and all UN ------------------------------------------------------

function ShareData({
  manifest,
  view,
  name,
  range,
  update,
  totals,
  cells,
  onShown,
}: SectionProps & { totals: Totals; cells: CountryCells; onShown: () => () => void }) {
  useEffect(onShown, [onShown]);
  const reported = useMemo(() => reportedTypeMonths(manifest, totals), [manifest, totals]);
  const byType = useMemo(() => countryTypeSeries(manifest, reported, cells), [manifest, reported, cells]);
  const world = useMemo(() => worldTypeSeries(manifest, totals), [manifest, totals]);
  const own = useMemo(() => countryWomenSeries(manifest, byType), [manifest, byType]);
  const all = useMemo(() => worldWomenSeries(manifest, totals, world), [manifest, totals, world]);
  return (
    <ShareSection
      manifest={manifest}
      view={view}
      name={name}
      range={range}
      update={update}
      own={own}
      all={all}
    />
  );
}

function ShareSection({
  manifest,
  view,
  name,
  range,
  update,
  own,
  all,
}: SectionProps & { own: WomenSeries; all: WomenSeries }) {
  const mode = useDisplayMode();
  const isShare = view.metric === 'share';
  const span = formatMonthSpan(manifest.months[range.from] ?? '', manifest.months[range.to] ?? '');
  const title = `Women: ${name} and all UN uniformed personnel, ${isShare ? 'share by type' : 'number by type'}`;
  const description = describeWomenShare({ name, manifest, country: own, world: all, range });
  const shareMax = sharedShareMax([own.share, all.share], range); // one y-scale for the two panels
  const source = sourceLine(
    manifest,
    range.from,
    range.to,
    'All UN: women among personnel whose gender is reported (a few rows carry none). August 2020: the report’s gender split is corrupt and withheld; September 2023: the report has no gender split.',
  );
  const table = useMemo(() => {
    type Row = { index: number };
    const rows: Row[] = [];
    for (let i = range.from; i <= range.to; i++) rows.push({ index: i });
    const fmt = isShare ? (v: number) => pct(v) : (v: number) => count(v);
    const group = (prefix: string, who: string, s: WomenSeries) => {
      const list = isShare ? s.share : [{ id: 'all', label: 'All types', values: s.women }, ...s.count];
      return list.map((series): DataTableColumn<Row> => ({
        id: `${prefix}-${series.id}`,
        label: `${who}: ${series.id === 'all' ? 'All types' : (PERSONNEL_TYPE_LABELS[series.id as PersonnelType] ?? series.label)}`,
        kind: 'number',
        value: (r) => series.values[r.index] ?? null,
        format: fmt,
      }));
    };
    const columns: DataTableColumn<Row>[] = [
      {
        id: 'month',
        label: 'Month',
        kind: 'text',
        value: (r) => monthLabel(manifest.months[r.index] ?? ''),
        sortValue: (r) => r.index,
      },
      ...group('own', name, own),
      ...group('un', 'All UN', all),
    ];
    return { rows, columns };
  }, [manifest, range, isShare, own, all, name]);
  const comparison = useMemo(() => unReportedComparison(manifest, all), [manifest, all]);
  // On a phone the end labels get UN abbreviations (spelt out in the legend) instead of clipped names.
  const [pairRef, pairWidth] = useElementWidth();
  const isNarrow = pairWidth < 480;
  const abbreviate = useCallback(
    (list: TimeSeries[]) =>
      isNarrow
        ? list.map((x) =>
            x.id === 'all' ? x : { ...x, label: PERSONNEL_TYPE_ABBREVIATIONS[x.id as PersonnelType] },
          )
        : list,
    [isNarrow],
  );
  const ownShare = useMemo(() => abbreviate(own.share), [abbreviate, own]);
  const ownCount = useMemo(() => abbreviate(own.count), [abbreviate, own]);
  const allShare = useMemo(() => abbreviate(all.share), [abbreviate, all]);
  const allCount = useMemo(() => abbreviate(all.count), [abbreviate, all]);
  const chartFor = (who: string, s: { share: TimeSeries[]; count: TimeSeries[] }, testId: string) =>
    isShare ? (
      <LineChart
        title={`${who}: share of women by type`}
        description={description}
        months={manifest.months}
        series={s.share}
        range={range}
        valueFormat="percent"
        yMax={shareMax ?? undefined}
        highlightedIds={['all']}
        yAxisTitle="Share of women"
      />
    ) : (
      <Suspense
        fallback={
          <p className="loading" role="status">
            Loading the chart…
          </p>
        }
      >
        <StackedAreaChart
          title={`${who}: women by type`}
          description={description}
          months={manifest.months}
          series={s.count}
          range={range}
          yAxisTitle="Women"
          totalLabel="All women"
          key={testId}
        />
      </Suspense>
    );
  return (
    <section aria-label={title} data-testid="women-share">
      <ChartFrame
        title={title}
        subtitle={`${span}. Staff officers are reported apart from troops from May 2017; before that they are inside troops.`}
        description={description}
        source={source}
        actions={
          <LazyChartExports
            spec={exportFromTable({
              name: `${view.country.toLowerCase()}-women-${view.metric}`,
              title,
              source,
              ...table,
            })}
          />
        }
        chart={
          <>
            {mode.kind === 'full' && (
              <RadioChoice
                legend="Measure"
                value={view.metric}
                onChange={(metric) => update({ metric })}
                options={[
                  { value: 'share', label: 'Share of women' },
                  { value: 'count', label: 'Number of women' },
                ]}
                testId="women-metric"
              />
            )}
            <div className="chart-pair">
              <div ref={pairRef}>
                <h3 className="women-subhead">{name}</h3>
                {chartFor(name, { share: ownShare, count: ownCount }, 'own')}
              </div>
              <div>
                <h3 className="women-subhead">All UN uniformed personnel</h3>
                {chartFor('All UN', { share: allShare, count: allCount }, 'un')}
              </div>
            </div>
            <ul className="legend" aria-label="Personnel types">
              {(isShare ? own.share : own.count).map((x) => (
                <li key={x.id}>
                  <span className="legend-swatch" style={{ background: x.color }} aria-hidden="true" />
                  {x.id === 'all'
                    ? 'All types'
                    : `${
                        isNarrow &&
                        !PERSONNEL_TYPE_LABELS[x.id as PersonnelType].startsWith(
                          PERSONNEL_TYPE_ABBREVIATIONS[x.id as PersonnelType],
                        )
                          ? `${PERSONNEL_TYPE_ABBREVIATIONS[x.id as PersonnelType]}: `
                          : ''
                      }${PERSONNEL_TYPE_LABELS[x.id as PersonnelType]}`}
                </li>
              ))}
            </ul>
            <p className="note" data-testid="un-reported">
              {comparison.join(' ')}
            </p>
          </>
        }
        table={
          <DataTable
            caption={`${title}, ${span}`}
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
