// Personnel by type: the country's uniformed personnel each month, stacked by kind.
import { useMemo } from 'react';
import { useCountryCells, useTotals } from '../../../data/queries.ts';
import type { CountryCells, Manifest, PersonnelType, Totals } from '../../../data/schema.ts';
import { PERSONNEL_TYPE_LABELS } from '../../../data/selectors/personnelTypeLabels.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { countryTypeSeries, reportedTypeMonths } from '../../../data/selectors/typeSeries.ts';
import { rankSeries } from '../../../data/selectors/rankSeries.ts';
import { sourceLine } from '../../../data/selectors/sourceLine.ts';
import { StackedAreaChart } from '../../../charts/StackedAreaChart.tsx';
import { timeSeriesTable } from '../../../charts/timeSeriesTable.ts';
import type { IndexRange } from '../../../charts/timeSeriesModel.ts';
import { formatMonthSpan } from '../../../charts/monthFormat.ts';
import { useElementWidth } from '../../../charts/useElementWidth.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { byTypeModel, describeByType } from '../byTypeModel.ts';
import type { DeploymentsChartProps } from '../deploymentsCharts.ts';

export default function ByTypeChart(props: DeploymentsChartProps) {
  const cells = useCountryCells(props.view.country);
  const totals = useTotals();
  return (
    <Loaded query={cells} what={`data for ${props.name}`}>
      {(c) => <ByType {...props} cells={c} totals={totals.data} />}
    </Loaded>
  );
}

function ByType({
  manifest,
  view,
  name,
  range,
  cells,
  totals,
}: DeploymentsChartProps & { cells: CountryCells; totals: Totals | undefined }) {
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
  const description = describeByType({
    name,
    manifest,
    model: byType,
    range,
    rank: latestRank ? (latestRank[lastWith(byType.total, range)] ?? null) : null,
  });
  const title = `${name}: uniformed personnel by type`;
  // On a phone the layers are named without "(from 2017)": the subtitle says when each began, and the
  // long names would be cut in the narrow margin.
  const [chartRef, chartWidth] = useElementWidth();
  const isNarrow = chartWidth < 560;
  const chartSeries = useMemo(
    () =>
      isNarrow
        ? byType.chartSeries.map((s) => ({ ...s, label: PERSONNEL_TYPE_LABELS[s.id as PersonnelType] }))
        : byType.chartSeries,
    [byType, isNarrow],
  );
  return (
    <ChartUnit
      id="by-type"
      title={title}
      subtitle={`Month-end headcounts, ${span}. Staff officers are counted inside troops before May 2017; formed and individual police are one "police" figure before November 2009.`}
      description={description}
      source={source}
      exportName={`${view.country.toLowerCase()}-personnel-by-type`}
      exportChart={(size) => (
        <StackedAreaChart
          title={title}
          description={description}
          months={manifest.months}
          series={byType.chartSeries}
          range={range}
          yAxisTitle="Personnel"
          totalLabel="All personnel"
          width={size.width}
          height={size.height}
        />
      )}
      chart={
        // The kit names each layer once: at its end, or in the legend under the chart when its end
        // label has no room or the layer stops before the range ends (tests/unit/charts/seriesLegend.test.tsx).
        <div ref={chartRef}>
          <StackedAreaChart
            title={title}
            description={description}
            months={manifest.months}
            series={chartSeries}
            range={range}
            yAxisTitle="Personnel"
            totalLabel="All personnel"
          />
        </div>
      }
      table={{
        caption: `${title}, ${span} (blank: no report, or the type not reported separately then)`,
        columns: typeTable.columns,
        rows: typeTable.rows,
        rowKey: (r) => String(r.index),
        initialSort: { columnId: 'month', direction: 'descending' },
      }}
    />
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
