// Fatalities by personnel type.
import { useMemo } from 'react';
import { useFatalities } from '../../../data/queries.ts';
import type { Fatalities } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { RankingBarChart } from '../../../charts/RankingBarChart.tsx';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { SCOPE_LABEL } from '../fatalitiesModel.ts';
import { byTypeModel, type CategoryCount } from '../breakdownModels.ts';
import { describeCounts, fatalitySource, SCOPE_SHORT } from '../fatalitiesText.ts';
import type { FatalitiesChartProps } from '../fatalitiesCharts.ts';

export default function ByPersonnelTypeChart(props: FatalitiesChartProps) {
  const fatalities = useFatalities();
  return (
    <Loaded query={fatalities} what="fatalities data">
      {(f) => <ByType {...props} fatalities={f} />}
    </Loaded>
  );
}

const COLUMNS: DataTableColumn<CategoryCount>[] = [
  { id: 'label', label: 'Personnel type', kind: 'text', value: (r) => r.label },
  { id: 'deaths', label: 'Deaths', kind: 'number', value: (r) => r.value },
];

function ByType({ manifest, fatalities, view, name }: FatalitiesChartProps & { fatalities: Fatalities }) {
  const { country, personnel } = view;
  const byType = useMemo(() => byTypeModel(fatalities, country, personnel), [fatalities, country, personnel]);
  const description = describeCounts(byType, 'personnel type', `${name}'s ${SCOPE_LABEL[personnel]}`);
  const title = `${name}: fatalities by personnel type`;
  return (
    <ChartUnit
      id="by-type"
      title={title}
      subtitle={SCOPE_SHORT[personnel]}
      description={description}
      source={fatalitySource(fatalities, manifest.version)}
      exportName={`fatalities-by-type-${country.toLowerCase()}-${personnel}`}
      exportChart={(size) => (
        <RankingBarChart title={title} description={description} items={byType} width={size.width} />
      )}
      chart={<RankingBarChart title={title} description={description} items={byType} />}
      table={{ caption: title, columns: COLUMNS, rows: byType, rowKey: (r) => r.id }}
    />
  );
}
