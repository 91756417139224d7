// The chosen country's rank among all contributors, month by month, and its rank in the latest month.
import { useCallback, useMemo } from 'react';
import { useTotals } from '../../../data/queries.ts';
import type { Totals } from '../../../data/schema.ts';
import { latestReportedMonth, monthLabel } from '../../../data/selectors/months.ts';
import { rankSeries } from '../../../data/selectors/rankSeries.ts';
import { sourceLine } from '../../../data/selectors/sourceLine.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { LineChart } from '../../../charts/LineChart.tsx';
import { contributorColors } from '../../../charts/palette.ts';
import type { TimeSeries } from '../../../charts/timeSeriesModel.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { formatNumber } from '../../../ui/format.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import type { OverviewChartProps } from '../overviewCharts.ts';
import { rankReading } from '../countryOverview.ts';

export default function CountryRankChart(props: OverviewChartProps) {
  const totals = useTotals();
  return (
    <Loaded query={totals} what="contributor totals">
      {(t) => <Rank {...props} totals={t} />}
    </Loaded>
  );
}

type Row = { index: number };

function Rank({ manifest, view, name, totals }: OverviewChartProps & { totals: Totals }) {
  const ranks = useMemo(() => rankSeries(totals, view.country), [totals, view.country]);
  const latest = latestReportedMonth(manifest);
  const reading = useMemo(() => rankReading(ranks, latest), [ranks, latest]);
  const range = { from: 0, to: manifest.months.length - 1 };
  const color = contributorColors([view.country]).get(view.country) ?? 'var(--bh-accent, #0072B2)';
  const series: TimeSeries[] = [
    { id: view.country, label: name, values: ranks.map((r) => r?.rank ?? null), color },
  ];
  const when = (i: number) => monthLabel(manifest.months[i] ?? '');
  const title = `${name}: rank among contributors`;
  const description =
    reading.best === null
      ? `${name} never ranked among contributors of uniformed personnel from ${when(0)} to ${when(latest)}.`
      : `${
          reading.latest
            ? `In ${when(latest)} ${name} ranked ${reading.latest.rank} of ${reading.latest.of} contributors of uniformed personnel`
            : `${name} had no one deployed in ${when(latest)}`
        }; its best rank was ${reading.best.rank}, first in ${when(reading.best.month)}` +
        (reading.monthsFirst > 0
          ? `, and it was the largest contributor in ${formatNumber(reading.monthsFirst)} months.`
          : '.');
  const valueText = useCallback(
    (_id: string, index: number, value: number | null) =>
      value === null ? 'not ranked' : `rank ${value} of ${ranks[index]?.of ?? '?'}`,
    [ranks],
  );
  const rows: Row[] = ranks.flatMap((r, index) => (r === null ? [] : [{ index }]));
  const columns: DataTableColumn<Row>[] = [
    { id: 'month', label: 'Month', kind: 'text', value: (r) => (manifest.months[r.index] ?? '').slice(0, 7) },
    { id: 'rank', label: 'Rank', kind: 'number', value: (r) => ranks[r.index]?.rank ?? null },
    { id: 'of', label: 'Contributors', kind: 'number', value: (r) => ranks[r.index]?.of ?? null },
    {
      id: 'personnel',
      label: 'Uniformed personnel',
      kind: 'number',
      value: (r) => totals.countries[view.country]?.total[r.index] ?? null,
    },
  ];
  const chart = (size?: { width: number; height: number }) => (
    <LineChart
      title={title}
      description={description}
      months={manifest.months}
      series={series}
      range={range}
      yAxis={{ kind: 'rank' }}
      yAxisTitle="Rank"
      valueText={valueText}
      {...(size ? { width: size.width, height: size.height } : {})}
    />
  );
  return (
    <ChartUnit
      id="country-rank"
      title={title}
      subtitle={
        reading.latest
          ? `Rank ${reading.latest.rank} of ${reading.latest.of} in ${when(latest)}, the latest month; 1 is the largest contributor. Blank: not deployed or no report`
          : `1 is the largest contributor; blank: not deployed or no report (as of ${when(latest)})`
      }
      description={description}
      source={sourceLine(
        manifest,
        range.from,
        range.to,
        'Rank 1 = most uniformed personnel deployed that month; equal numbers share a rank.',
      )}
      exportName={`${view.country.toLowerCase()}-rank`}
      exportChart={(size) => chart(size)}
      chart={chart()}
      table={{
        caption: title,
        columns,
        rows,
        rowKey: (r) => String(r.index),
        initialSort: { columnId: 'month', direction: 'descending' },
      }}
    />
  );
}
