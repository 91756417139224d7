// Where the country serves in the chosen month, as a map: one circle per mission at its host, its area
// following the personnel there. The land shapes (src/charts/worldShapes.ts) load with this section only.
import { use, useMemo } from 'react';
import { useCountryCells } from '../../../data/queries.ts';
import type { CountryCells } from '../../../data/schema.ts';
import {
  countryMissionsInMonth,
  type CountryMissionRow,
} from '../../../data/selectors/countryMissionMonth.ts';
import { missionPosition, type MissionPosition } from '../../../data/selectors/missionHosts.ts';
import { monthIndex, monthLabel } from '../../../data/selectors/months.ts';
import { monthSource, sourceLine } from '../../../data/selectors/sourceLine.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { MissionMap } from '../../../charts/MissionMap.tsx';
import { hostCentroid, missionMapLayout } from '../../../charts/missionMapLayout.ts';
import { useElementWidth } from '../../../charts/useElementWidth.ts';
import { loadWorldShapes, type WorldShape } from '../../../charts/worldShapes.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { formatNumber } from '../../../ui/format.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { missionHref } from '../../../ui/MissionLink.tsx';
import { MissionLinkedText } from '../../../ui/MissionLinkedText.tsx';
import type { DeploymentsChartProps } from '../deploymentsCharts.ts';

export default function ServesMapChart(props: DeploymentsChartProps) {
  const cells = useCountryCells(props.view.country);
  const shapes = use(loadWorldShapes());
  return (
    <Loaded query={cells} what={`data for ${props.name}`}>
      {(c) => <ServesMap {...props} cells={c} shapes={shapes} />}
    </Loaded>
  );
}

type Row = CountryMissionRow & { host: string; place: MissionPosition };

function ServesMap({
  manifest,
  view,
  name,
  cells,
  shapes,
}: DeploymentsChartProps & { cells: CountryCells; shapes: WorldShape[] }) {
  const [ref, width] = useElementWidth();
  const month = monthIndex(manifest.months, view.serving) ?? manifest.months.length - 1;
  const model = useMemo(() => countryMissionsInMonth(manifest, cells, month), [manifest, cells, month]);
  const centroid = useMemo(() => hostCentroid(shapes), [shapes]);
  const rows = useMemo<Row[]>(
    () =>
      model.rows.map((r) => {
        const mission = manifest.missions[r.mission];
        return {
          ...r,
          host: mission?.host ?? '',
          place: mission
            ? missionPosition(manifest, mission, centroid)
            : { kind: 'unplaced', reason: 'unknown mission' },
        };
      }),
    [model, manifest, centroid],
  );
  const land = useMemo(() => shapes.map((s) => s.feature), [shapes]);
  const placed = useMemo(
    () =>
      rows.flatMap((r) =>
        r.place.kind === 'unplaced'
          ? []
          : [{ id: r.acronym, label: r.acronym, value: r.total, position: r.place.position }],
      ),
    [rows],
  );
  const layout = useMemo(() => missionMapLayout(placed, land, { width }), [placed, land, width]);
  const monthKey = (manifest.months[month] ?? '').slice(0, 7);
  const when = monthLabel(manifest.months[month] ?? '');
  const report = monthSource(manifest, month);
  const source = report
    ? `Source: ${report.name}, ${report.file}. Map: Natural Earth 1:110m (world-atlas); a mission stands at its host country's centre, or at its recorded position.`
    : sourceLine(manifest, month, month);
  const unplaced = rows.filter((r) => r.place.kind === 'unplaced');
  const title = `${name}: where it serves, ${when}, on the map`;
  const description =
    model.status !== 'detail'
      ? `The source for ${when} gives no personnel by mission, so there is nothing to place on the map.`
      : rows.length === 0
        ? `${name} had no uniformed personnel in any mission in ${when}.`
        : `${rows.length} ${rows.length === 1 ? 'mission' : 'missions'} in ${when}, each a circle at its host whose area follows ${name}'s personnel there; the largest is ${rows[0]?.acronym ?? ''} (${rows[0]?.host ?? ''}) with ${formatNumber(rows[0]?.total ?? 0)}.${
            unplaced.length > 0 ? ` Not on the map: ${unplaced.map((r) => r.acronym).join(', ')}.` : ''
          }`;
  const byAcronym = new Map(rows.map((r) => [r.acronym, r]));
  const describeMark = (id: string, value: number) =>
    `${id} (${byAcronym.get(id)?.host ?? ''}): ${formatNumber(value)} personnel`;
  const columns: DataTableColumn<Row>[] = [
    {
      id: 'mission',
      label: 'Mission',
      kind: 'text',
      value: (r) => r.acronym,
      link: (r) => missionHref(r.acronym),
    },
    { id: 'host', label: 'Host', kind: 'text', value: (r) => r.host },
    { id: 'personnel', label: 'Personnel', kind: 'number', value: (r) => r.total },
    {
      id: 'placed',
      label: 'Placed at',
      kind: 'text',
      value: (r) =>
        r.place.kind === 'reference'
          ? 'recorded position'
          : r.place.kind === 'centroid'
            ? 'centre of host country'
            : `not on the map: ${r.place.reason}`,
    },
  ];
  return (
    <ChartUnit
      id="serves-map"
      title={title}
      subtitle="Circle area: uniformed personnel at the end of the month. Circles that would overlap are moved apart, with a line to their host."
      description={description}
      descriptionContent={<MissionLinkedText text={description} missions={manifest.missions} />}
      source={source}
      exportName={`${view.country.toLowerCase()}-missions-map-${monthKey}`}
      {...(layout.marks.length > 0
        ? {
            exportChart: (size: { width: number; height: number }) => (
              <MissionMap
                title={title}
                description={description}
                layout={missionMapLayout(placed, land, size)}
                describeMark={describeMark}
              />
            ),
          }
        : {})}
      chart={
        <div ref={ref}>
          {layout.marks.length > 0 ? (
            <MissionMap title={title} description={description} layout={layout} describeMark={describeMark} />
          ) : (
            <p className="note">{description}</p>
          )}
        </div>
      }
      table={{ caption: title, columns, rows, rowKey: (r) => r.acronym }}
    />
  );
}
