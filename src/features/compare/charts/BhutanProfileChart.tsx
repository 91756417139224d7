// Bhutan since it began contributing: personnel, operations and its largest mission.
import { useMemo } from 'react';
import { useCountryCells } from '../../../data/queries.ts';
import type { CountryCells, Manifest } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { monthLabel as formatMonthLong } from '../../../data/selectors/months.ts';
import { profileModel, type ProfileRow } from '../../../data/selectors/countryProfile.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { LineChart } from '../../../charts/LineChart.tsx';
import { describeProfile, PERSONNEL_SOURCE } from '../compareText.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import type { CompareChartProps } from '../compareCharts.ts';

export default function BhutanProfileChart({ manifest }: CompareChartProps) {
  const bhutan = useCountryCells('BTN');
  return (
    <Loaded query={bhutan} what="data for Bhutan">
      {(c) => <BhutanProfile manifest={manifest} cells={c} />}
    </Loaded>
  );
}

const PROFILE_MISSION = 'MINUSCA';

function BhutanProfile({ manifest, cells }: { manifest: Manifest; cells: CountryCells }) {
  const model = useMemo(() => profileModel(manifest, cells, PROFILE_MISSION), [manifest, cells]);
  const mission = manifest.missions.find((m) => m.acronym === PROFILE_MISSION);
  const missionLabel = `${PROFILE_MISSION} (${mission?.host ?? 'Central African Republic'})`;
  const months = useMemo(() => model.rows.map((r) => r.month), [model]);
  const personnelSeries = useMemo(
    () => [
      { id: 'total', label: 'All Bhutanese personnel', values: model.rows.map((r) => r.total) },
      { id: 'mission', label: `In ${PROFILE_MISSION}`, values: model.rows.map((r) => r.inMission) },
    ],
    [model],
  );
  const operationsSeries = useMemo(
    () => [{ id: 'operations', label: 'Operations', values: model.rows.map((r) => r.operations) }],
    [model],
  );
  const columns: DataTableColumn<ProfileRow>[] = useMemo(
    () => [
      {
        id: 'month',
        label: 'Month',
        kind: 'text',
        value: (r) => formatMonthLong(r.month),
        sortValue: (r) => r.index,
      },
      { id: 'total', label: 'Personnel', kind: 'number', value: (r) => r.total },
      { id: 'operations', label: 'Operations', kind: 'number', value: (r) => r.operations },
      { id: 'mission', label: `In ${PROFILE_MISSION}`, kind: 'number', value: (r) => r.inMission },
      {
        id: 'largest',
        label: 'Largest deployment',
        kind: 'text',
        value: (r) => (r.largest ? `${r.largest.acronym} (${r.largest.personnel})` : null),
      },
      {
        id: 'missions',
        label: 'Operations served',
        kind: 'text',
        value: (r) => (r.missions ? r.missions.join(' ') : null),
      },
    ],
    [],
  );
  const description = describeProfile(model, 'Bhutan', missionLabel);
  const title = `Bhutan since it began contributing: personnel, operations and ${missionLabel}`;
  const source = `Source: ${PERSONNEL_SOURCE}. Bhutan is not in IPI's files (to March 2014); April–December 2014 has no source, so its first month here is the first report of 2015. Blue Helmets dataset ${manifest.version}.`;
  return (
    <ChartUnit
      id="bhutan-profile"
      title={title}
      subtitle="Monthly. Operations are counted only where the report gives missions (not March 2018 – August 2019 nor September 2023): those months are blank."
      description={description}
      source={source}
      chart={
        <div className="profile-charts">
          <LineChart
            title={`Bhutan: uniformed personnel, all and in ${PROFILE_MISSION}`}
            description={description}
            months={months}
            series={personnelSeries}
            yAxisTitle="Personnel"
            height={300}
          />
          <LineChart
            title="Bhutan: number of operations with Bhutanese personnel"
            description={description}
            months={months}
            series={operationsSeries}
            yAxisTitle="Operations"
            height={200}
          />
        </div>
      }
      exportName="bhutan-profile"
      exportChart={(size) => (
        <div style={{ width: size.width }}>
          <LineChart
            title={`Bhutan: uniformed personnel, all and in ${PROFILE_MISSION}`}
            description={description}
            months={months}
            series={personnelSeries}
            yAxisTitle="Personnel"
            width={size.width}
            height={Math.round(size.height * 0.6)}
          />
          <LineChart
            title="Bhutan: number of operations with Bhutanese personnel"
            description={description}
            months={months}
            series={operationsSeries}
            yAxisTitle="Operations"
            width={size.width}
            height={Math.round(size.height * 0.4) - 8}
          />
        </div>
      )}
      table={{
        caption: 'Bhutan: personnel and operations by month',
        columns,
        rows: model.rows,
        rowKey: (r) => r.month,
        initialSort: { columnId: 'month', direction: 'descending' },
      }}
    />
  );
}
