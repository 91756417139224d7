// The first country chosen, since it began contributing: personnel, operations and its largest mission
// (Bhutan by default, the country that started the project; the section follows the selection).
import { useMemo } from 'react';
import { useCountryCells } from '../../../data/queries.ts';
import type { CountryCells, Manifest } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { countryName, monthLabel } from '../../../data/selectors/months.ts';
import { profileModel, type ProfileRow } from '../../../data/selectors/countryProfile.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { LineChart } from '../../../charts/LineChart.tsx';
import { describeProfile, PERSONNEL_SOURCE } from '../compareText.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { missionHref } from '../../../ui/MissionLink.tsx';
import type { CompareChartProps } from '../compareCharts.ts';

/** The country profiled when none is chosen: Bhutan, whose story started the project. */
const DEFAULT_PROFILE = 'BTN';

export default function BhutanProfileChart({ manifest, view }: CompareChartProps) {
  const iso3 = view.countries[0] ?? DEFAULT_PROFILE;
  const name = countryName(manifest, iso3);
  const cells = useCountryCells(iso3);
  return (
    <Loaded query={cells} what={`data for ${name}`}>
      {(c) => <CountryProfile manifest={manifest} cells={c} iso3={iso3} name={name} />}
    </Loaded>
  );
}

function CountryProfile({
  manifest,
  cells,
  iso3,
  name,
}: {
  manifest: Manifest;
  cells: CountryCells;
  iso3: string;
  name: string;
}) {
  // The mission drawn beside the total: the country's largest deployment in its latest month with
  // mission detail (MINUSCA for Bhutan).
  const profileMission = useMemo(() => {
    const rows = profileModel(manifest, cells, '').rows;
    return rows.findLast((r) => r.largest)?.largest?.acronym ?? '';
  }, [manifest, cells]);
  const model = useMemo(
    () => profileModel(manifest, cells, profileMission),
    [manifest, cells, profileMission],
  );
  const mission = manifest.missions.find((m) => m.acronym === profileMission);
  const missionLabel = mission?.host
    ? `${profileMission} (${mission.host})`
    : profileMission || 'its largest mission';
  const months = useMemo(() => model.rows.map((r) => r.month), [model]);
  const personnelSeries = useMemo(
    () => [
      { id: 'total', label: 'All personnel', values: model.rows.map((r) => r.total) },
      { id: 'mission', label: `In ${profileMission}`, values: model.rows.map((r) => r.inMission) },
    ],
    [model, profileMission],
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
        value: (r) => monthLabel(r.month),
        sortValue: (r) => r.index,
      },
      { id: 'total', label: 'Personnel', kind: 'number', value: (r) => r.total },
      { id: 'operations', label: 'Operations', kind: 'number', value: (r) => r.operations },
      { id: 'mission', label: `In ${profileMission}`, kind: 'number', value: (r) => r.inMission },
      {
        id: 'largest',
        label: 'Largest deployment',
        kind: 'text',
        value: (r) => (r.largest ? `${r.largest.acronym} (${r.largest.personnel})` : null),
        link: (r) => (r.largest ? missionHref(r.largest.acronym) : null),
      },
      {
        id: 'missions',
        label: 'Operations served',
        kind: 'text',
        value: (r) => (r.missions ? r.missions.join(' ') : null),
      },
    ],
    [profileMission],
  );
  const description = describeProfile(model, name, missionLabel);
  const title = `${name} since it began contributing: personnel, operations and ${missionLabel}`;
  const source = `Source: ${PERSONNEL_SOURCE}.${iso3 === 'BTN' ? " Bhutan is not in IPI's files (to March 2014); April–December 2014 has no source, so its first month here is the first report of 2015." : ''} Blue Helmets dataset ${manifest.version}.`;
  return (
    <ChartUnit
      id="bhutan-profile"
      title={title}
      subtitle="The first country chosen above. Monthly. Operations are counted only where the report gives missions (not March 2018 – August 2019 nor September 2023): those months are blank."
      description={description}
      source={source}
      chart={
        <div className="profile-charts">
          <LineChart
            title={`${name}: uniformed personnel, all and in ${profileMission}`}
            description={description}
            months={months}
            series={personnelSeries}
            yAxisTitle="Personnel"
            height={300}
          />
          <LineChart
            title={`${name}: number of operations with its personnel`}
            description={description}
            months={months}
            series={operationsSeries}
            yAxisTitle="Operations"
            height={200}
          />
        </div>
      }
      exportName={`${iso3.toLowerCase()}-profile`}
      exportChart={(size) => (
        <div style={{ width: size.width }}>
          <LineChart
            title={`${name}: uniformed personnel, all and in ${profileMission}`}
            description={description}
            months={months}
            series={personnelSeries}
            yAxisTitle="Personnel"
            width={size.width}
            height={Math.round(size.height * 0.6)}
          />
          <LineChart
            title={`${name}: number of operations with its personnel`}
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
        caption: `${name}: personnel and operations by month`,
        columns,
        rows: model.rows,
        rowKey: (r) => r.month,
        initialSort: { columnId: 'month', direction: 'descending' },
      }}
    />
  );
}
