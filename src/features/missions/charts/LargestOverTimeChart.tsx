// The mission's ten largest contributors over its life, and the rest together.
import { useMemo } from 'react';
import { countryName, monthLabel } from '../../../data/selectors/months.ts';
import { missionContributorsOverTime, OTHERS_ID } from '../../../data/selectors/missionContributors.ts';
import { sourceLine } from '../../../data/selectors/sourceLine.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { seriesColor } from '../../../charts/palette.ts';
import { StackedAreaChart } from '../../../charts/StackedAreaChart.tsx';
import type { TimeSeries } from '../../../charts/timeSeriesModel.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import type { MissionsChartProps } from '../missionsCharts.ts';

type Row = { index: number };

export default function LargestOverTimeChart({ manifest, cells, range, mission }: MissionsChartProps) {
  const model = useMemo(
    () =>
      missionContributorsOverTime(manifest, cells, {
        top: 10,
        from: range.from,
        to: range.to,
        nameOf: (iso3) => countryName(manifest, iso3),
      }),
    [manifest, cells, range.from, range.to],
  );
  const series: TimeSeries[] = model.series.map((s, i) => ({
    ...s,
    color: s.id === OTHERS_ID ? 'var(--bh-muted, #5f6368)' : seriesColor(i % 8),
  }));
  const title = `${mission}: largest contributors over time`;
  const named = model.series.filter((s) => s.id !== OTHERS_ID).map((s) => s.label);
  const description = `The ${named.length} largest contributors to ${mission} by personnel-months over ${monthLabel(manifest.months[range.from] ?? '')} to ${monthLabel(manifest.months[range.to] ?? '')}: ${named.join(', ')}${model.othersCount > 0 ? `; ${model.othersCount} other countries together as “others”` : ''}.`;
  const rows: Row[] = [];
  for (let i = range.from; i <= range.to; i++) if (series[0]?.values[i] !== null) rows.push({ index: i });
  const columns: DataTableColumn<Row>[] = [
    { id: 'month', label: 'Month', kind: 'text', value: (r) => (manifest.months[r.index] ?? '').slice(0, 7) },
    ...series.map((s): DataTableColumn<Row> => ({
      id: s.id,
      label: s.label,
      kind: 'number',
      value: (r) => s.values[r.index] ?? null,
    })),
  ];
  return (
    <ChartUnit
      id="largest-over-time"
      title={title}
      subtitle="Uniformed personnel at the end of each month: the ten largest contributors and the rest"
      description={description}
      source={sourceLine(manifest, range.from, range.to)}
      exportName={`${mission.toLowerCase()}-largest-contributors`}
      exportChart={(size) => (
        <StackedAreaChart
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
        <StackedAreaChart
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
