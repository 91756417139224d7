// Where the country serves in one month: its uniformed personnel by mission as bars split by type, with
// its women as the line under each bar; the table gives the same. A month whose source has no mission
// detail says so, never "none".
import { useMemo } from 'react';
import { useCountryCells } from '../../../data/queries.ts';
import type { CountryCells } from '../../../data/schema.ts';
import {
  countryMissionsInMonth,
  type CountryMissionRow,
} from '../../../data/selectors/countryMissionMonth.ts';
import { monthIndex, monthLabel } from '../../../data/selectors/months.ts';
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
import { MonthSelect } from '../../../ui/MonthSelect.tsx';
import type { DeploymentsChartProps } from '../deploymentsCharts.ts';

/** Missions drawn; the table lists every one. */
const TOP_N = 15;

export default function ServesChart(props: DeploymentsChartProps) {
  const cells = useCountryCells(props.view.country);
  return (
    <Loaded query={cells} what={`data for ${props.name}`}>
      {(c) => <Serves {...props} cells={c} />}
    </Loaded>
  );
}

function Serves({ manifest, view, name, update, cells }: DeploymentsChartProps & { cells: CountryCells }) {
  const month = monthIndex(manifest.months, view.serving) ?? manifest.months.length - 1;
  const model = useMemo(() => countryMissionsInMonth(manifest, cells, month), [manifest, cells, month]);
  const monthKey = (manifest.months[month] ?? '').slice(0, 7);
  const when = monthLabel(manifest.months[month] ?? '');
  const report = monthSource(manifest, month);
  const source = report ? `Source: ${report.name}, ${report.file}.` : sourceLine(manifest, month, month);
  const missionOf = (r: CountryMissionRow) => manifest.missions[r.mission];
  const types = manifest.personnelTypes.filter((t) => model.rows.some((r) => r.byType[t]));
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
  const bars = useMemo(() => missionTypeBars(manifest, model.rows), [manifest, model.rows]);
  const hasWomen = model.rows.some((r) => r.female !== null);
  const legend = stackedBarLegendItems(bars.series, types, hasWomen ? WOMEN_MARKER : null);
  const title = `${name}: where it serves, ${when}`;
  const n = model.rows.length;
  const description =
    model.status !== 'detail'
      ? `The source for ${when} gives no personnel by mission${model.total === null ? '' : `; ${name} had ${formatNumber(model.total)} uniformed personnel in all`}. Choose a month from 2015 on or, for most months before, from the IPI compilation.`
      : n === 0
        ? `${name} had no uniformed personnel in any mission in ${when}.`
        : `In ${when}, ${name} had ${formatNumber(model.total ?? 0)} uniformed personnel in ${n} ${n === 1 ? 'mission' : 'missions'}: ${listJoin(
            [
              ...model.rows.slice(0, 6).map((r) => `${r.acronym} ${formatNumber(r.total)}`),
              ...(n > 6 ? [`${n - 6} smaller`] : []),
            ],
          )}.`;
  return (
    <ChartUnit
      id="serves"
      title={title}
      subtitle={`Uniformed personnel at the end of the month, by mission and personnel type${hasWomen ? ', with women' : ' (no gender split this month)'}`}
      description={description}
      descriptionContent={<MissionLinkedText text={description} missions={manifest.missions} />}
      source={source}
      exportName={`${view.country.toLowerCase()}-missions-${monthKey}`}
      controls={
        <MonthSelect
          manifest={manifest}
          value={monthKey}
          onChange={(m) => update({ serving: m })}
          label="Month"
          testId="serving-month"
        />
      }
      {...(model.status === 'detail' && n > 0
        ? {
            exportChart: (size: { width: number }) => (
              <StackedBarChart
                title={title}
                description={description}
                items={bars.items}
                series={bars.series}
                marker={WOMEN_MARKER}
                unit="personnel"
                topN={TOP_N}
                width={size.width}
              />
            ),
            legend,
          }
        : {})}
      chart={
        model.status === 'detail' && n > 0 ? (
          <>
            <StackedBarLegend items={legend} label="What the bars show" />
            <StackedBarChart
              title={title}
              description={description}
              items={bars.items}
              series={bars.series}
              marker={WOMEN_MARKER}
              unit="personnel"
              topN={TOP_N}
            />
          </>
        ) : (
          <p className="note">{description}</p>
        )
      }
      table={{ caption: title, columns, rows: model.rows, rowKey: (r) => r.acronym }}
      after={
        n > 0 ? (
          <p className="note" data-testid="serving-mission-links">
            Each mission seen from inside:{' '}
            {model.rows.map((r, i) => (
              <span key={r.acronym}>
                {i > 0 && ' · '}
                <MissionLink acronym={r.acronym} name={missionOf(r)?.name ?? r.acronym} />
              </span>
            ))}
          </p>
        ) : null
      }
    />
  );
}
