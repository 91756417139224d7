// Uniformed fatalities in the mission's service, by nationality; the table by year and type of incident.
import { useMemo } from 'react';
import { useFatalities } from '../../../data/queries.ts';
import type { Fatalities } from '../../../data/schema.ts';
import { countryName } from '../../../data/selectors/months.ts';
import { missionFatalities, selectMissionFatalities } from '../../../data/selectors/missionFatalities.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { RankingBarChart } from '../../../charts/RankingBarChart.tsx';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { formatNumber } from '../../../ui/format.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import type { MissionsChartProps } from '../missionsCharts.ts';

export default function FatalitiesChart(props: MissionsChartProps) {
  const fatalities = useFatalities();
  return (
    <Loaded query={fatalities} what="fatalities data">
      {(f) => <ByNationality {...props} fatalities={f} />}
    </Loaded>
  );
}

type Row = { index: number };

function ByNationality({ fatalities, manifest, mission }: MissionsChartProps & { fatalities: Fatalities }) {
  const model = useMemo(
    () =>
      missionFatalities(fatalities, selectMissionFatalities(fatalities, mission, 'uniformed'), (iso3) =>
        countryName(manifest, iso3),
      ),
    [fatalities, mission, manifest],
  );
  const title = `${mission}: uniformed fatalities by nationality`;
  const description =
    model.total === 0
      ? `The UN’s fatalities record lists no uniformed fatality in ${mission} up to ${fatalities.snapshot}.`
      : `${formatNumber(model.total)} uniformed personnel died in ${mission}'s service between ${model.firstDate ?? ''} and ${model.lastDate ?? ''}; the most were from ${model.byNationality[0]?.name ?? ''} (${formatNumber(model.byNationality[0]?.count ?? 0)}).`;
  const source = `Source: UN Peacekeeping, fatalities by nationality and mission (snapshot of ${fatalities.snapshot}). Uniformed: military, police and military observers.`;
  const items = model.byNationality.map((n) => ({ id: n.iso3 ?? n.name, label: n.name, value: n.count }));
  const byYear = model.byYearAndIncident;
  const rows: Row[] = byYear.years.map((_, index) => ({ index }));
  const columns: DataTableColumn<Row>[] = [
    { id: 'year', label: 'Year', kind: 'text', value: (r) => String(byYear.years[r.index] ?? '') },
    ...byYear.categories.map((c, k): DataTableColumn<Row> => ({
      id: c,
      label: c,
      kind: 'number',
      value: (r) => byYear.counts[k]?.[r.index] ?? 0,
    })),
    { id: 'total', label: 'Total', kind: 'number', value: (r) => model.byYear[r.index]?.count ?? 0 },
  ];
  return (
    <ChartUnit
      id="fatalities"
      title={title}
      subtitle="Deaths of uniformed personnel in the mission's service; the table gives them by year and type of incident"
      description={description}
      source={source}
      exportName={`${mission.toLowerCase()}-uniformed-fatalities`}
      exportChart={(size) => (
        <RankingBarChart title={title} description={description} items={items} topN={15} width={size.width} />
      )}
      chart={<RankingBarChart title={title} description={description} items={items} topN={15} />}
      table={{
        caption: `${mission}: uniformed fatalities by year and type of incident`,
        columns,
        rows,
        rowKey: (r) => String(r.index),
      }}
    />
  );
}
