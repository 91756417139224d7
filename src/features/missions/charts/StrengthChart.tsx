// The mission's strength by personnel type, month by month.
import { useMemo } from 'react';
import { useTotals } from '../../../data/queries.ts';
import type { PersonnelType, Totals } from '../../../data/schema.ts';
import { monthLabel } from '../../../data/selectors/months.ts';
import { missionStrengthByType } from '../../../data/selectors/missionContributors.ts';
import { reportedTypeMonths } from '../../../data/selectors/typeSeries.ts';
import {
  PERSONNEL_TYPE_COLOR_INDEX,
  PERSONNEL_TYPE_LABELS,
} from '../../../data/selectors/personnelTypeLabels.ts';
import { sourceLine } from '../../../data/selectors/sourceLine.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { seriesColor } from '../../../charts/palette.ts';
import { StackedAreaChart } from '../../../charts/StackedAreaChart.tsx';
import type { TimeSeries } from '../../../charts/timeSeriesModel.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { formatNumber } from '../../../ui/format.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import type { MissionsChartProps } from '../missionsCharts.ts';

const typeColor = (type: PersonnelType) => seriesColor(PERSONNEL_TYPE_COLOR_INDEX[type]);

export default function StrengthChart(props: MissionsChartProps) {
  const totals = useTotals();
  return (
    <Loaded query={totals} what="world totals">
      {(t) => <Strength {...props} totals={t} />}
    </Loaded>
  );
}

type Row = { index: number };

function Strength({ manifest, cells, range, mission, totals }: MissionsChartProps & { totals: Totals }) {
  const reported = useMemo(() => reportedTypeMonths(manifest, totals), [manifest, totals]);
  const strength = useMemo(
    () => missionStrengthByType(manifest, reported, cells),
    [manifest, reported, cells],
  );
  // A type the month's source does not report (staff officers before May 2017 are inside troops) adds
  // nothing to the stack there; stacking it as unknown would blank the whole month.
  const series: TimeSeries[] = strength.types.map((type) => ({
    id: type,
    label: PERSONNEL_TYPE_LABELS[type],
    values: (strength.byType[type] ?? []).map((v, i) => (strength.total[i] === null ? null : (v ?? 0))),
    color: typeColor(type),
  }));
  const title = `${mission}: strength by personnel type`;
  const peak = strength.total.reduce<{ i: number; v: number }>(
    (best, v, i) => (v !== null && v > best.v ? { i, v } : best),
    { i: -1, v: 0 },
  );
  const description =
    peak.i < 0
      ? `${mission} has no month with personnel by mission.`
      : `${mission} was largest in ${monthLabel(manifest.months[peak.i] ?? '')}, with ${formatNumber(peak.v)} uniformed personnel. Months whose source gives no mission detail are left blank.`;
  const rows: Row[] = [];
  for (let i = range.from; i <= range.to; i++) if (strength.total[i] !== null) rows.push({ index: i });
  const columns: DataTableColumn<Row>[] = [
    { id: 'month', label: 'Month', kind: 'text', value: (r) => (manifest.months[r.index] ?? '').slice(0, 7) },
    ...series.map((s): DataTableColumn<Row> => ({
      id: s.id,
      label: s.label,
      kind: 'number',
      value: (r) => s.values[r.index] ?? null,
    })),
    { id: 'total', label: 'Total', kind: 'number', value: (r) => strength.total[r.index] ?? null },
  ];
  return (
    <ChartUnit
      id="strength"
      title={title}
      subtitle="Uniformed personnel at the end of each month. Before May 2017 the reports count staff officers with troops."
      description={description}
      source={sourceLine(manifest, range.from, range.to)}
      exportName={`${mission.toLowerCase()}-strength-by-type`}
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
