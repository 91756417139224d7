// Where the chosen country serves in the latest month with a report: its personnel by mission, split by
// type, with its women (the same bars as "where it serves" on Deployments, which has a month picker).
import { useMemo } from 'react';
import { useCountryCells } from '../../../data/queries.ts';
import type { CountryCells } from '../../../data/schema.ts';
import {
  countryMissionsInMonth,
  type CountryMissionRow,
} from '../../../data/selectors/countryMissionMonth.ts';
import { latestReportedMonth, monthLabel } from '../../../data/selectors/months.ts';
import { PERSONNEL_TYPE_LABELS } from '../../../data/selectors/personnelTypeLabels.ts';
import { monthSource, sourceLine } from '../../../data/selectors/sourceLine.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { missionTypeBars, WOMEN_MARKER } from '../../../charts/missionTypeBars.ts';
import {
  StackedBarChart,
  StackedBarLegend,
  stackedBarLegendItems,
} from '../../../charts/StackedBarChart.tsx';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { formatNumber } from '../../../ui/format.ts';
import { listJoin } from '../../../ui/listJoin.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { MissionLink, missionHref } from '../../../ui/MissionLink.tsx';
import { MissionLinkedText } from '../../../ui/MissionLinkedText.tsx';
import type { OverviewChartProps } from '../overviewCharts.ts';

const TOP_N = 15;

export default function CountryServesChart(props: OverviewChartProps) {
  const cells = useCountryCells(props.view.country);
  return (
    <Loaded query={cells} what={`data for ${props.name}`}>
      {(c) => <Serves {...props} cells={c} />}
    </Loaded>
  );
}

function Serves({ manifest, view, name, cells }: OverviewChartProps & { cells: CountryCells }) {
  const month = latestReportedMonth(manifest);
  const model = useMemo(() => countryMissionsInMonth(manifest, cells, month), [manifest, cells, month]);
  const bars = useMemo(() => missionTypeBars(manifest, model.rows), [manifest, model.rows]);
  const monthKey = (manifest.months[month] ?? '').slice(0, 7);
  const when = monthLabel(manifest.months[month] ?? '');
  const report = monthSource(manifest, month);
  const source = report ? `Source: ${report.name}, ${report.file}.` : sourceLine(manifest, month, month);
  const types = manifest.personnelTypes.filter((t) => model.rows.some((r) => r.byType[t]));
  const hasWomen = model.rows.some((r) => r.female !== null);
  const legend = stackedBarLegendItems(bars.series, types, hasWomen ? WOMEN_MARKER : null);
  const missionOf = (r: CountryMissionRow) => manifest.missions[r.mission];
  const columns: DataTableColumn<CountryMissionRow>[] = [
    {
      id: 'mission',
      label: 'Mission',
      kind: 'text',
      value: (r) => r.acronym,
      link: (r) => missionHref(r.acronym),
    },
    { id: 'host', label: 'Host', kind: 'text', value: (r) => missionOf(r)?.host ?? '' },
    ...types.map((type): DataTableColumn<CountryMissionRow> => ({
      id: type,
      label: PERSONNEL_TYPE_LABELS[type],
      kind: 'number',
      value: (r) => r.byType[type]?.total ?? 0,
    })),
    { id: 'total', label: 'Total', kind: 'number', value: (r) => r.total },
    { id: 'women', label: 'Women', kind: 'number', value: (r) => r.female },
  ];
  const n = model.rows.length;
  const title = `${name}: where it serves now, ${when}`;
  const description =
    model.status !== 'detail'
      ? `The report for ${when} gives no personnel by mission.`
      : n === 0
        ? `${name} had no uniformed personnel in any mission in ${when}.`
        : `In ${when}, the latest month, ${name} had ${formatNumber(model.total ?? 0)} uniformed personnel in ${n} ${n === 1 ? 'mission' : 'missions'}: ${listJoin(
            [
              ...model.rows.slice(0, 6).map((r) => `${r.acronym} ${formatNumber(r.total)}`),
              ...(n > 6 ? [`${n - 6} smaller`] : []),
            ],
          )}.`;
  const hasBars = model.status === 'detail' && n > 0;
  const chart = (width?: number) => (
    <StackedBarChart
      title={title}
      description={description}
      items={bars.items}
      series={bars.series}
      marker={WOMEN_MARKER}
      unit="personnel"
      topN={TOP_N}
      {...(width === undefined ? {} : { width })}
    />
  );
  return (
    <ChartUnit
      id="country-serves"
      title={title}
      subtitle={`Uniformed personnel at the end of ${when}, by mission and personnel type${hasWomen ? ', with women' : ''}`}
      description={description}
      descriptionContent={<MissionLinkedText text={description} missions={manifest.missions} />}
      source={source}
      exportName={`${view.country.toLowerCase()}-missions-${monthKey}`}
      {...(hasBars ? { exportChart: (size: { width: number }) => chart(size.width), legend } : {})}
      chart={
        hasBars ? (
          <>
            <StackedBarLegend items={legend} label="What the bars show" />
            {chart()}
          </>
        ) : (
          <p className="note">{description}</p>
        )
      }
      table={{ caption: title, columns, rows: model.rows, rowKey: (r) => r.acronym }}
      after={
        <p className="note" data-testid="overview-mission-links">
          {n > 0 && (
            <>
              Each mission seen from inside:{' '}
              {model.rows.map((r, i) => (
                <span key={r.acronym}>
                  {i > 0 && ' · '}
                  <MissionLink acronym={r.acronym} name={missionOf(r)?.name ?? r.acronym} />
                </span>
              ))}
              .{' '}
            </>
          )}
          <a href={`#/deployments?country=${view.country}&chart=serves`}>
            {name} in any other month, and on the map
          </a>
          .
        </p>
      }
    />
  );
}
