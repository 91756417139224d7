// Women by gender-parity category against the strategy's targets.
import { formatPercent } from '../../../ui/format.ts';
import { useMemo } from 'react';
import { useCountryCells, useTotals } from '../../../data/queries.ts';
import type { CountryCells, Manifest, Totals } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { monthLabel } from '../../../data/selectors/months.ts';
import {
  countryTypeSeries,
  reportedTypeMonths,
  worldTypeSeries,
} from '../../../data/selectors/typeSeries.ts';
import { sourceLine } from '../../../data/selectors/sourceLine.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { MarkedLineChart } from '../../../charts/MarkedLineChart.tsx';
import type { WomenView } from '../womenView.ts';
import { targetAxis, targetPanels } from '../womenModel.ts';
import { STRATEGY_FIRST_YEAR, targetIn } from '../genderParityTargets.ts';
import { describeTargets, targetNote, targetSources } from '../womenText.ts';
import type { WomenChartProps } from '../womenCharts.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';

export default function TargetsChart(props: WomenChartProps) {
  const cells = useCountryCells(props.view.country);
  const totals = useTotals();
  return (
    <Loaded query={totals} what="contributor totals">
      {(t) => (
        <Loaded query={cells} what={`data for ${props.name}`}>
          {(c) => <TargetsData {...props} totals={t} cells={c} />}
        </Loaded>
      )}
    </Loaded>
  );
}

function TargetsData({
  manifest,
  view,
  name,
  totals,
  cells,
}: WomenChartProps & { totals: Totals; cells: CountryCells }) {
  const reported = useMemo(() => reportedTypeMonths(manifest, totals), [manifest, totals]);
  const byType = useMemo(() => countryTypeSeries(manifest, reported, cells), [manifest, reported, cells]);
  const world = useMemo(() => worldTypeSeries(manifest, totals), [manifest, totals]);
  const axis = useMemo(() => targetAxis(manifest, STRATEGY_FIRST_YEAR), [manifest]);
  const panels = useMemo(
    () =>
      targetPanels({
        axis,
        countryName: name,
        countryId: cells.iso3,
        countryByType: byType.byType,
        worldByType: world.byType,
        length: manifest.months.length,
      }),
    [axis, name, cells.iso3, byType, world, manifest],
  );
  return <TargetsSection manifest={manifest} view={view} name={name} axis={axis} panels={panels} />;
}

function TargetsSection({
  manifest,
  view,
  name,
  axis,
  panels,
}: {
  manifest: Manifest;
  view: WomenView;
  name: string;
  axis: ReturnType<typeof targetAxis>;
  panels: ReturnType<typeof targetPanels>;
}) {
  const title = `Women by gender-parity category against the strategy's targets: ${name}`;
  const description = describeTargets({
    name,
    axisMonths: axis.months,
    lastDataIndex: axis.lastDataIndex,
    panels,
  });
  const allTargets = panels.flatMap((p) => p.targets);
  const source = `${sourceLine(manifest, axis.offset, manifest.months.length - 1)} Targets: ${targetSources(allTargets)}.`;
  const table = useMemo(() => {
    type Row = { index: number };
    const rows: Row[] = [];
    for (let i = 0; i <= axis.lastDataIndex; i++) rows.push({ index: i });
    const columns: DataTableColumn<Row>[] = [
      {
        id: 'month',
        label: 'Month',
        kind: 'text',
        value: (r) => monthLabel(axis.months[r.index] ?? ''),
        sortValue: (r) => r.index,
      },
      ...panels.flatMap((p): DataTableColumn<Row>[] => [
        {
          id: `${p.category}-own`,
          label: `${p.label}: ${name}`,
          kind: 'number',
          value: (r) => p.country.values[r.index] ?? null,
          format: formatPercent,
        },
        {
          id: `${p.category}-un`,
          label: `${p.label}: all UN`,
          kind: 'number',
          value: (r) => p.world.values[r.index] ?? null,
          format: formatPercent,
        },
        {
          id: `${p.category}-target`,
          label: `${p.label}: target`,
          kind: 'number',
          value: (r) =>
            targetIn(p.category, Number((axis.months[r.index] ?? '').slice(0, 4)), p.targets)?.value ?? null,
          format: formatPercent,
        },
      ]),
    ];
    return { rows, columns };
  }, [axis, panels, name]);
  return (
    <ChartUnit
      id="women-targets"
      title={title}
      subtitle={`Share of women, January ${STRATEGY_FIRST_YEAR} to the latest report, with the strategy's targets to 2028. Military observers and staff officers are one category in the strategy.`}
      description={description}
      source={source}
      exportName={`${view.country.toLowerCase()}-women-targets`}
      exportChart={(size) => {
        const half = Math.floor((size.width - 24) / 2);
        return (
          <div style={{ display: 'grid', gridTemplateColumns: `${half}px ${half}px`, gap: 24 }}>
            {panels.map((p) => (
              <div key={p.category}>
                <h3 className="women-subhead">{p.label}</h3>
                <MarkedLineChart
                  title={`${p.label}: share of women, ${name} and all UN, with targets`}
                  description={description}
                  months={axis.months}
                  series={[p.country, p.world]}
                  references={p.references}
                  yAxis={{ kind: 'value', scaleType: 'linear', format: 'percent' }}
                  yAxisTitle="Share of women"
                  lastDataIndex={axis.lastDataIndex}
                  highlightedIds={['country']}
                  width={half}
                  height={Math.max(140, Math.floor(size.height / 2) - 56)}
                />
              </div>
            ))}
          </div>
        );
      }}
      chart={
        <>
          <div className="women-target-grid">
            {panels.map((p) => (
              <div key={p.category} className="women-target-panel">
                <h3 className="women-subhead">{p.label}</h3>
                <MarkedLineChart
                  title={`${p.label}: share of women, ${name} and all UN, with targets`}
                  description={description}
                  months={axis.months}
                  series={[p.country, p.world]}
                  references={p.references}
                  yAxis={{ kind: 'value', scaleType: 'linear', format: 'percent' }}
                  yAxisTitle="Share of women"
                  lastDataIndex={axis.lastDataIndex}
                  highlightedIds={['country']}
                  height={240}
                />
              </div>
            ))}
          </div>
          <p className="note" data-testid="target-note">
            Targets drawn (dashed, one step per year): {targetNote(panels)} The strategy sets a target for
            every year; the years marked &ldquo;not recorded&rdquo; were not available here from a checkable
            source, so they are left blank rather than interpolated. Shaded: months after the latest report.
          </p>
        </>
      }
      table={{
        caption: `${title}, by month (target: the year's recorded value; blank where not recorded)`,
        columns: table.columns,
        rows: table.rows,
        rowKey: (r) => String(r.index),
        initialSort: { columnId: 'month', direction: 'descending' },
      }}
    />
  );
}
