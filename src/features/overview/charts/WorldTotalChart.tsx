// The world total of uniformed personnel in UN peace operations, month by month since 1990.
import { useMemo } from 'react';
import { useTotals } from '../../../data/queries.ts';
import type { Totals } from '../../../data/schema.ts';
import { monthLabel } from '../../../data/selectors/months.ts';
import { sourceLine } from '../../../data/selectors/sourceLine.ts';
import { worldTotal } from '../../../data/selectors/worldOverview.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { LineChart } from '../../../charts/LineChart.tsx';
import { seriesColor } from '../../../charts/palette.ts';
import type { TimeSeries } from '../../../charts/timeSeriesModel.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { formatNumber } from '../../../ui/format.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import type { OverviewChartProps } from '../overviewCharts.ts';

export default function WorldTotalChart(props: OverviewChartProps) {
  const totals = useTotals();
  return (
    <Loaded query={totals} what="contributor totals">
      {(t) => <WorldTotal {...props} totals={t} />}
    </Loaded>
  );
}

type Row = { index: number };

function WorldTotal({ manifest, totals }: OverviewChartProps & { totals: Totals }) {
  const model = useMemo(() => worldTotal(manifest, totals), [manifest, totals]);
  const range = { from: 0, to: manifest.months.length - 1 };
  const series: TimeSeries[] = [
    { id: 'world', label: 'All UN uniformed personnel', values: model.values, color: seriesColor(0) },
  ];
  const title = 'All UN uniformed personnel, month by month';
  const first = monthLabel(manifest.months[0] ?? '');
  const latest = monthLabel(manifest.months[model.latest.month] ?? '');
  const description = `UN peace operations had ${formatNumber(model.latest.value ?? 0)} uniformed personnel in ${latest}; the most since ${first} was ${formatNumber(model.peak.value)}, in ${monthLabel(manifest.months[model.peak.month] ?? '')}.`;
  const rows: Row[] = model.values.flatMap((v, index) => (v === null ? [] : [{ index }]));
  const columns: DataTableColumn<Row>[] = [
    { id: 'month', label: 'Month', kind: 'text', value: (r) => (manifest.months[r.index] ?? '').slice(0, 7) },
    {
      id: 'personnel',
      label: 'Uniformed personnel',
      kind: 'number',
      value: (r) => model.values[r.index] ?? null,
    },
  ];
  return (
    <ChartUnit
      id="world-total"
      title={title}
      subtitle={`Military, police and military observers at the end of each month, ${first} to ${latest}`}
      description={description}
      source={sourceLine(manifest, range.from, range.to)}
      exportName="world-uniformed-personnel"
      exportChart={(size) => (
        <LineChart
          title={title}
          description={description}
          months={manifest.months}
          series={series}
          range={range}
          yAxisTitle="Personnel"
          width={size.width}
          height={size.height}
        />
      )}
      chart={
        <LineChart
          title={title}
          description={description}
          months={manifest.months}
          series={series}
          range={range}
          yAxisTitle="Personnel"
        />
      }
      table={{ caption: title, columns, rows, rowKey: (r) => String(r.index) }}
    />
  );
}
