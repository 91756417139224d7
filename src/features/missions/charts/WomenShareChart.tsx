// Women's share of the mission's uniformed personnel against all UN operations.
import { useMemo } from 'react';
import { useTotals } from '../../../data/queries.ts';
import type { Totals } from '../../../data/schema.ts';
import { monthLabel } from '../../../data/selectors/months.ts';
import { missionWomenShare } from '../../../data/selectors/missionContributors.ts';
import { sourceLine } from '../../../data/selectors/sourceLine.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { LineChart } from '../../../charts/LineChart.tsx';
import { seriesColor } from '../../../charts/palette.ts';
import type { TimeSeries } from '../../../charts/timeSeriesModel.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { formatPercent } from '../../../ui/format.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import type { MissionsChartProps } from '../missionsCharts.ts';

export default function WomenShareChart(props: MissionsChartProps) {
  const totals = useTotals();
  return (
    <Loaded query={totals} what="world totals">
      {(t) => <WomenShare {...props} totals={t} />}
    </Loaded>
  );
}

type Row = { index: number };

function WomenShare({ manifest, cells, range, mission, totals }: MissionsChartProps & { totals: Totals }) {
  const share = useMemo(() => missionWomenShare(manifest, cells, totals.world), [manifest, cells, totals]);
  const series: TimeSeries[] = [
    { id: 'mission', label: mission, values: share.mission, color: seriesColor(1) },
    { id: 'world', label: 'All UN uniformed personnel', values: share.world, color: seriesColor(4) },
  ];
  const title = `${mission}: women’s share against all UN personnel`;
  const last = range.to;
  const m = share.mission[last];
  const w = share.world[last];
  const description =
    m === null || m === undefined
      ? `The share of women in ${mission} is not known for its latest month.`
      : `In ${monthLabel(manifest.months[last] ?? '')}, women were ${formatPercent(m)} of ${mission}’s uniformed personnel whose gender is reported${w === null || w === undefined ? '' : `, against ${formatPercent(w)} across all UN operations`}.`;
  const rows: Row[] = [];
  for (let i = range.from; i <= range.to; i++) if (share.mission[i] !== null) rows.push({ index: i });
  const columns: DataTableColumn<Row>[] = [
    { id: 'month', label: 'Month', kind: 'text', value: (r) => (manifest.months[r.index] ?? '').slice(0, 7) },
    ...series.map((s): DataTableColumn<Row> => ({
      id: s.id,
      label: s.label,
      kind: 'number',
      value: (r) => s.values[r.index] ?? null,
      format: (v) => formatPercent(v),
    })),
  ];
  return (
    <ChartUnit
      id="women-share"
      title={title}
      subtitle="Women as a share of uniformed personnel whose gender the report gives"
      description={description}
      source={sourceLine(manifest, range.from, range.to)}
      exportName={`${mission.toLowerCase()}-women-share`}
      exportChart={(size) => (
        <LineChart
          title={title}
          description={description}
          months={manifest.months}
          series={series}
          range={range}
          valueFormat="percent"
          yAxisTitle="Women"
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
          valueFormat="percent"
          yAxisTitle="Women"
        />
      }
      table={{ caption: title, columns, rows, rowKey: (r) => String(r.index) }}
    />
  );
}
