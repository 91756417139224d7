// The deployments view. The first chart (personnel by type) is in this module and needs only the
// manifest and the country's cells; the other charts load with DeploymentsMore.tsx, a separate chunk,
// so the route's first load stays within its size budget.
import { lazy, Suspense, useCallback, useEffect, useMemo } from 'react';
import { useCountryCells, useManifest, useTotals } from '../../data/queries.ts';
import type { CountryCells, Manifest, PersonnelType, Totals } from '../../data/schema.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { useCountryOptions, ViewCountryPicker } from '../../ui/ViewCountryPicker.tsx';
import { useAfterFirstChart } from '../../ui/afterPaint.ts';
import { ViewNotices } from '../../ui/ViewNotices.tsx';
import { useView } from '../../state/useView.ts';
import { isChartShown, useDisplayMode } from '../../state/displayMode.ts';
import { countryName, monthIndex } from '../../data/selectors/months.ts';
import { PERSONNEL_TYPE_ABBREVIATIONS } from '../../data/selectors/personnelTypeLabels.ts';
import { countryTypeSeries, reportedTypeMonths } from '../../data/selectors/typeSeries.ts';
import { rankSeries } from '../../data/selectors/rankSeries.ts';
import { sourceLine } from '../../data/selectors/sourceLine.ts';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { DataTable } from '../../charts/DataTable.tsx';
import { StackedAreaChart } from '../../charts/StackedAreaChart.tsx';
import { TimeRangeSlider } from '../../charts/TimeRangeSlider.tsx';
import { timeSeriesTable } from '../../charts/timeSeriesTable.ts';
import type { IndexRange } from '../../charts/timeSeriesModel.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import { formatMonthSpan } from '../../charts/monthFormat.ts';
import '../../charts/charts.css';
import { LazyChartExports } from '../../export/LazyChartExports.tsx';
import { exportFromTable } from '../../export/tableExport.ts';
import { deploymentsSpec } from './deploymentsView.ts';
import { byTypeModel, describeByType } from './byTypeModel.ts';
import type { SectionProps } from './DeploymentsMore.tsx';
import '../../ui/featurePages.css';
import './deployments.css';

const DeploymentsMore = lazy(() => import('./DeploymentsMore.tsx'));

export default function DeploymentsPage() {
  const manifest = useManifest();
  return (
    <Loaded query={manifest} what="dataset index">
      {(m) => <Deployments manifest={m} />}
    </Loaded>
  );
}

const monthKey = (manifest: Manifest, i: number) => (manifest.months[i] ?? '').slice(0, 7);

function Deployments({ manifest }: { manifest: Manifest }) {
  const { view, notices, update } = useView(deploymentsSpec, manifest);
  const mode = useDisplayMode();
  const isFull = mode.kind === 'full';
  const cells = useCountryCells(view.country);
  const totals = useTotals();
  const name = countryName(manifest, view.country);
  const options = useCountryOptions(manifest);
  const last = manifest.months.length - 1;
  const range = useMemo<IndexRange>(() => {
    const from = monthIndex(manifest, view.range.from);
    const to = monthIndex(manifest, view.range.to);
    return { from: from < 0 ? 0 : from, to: to < 0 ? last : to };
  }, [manifest, view.range.from, view.range.to, last]);
  const onRange = useCallback(
    (r: IndexRange) => update({ range: { from: monthKey(manifest, r.from), to: monthKey(manifest, r.to) } }),
    [manifest, update],
  );
  const props: SectionProps = { manifest, view, name, range, update };
  // The other charts' code and data load once the first chart is on screen, not in front of it.
  const [isFirstChartShown, onFirstChart] = useAfterFirstChart();
  const shouldLoadMore = isFirstChartShown || !isChartShown(mode, 'by-type') || cells.isError;
  return (
    <article className="page deployments">
      {isFull && (
        <>
          <h1>Deployments: {name}</h1>
          <ViewNotices notices={notices} />
          <p className="lede">
            How many uniformed personnel {name} has had in UN peace operations each month since 1990, of which
            kinds, in which missions, and how it ranks among all contributors — from the UN&rsquo;s monthly
            reports (IPI&rsquo;s compilation before 2015). Month-end headcounts: adding months counts the same
            people again.
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
                months={manifest.months}
                value={range}
                onChange={onRange}
                label="Months shown"
              />
            </div>
          </div>
        </>
      )}
      {isChartShown(mode, 'by-type') && (
        <Loaded query={cells} what={`data for ${name}`}>
          {(c) => <ByTypeSection {...props} cells={c} totals={totals.data} onShown={onFirstChart} />}
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
          <DeploymentsMore {...props} options={options} />
        </Suspense>
      )}
    </article>
  );
}

