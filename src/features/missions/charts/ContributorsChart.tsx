// The mission's contributors in the chosen month, largest first.
import { useMemo } from 'react';
import { countryName, monthLabel } from '../../../data/selectors/months.ts';
import { missionContributorsInMonth } from '../../../data/selectors/missionContributors.ts';
import { PERSONNEL_TYPE_LABELS } from '../../../data/selectors/personnelTypeLabels.ts';
import { monthSource, sourceLine } from '../../../data/selectors/sourceLine.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { RankingBarChart } from '../../../charts/RankingBarChart.tsx';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { formatNumber } from '../../../ui/format.ts';
import type { MissionsChartProps } from '../missionsCharts.ts';

export default function ContributorsChart({ manifest, cells, month, mission }: MissionsChartProps) {
  const model = useMemo(
    () => missionContributorsInMonth(manifest, cells, month, (iso3) => countryName(manifest, iso3)),
    [manifest, cells, month],
  );
  const monthKey = manifest.months[month] ?? '';
  const when = monthLabel(monthKey);
  const report = monthSource(manifest, month);
  const source = report ? `Source: ${report.name}, ${report.file}.` : sourceLine(manifest, month, month);
  type Row = (typeof model.rows)[number];
  const columns: DataTableColumn<Row>[] = [
    { id: 'rank', label: 'Rank', kind: 'number', value: (r) => r.rank },
    { id: 'country', label: 'Country', kind: 'text', value: (r) => r.name },
    ...model.types.map((type): DataTableColumn<Row> => ({
      id: type,
      label: PERSONNEL_TYPE_LABELS[type],
      kind: 'number',
      value: (r) => r.byType[type]?.total ?? 0,
    })),
    { id: 'total', label: 'Total', kind: 'number', value: (r) => r.total },
    { id: 'women', label: 'Women', kind: 'number', value: (r) => r.female },
  ];
  const top = model.rows[0];
  const description =
    model.total === null || !top
      ? `${mission} has no contributors by mission in ${when}.`
      : `${mission} had ${formatNumber(model.total)} uniformed personnel from ${model.rows.length} ${model.rows.length === 1 ? 'country' : 'countries'} in ${when}${model.female === null ? '' : `, ${formatNumber(model.female)} of them women`}. The largest contributor was ${top.name} with ${formatNumber(top.total)}.`;
  const title = `${mission}: contributors in ${when}`;
  const items = model.rows.map((r) => ({ id: r.iso3, label: r.name, value: r.total }));
  return (
    <ChartUnit
      id="contributors"
      title={title}
      subtitle="Uniformed personnel at the end of the month, by contributing country"
      description={description}
      source={source}
      exportName={`${mission.toLowerCase()}-contributors-${monthKey.slice(0, 7)}`}
      exportChart={(size) => (
        <RankingBarChart title={title} description={description} items={items} topN={15} width={size.width} />
      )}
      chart={<RankingBarChart title={title} description={description} items={items} topN={15} />}
      table={{ caption: `${title}, by personnel type`, columns, rows: model.rows, rowKey: (r) => r.iso3 }}
    />
  );
}
