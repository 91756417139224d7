// Personnel per million people over time, for the countries compared.
import { useMemo } from 'react';
import { usePopulation, useTotals } from '../../../data/queries.ts';
import type { Population, Totals } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { listJoin } from '../../../ui/listJoin.ts';
import { useDisplayMode } from '../../../state/displayMode.ts';
import { monthIndex } from '../../../data/selectors/months.ts';
import { populationYearFor } from '../../../data/selectors/perCapita.ts';
import { perCapitaSeries, populationYearText } from '../../../data/selectors/perCapitaRanking.ts';
import { withContributorColors } from '../../../charts/palette.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { LineChart } from '../../../charts/LineChart.tsx';
import { TimeRangeSlider } from '../../../charts/TimeRangeSlider.tsx';
import { describeTimeSeries } from '../../../charts/describeTimeSeries.ts';
import type { IndexRange } from '../../../charts/timeSeriesModel.ts';
import { timeSeriesTable, type MonthRow } from '../../../charts/timeSeriesTable.ts';
import { PERSONNEL_SOURCE, POPULATION_SOURCE, round1 } from '../compareText.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import type { CompareChartProps } from '../compareCharts.ts';

export default function PerCapitaTimeChart(props: CompareChartProps) {
  const population = usePopulation();
  const totals = useTotals();
  return (
    <Loaded query={population} what="population data">
      {(p) => (
        <Loaded query={totals} what="contributor totals">
          {(t) => <PerCapitaOverTime {...props} population={p} totals={t} />}
        </Loaded>
      )}
    </Loaded>
  );
}

function PerCapitaOverTime({
  manifest,
  population,
  totals,
  view,
  update,
}: CompareChartProps & { population: Population; totals: Totals }) {
  const mode = useDisplayMode();
  const series = useMemo(
    () => withContributorColors(perCapitaSeries(manifest, totals, population, view.countries)),
    [manifest, totals, population, view.countries],
  );
  const range: IndexRange = useMemo(
    () => ({
      // The range codec keeps both ends within the data; an end outside it stands for that end of the axis.
      from: monthIndex(manifest.months, view.range.from) ?? 0,
      to: monthIndex(manifest.months, view.range.to) ?? manifest.months.length - 1,
    }),
    [manifest, view.range.from, view.range.to],
  );
  const table = useMemo(() => {
    const base = timeSeriesTable(manifest.months, series, range, 'perMillion');
    const rounded = base.columns.map((c, i) =>
      i === 0
        ? c
        : {
            ...c,
            value: (row: MonthRow) => {
              const v = c.value(row);
              return typeof v === 'number' ? round1(v) : v;
            },
          },
    );
    const yearColumn: DataTableColumn<MonthRow> = {
      id: 'populationYear',
      label: 'Population year used',
      kind: 'text',
      value: (row) => populationYearText(populationYearFor(population, row.month)),
    };
    return { rows: base.rows, columns: [...rounded, yearColumn] };
  }, [manifest, series, range, population]);
  const names = series.map((s) => s.label);
  const title = `Personnel per million people over time: ${listJoin(names)}`;
  const description = `${describeTimeSeries({
    chartKind: 'Lines of uniformed personnel per million people',
    months: manifest.months,
    series,
    range,
    valueFormat: 'perMillion',
  })} Population of each month's year; months after ${population.lastYear} use ${population.lastYear}.`;
  const source = `Sources: personnel — ${PERSONNEL_SOURCE}; population — ${POPULATION_SOURCE}, ${population.firstYear}–${population.lastYear}. Blue Helmets dataset ${manifest.version}.`;
  const fullRange = { from: 0, to: manifest.months.length - 1 };
  return (
    <ChartUnit
      id="per-capita-time"
      title={title}
      subtitle={`Monthly. Each month uses its year's population; months after ${population.lastYear} use ${population.lastYear} (the latest World Bank year). Gaps are months without a report.`}
      description={description}
      source={source}
      chart={
        <>
          <LineChart
            title={title}
            description={description}
            months={manifest.months}
            series={series}
            range={range}
            valueFormat="perMillion"
            yAxisTitle="Personnel per million people"
          />
          {mode.kind === 'full' && (
            <TimeRangeSlider
              months={manifest.months}
              value={range}
              defaultValue={fullRange}
              onChange={(r) =>
                update({
                  range: {
                    from: manifest.months[r.from]?.slice(0, 7) ?? view.range.from,
                    to: manifest.months[r.to]?.slice(0, 7) ?? view.range.to,
                  },
                })
              }
            />
          )}
        </>
      }
      exportName={`per-capita-${view.countries.join('-').toLowerCase()}`}
      exportChart={(size) => (
        <LineChart
          title={title}
          description={description}
          months={manifest.months}
          series={series}
          range={range}
          valueFormat="perMillion"
          yAxisTitle="Personnel per million people"
          width={size.width}
          height={size.height}
        />
      )}
      table={{
        caption: 'Personnel per million people by month',
        columns: table.columns,
        rows: table.rows,
        rowKey: (r) => r.month,
        initialSort: { columnId: 'month', direction: 'descending' },
      }}
    />
  );
}
