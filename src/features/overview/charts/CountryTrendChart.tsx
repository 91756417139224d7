// The chosen country's uniformed personnel, month by month since 1990: its trend at a glance.
import { useMemo } from 'react';
import { useCountryCells } from '../../../data/queries.ts';
import type { CountryCells } from '../../../data/schema.ts';
import { monthlyTotals } from '../../../data/selectors/monthlyCells.ts';
import { latestReportedMonth, monthLabel } from '../../../data/selectors/months.ts';
import { sourceLine } from '../../../data/selectors/sourceLine.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { LineChart } from '../../../charts/LineChart.tsx';
import { contributorColors } from '../../../charts/palette.ts';
import type { TimeSeries } from '../../../charts/timeSeriesModel.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { formatNumber } from '../../../ui/format.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import type { OverviewChartProps } from '../overviewCharts.ts';
import { countryTrend } from '../countryOverview.ts';

export default function CountryTrendChart(props: OverviewChartProps) {
  const cells = useCountryCells(props.view.country);
  return (
    <Loaded query={cells} what={`data for ${props.name}`}>
      {(c) => <Trend {...props} cells={c} />}
    </Loaded>
  );
}

type Row = { index: number };

function Trend({ manifest, view, name, cells }: OverviewChartProps & { cells: CountryCells }) {
  const values = useMemo(() => monthlyTotals(manifest, cells), [manifest, cells]);
  const latest = latestReportedMonth(manifest);
  const trend = useMemo(() => countryTrend(values, latest), [values, latest]);
  const range = { from: 0, to: manifest.months.length - 1 };
  const color = contributorColors([view.country]).get(view.country) ?? 'var(--bh-accent, #0072B2)';
  const series: TimeSeries[] = [{ id: view.country, label: name, values, color }];
  const title = `${name}: uniformed personnel, month by month`;
  const first = monthLabel(manifest.months[0] ?? '');
  const when = (i: number) => monthLabel(manifest.months[i] ?? '');
  const description =
    trend.peak === null
      ? `${name} had no uniformed personnel in UN peace operations in any month from ${first} to ${when(latest)}.`
      : `${name} had ${formatNumber(trend.latest ?? 0)} uniformed personnel in UN peace operations in ${when(latest)}` +
        `${trend.first === null ? '' : `; it first appears in ${when(trend.first)}`}` +
        `; its most was ${formatNumber(trend.peak.value)}, in ${when(trend.peak.month)}.`;
  const rows: Row[] = values.flatMap((v, index) => (v === null ? [] : [{ index }]));
  const columns: DataTableColumn<Row>[] = [
    { id: 'month', label: 'Month', kind: 'text', value: (r) => (manifest.months[r.index] ?? '').slice(0, 7) },
    { id: 'personnel', label: 'Uniformed personnel', kind: 'number', value: (r) => values[r.index] ?? null },
  ];
  const chart = (size?: { width: number; height: number }) => (
    <LineChart
      title={title}
      description={description}
      months={manifest.months}
      series={series}
      range={range}
      yAxisTitle="Personnel"
      {...(size ? { width: size.width, height: size.height } : {})}
    />
  );
  return (
    <ChartUnit
      id="country-trend"
      title={title}
      subtitle={`Military, police and military observers at the end of each month, ${first} to ${when(latest)}; blank: no report`}
      description={description}
      source={sourceLine(manifest, range.from, range.to)}
      exportName={`${view.country.toLowerCase()}-uniformed-personnel`}
      exportChart={(size) => chart(size)}
      chart={chart()}
      table={{
        caption: title,
        columns,
        rows,
        rowKey: (r) => String(r.index),
        initialSort: { columnId: 'month', direction: 'descending' },
      }}
    />
  );
}
