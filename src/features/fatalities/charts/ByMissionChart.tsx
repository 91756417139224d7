// Fatalities by mission.
import { useMemo } from 'react';
import { useFatalities } from '../../../data/queries.ts';
import type { Fatalities } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { RankingBarChart } from '../../../charts/RankingBarChart.tsx';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { MissionLink } from '../../../ui/MissionLink.tsx';
import { SCOPE_LABEL } from '../fatalitiesModel.ts';
import { byMissionModel, type CategoryCount } from '../breakdownModels.ts';
import { describeCounts, fatalitySource, SCOPE_SHORT } from '../fatalitiesText.ts';
import type { FatalitiesChartProps } from '../fatalitiesCharts.ts';

export default function ByMissionChart(props: FatalitiesChartProps) {
  const fatalities = useFatalities();
  return (
    <Loaded query={fatalities} what="fatalities data">
      {(f) => <ByMission {...props} fatalities={f} />}
    </Loaded>
  );
}

const COLUMNS: DataTableColumn<CategoryCount>[] = [
  { id: 'label', label: 'Mission (host)', kind: 'text', value: (r) => r.label },
  { id: 'deaths', label: 'Deaths', kind: 'number', value: (r) => r.value },
];

function ByMission({ manifest, fatalities, view, name }: FatalitiesChartProps & { fatalities: Fatalities }) {
  const { country, personnel } = view;
  const byMission = useMemo(
    () => byMissionModel(manifest, fatalities, country, personnel),
    [manifest, fatalities, country, personnel],
  );
  const description = describeCounts(byMission, 'mission', `${name}'s ${SCOPE_LABEL[personnel]}`);
  const title = `${name}: fatalities by mission`;
  return (
    <ChartUnit
      id="by-mission"
      title={title}
      subtitle={`${SCOPE_SHORT[personnel]}. Missions since 1948, named by their acronym and host.`}
      description={description}
      source={fatalitySource(fatalities, manifest.version)}
      exportName={`fatalities-by-mission-${country.toLowerCase()}-${personnel}`}
      exportChart={(size) => (
        <RankingBarChart
          title={title}
          description={description}
          items={byMission}
          topN={15}
          width={size.width}
        />
      )}
      chart={<RankingBarChart title={title} description={description} items={byMission} topN={15} />}
      table={{ caption: title, columns: COLUMNS, rows: byMission, rowKey: (r) => r.id }}
      after={<MissionLinks manifest={manifest} ids={byMission.slice(0, 15).map((r) => r.id)} />}
    />
  );
}

/** The charted missions, each linking to its own view (missions the dataset does not list stay plain). */
function MissionLinks({ manifest, ids }: { manifest: FatalitiesChartProps['manifest']; ids: string[] }) {
  const known = new Map(manifest.missions.map((m) => [m.acronym, m.name]));
  const linked = ids.filter((id) => known.has(id));
  if (linked.length === 0) return null;
  return (
    <p className="note" data-testid="fatalities-mission-links">
      Each mission seen from inside:{' '}
      {linked.map((id, i) => (
        <span key={id}>
          {i > 0 && ' · '}
          <MissionLink acronym={id} name={known.get(id) ?? id} />
        </span>
      ))}
    </p>
  );
}