// ---- personnel by type --------------------------------------------------------------------------

function ByTypeSection({
  manifest,
  view,
  name,
  range,
  cells,
  totals,
  onShown,
}: SectionProps & { cells: CountryCells; totals: Totals | undefined; onShown: () => () => void }) {
  useEffect(onShown, [onShown]);
  // Which months report which types: from the world series once totals.json is in; until then from the
  // country's own cells, so the first chart does not wait for the largest chunk.
  const reported = useMemo(
    () => (totals ? reportedTypeMonths(manifest, totals) : ownTypeMonths(manifest, cells)),
    [manifest, totals, cells],
  );
  const byType = useMemo(
    () => byTypeModel(manifest, reported, countryTypeSeries(manifest, reported, cells)),
    [manifest, reported, cells],
  );
  const latestRank = useMemo(() => {
    if (!totals) return null;
    return rankSeries(totals, view.country);
  }, [totals, view.country]);
  const slug = view.country.toLowerCase();
  const source = sourceLine(manifest, range.from, range.to);
  const span = formatMonthSpan(manifest.months[range.from] ?? '', manifest.months[range.to] ?? '');

  const typeTable = useMemo(
    () =>
      timeSeriesTable(
        manifest.months,
        [{ id: 'total', label: 'All personnel', values: byType.total }, ...byType.tableSeries],
        range,
      ),
    [manifest, byType, range],
  );
  const typeDescription = describeByType({
    name,
    manifest,
    model: byType,
    range,
    rank: latestRank ? (latestRank[lastWith(byType.total, range)] ?? null) : null,
  });
  const typeTitle = `${name}: uniformed personnel by type`;
  // On a phone the end labels get UN abbreviations (spelt out in the legend) instead of clipped names.
  const [typeRef, typeWidth] = useElementWidth();
  const isNarrow = typeWidth < 560;
  const typeSeries = useMemo(
    () =>
      isNarrow
        ? byType.chartSeries.map((s) => ({
            ...s,
            label: PERSONNEL_TYPE_ABBREVIATIONS[s.id as PersonnelType],
          }))
        : byType.chartSeries,
    [byType, isNarrow],
  );

  return (
    <section aria-label={typeTitle} data-testid="by-type">
      <ChartFrame
        title={typeTitle}
        subtitle={`Month-end headcounts, ${span}. Staff officers are counted inside troops before May 2017; formed and individual police are one "police" figure before November 2009.`}
        description={typeDescription}
        source={source}
        actions={
          <LazyChartExports
            spec={exportFromTable({
              name: `${slug}-personnel-by-type`,
              title: typeTitle,
              source,
              ...typeTable,
            })}
          />
        }
        chart={
          <div ref={typeRef}>
            <StackedAreaChart
              title={typeTitle}
              description={typeDescription}
              months={manifest.months}
              series={typeSeries}
              range={range}
              yAxisTitle="Personnel"
              totalLabel="All personnel"
            />
            <ul className="legend" aria-label="Personnel types">
              {byType.tableSeries.map((s) => {
                const short = PERSONNEL_TYPE_ABBREVIATIONS[s.id as PersonnelType];
                return (
                  <li key={s.id}>
                    <span className="legend-swatch" style={{ background: s.color }} aria-hidden="true" />
                    {isNarrow && !s.label.startsWith(short) ? `${short}: ${s.label}` : s.label}
                  </li>
                );
              })}
            </ul>
          </div>
        }
        table={
          <DataTable
            caption={`${typeTitle}, ${span} (blank: no report, or the type not reported separately then)`}
            columns={typeTable.columns}
            rows={typeTable.rows}
            rowKey={(r) => String(r.index)}
            initialSort={{ columnId: 'month', direction: 'descending' }}
          />
        }
      />
    </section>
  );
}

function lastWith(values: readonly (number | null)[], range: IndexRange): number {
  for (let i = range.to; i >= range.from; i--) if (values[i] !== null && values[i] !== undefined) return i;
  return range.to;
}

/** Months in which a country's own cells report each type: first to last month with the type, reports only. */
function ownTypeMonths(manifest: Manifest, cells: CountryCells) {
  const spans = new Map<number, [number, number]>();
  cells.month.forEach((m, j) => {
    const t = cells.type[j] ?? -1;
    const s = spans.get(t);
    spans.set(t, s ? [Math.min(s[0], m), Math.max(s[1], m)] : [m, m]);
  });
  const result: ReturnType<typeof reportedTypeMonths> = {};
  for (const [t, [a, b]] of spans) {
    const type = manifest.personnelTypes[t];
    if (type)
      result[type] = manifest.months.map(
        (_, i) => i >= a && i <= b && manifest.monthInfo[i]?.status === 'ok',
      );
  }
  return result;
}
