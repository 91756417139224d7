// Deaths per 1,000 personnel-years pooled over all years with a rate.
import { useMemo } from 'react';
import { useFatalities, useTotals } from '../../../data/queries.ts';
import type { Fatalities, Totals } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { RankingBarChart } from '../../../charts/RankingBarChart.tsx';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { pooledRows, rateModel, WORLD_ID, type PooledRow } from '../rateModel.ts';
import { rateSource } from '../fatalitiesText.ts';
import type { FatalitiesChartProps } from '../fatalitiesCharts.ts';

export default function RateSummaryChart(props: FatalitiesChartProps) {
  const fatalities = useFatalities();
  const totals = useTotals();
  return (
    <Loaded query={fatalities} what="fatalities data">
      {(f) => (
        <Loaded query={totals} what="contributor totals">
          {(t) => <RateSummary {...props} fatalities={f} totals={t} />}
        </Loaded>
      )}
    </Loaded>
  );
}

const round2 = (v: number) => Math.round(v * 100) / 100;

const COLUMNS: DataTableColumn<PooledRow>[] = [
  { id: 'label', label: 'Who', kind: 'text', value: (r) => r.label },
  {
    id: 'rate',
    label: 'Deaths per 1,000 personnel-years',
    kind: 'number',
    value: (r) => (r.perThousand === null ? null : round2(r.perThousand)),
  },
  { id: 'deaths', label: 'Uniformed deaths', kind: 'number', value: (r) => r.deaths },
  {
    id: 'personnelYears',
    label: 'Personnel-years',
    kind: 'number',
    value: (r) => Math.round(r.personnelYears),
  },
  { id: 'years', label: 'Years with a rate', kind: 'number', value: (r) => r.years },
  {
    id: 'span',
    label: 'From – to',
    kind: 'text',
    value: (r) => (r.firstYear === null ? null : `${r.firstYear}–${r.lastYear ?? ''}`),
  },
];

function RateSummary({
  manifest,
  totals,
  fatalities,
  view,
}: FatalitiesChartProps & { totals: Totals; fatalities: Fatalities }) {
  const model = useMemo(
    () => rateModel(manifest, totals, fatalities, view.country, view.peers),
    [manifest, totals, fatalities, view.country, view.peers],
  );
  const pooled = useMemo(() => pooledRows(model), [model]);
  const items = pooled.map((r) => ({
    id: r.id,
    label: r.label,
    value: r.perThousand === null ? null : round2(r.perThousand),
  }));
  const title = `Over all years with a rate: uniformed deaths per 1,000 personnel-years`;
  const description = `Bars of the pooled rate (all deaths over all personnel-years of the years that have a rate): ${pooled
    .map(
      (r) =>
        `${r.label} ${r.perThousand === null ? 'no rate' : r.perThousand.toFixed(2)}${r.firstYear !== null ? ` (${r.years} years, ${r.firstYear}–${r.lastYear})` : ''}`,
    )
    .join('; ')}.`;
  // One drawing for the page and the exports, so an export cannot rank "All UN" among the countries.
  const bars = (width?: number) => (
    <RankingBarChart
      title={title}
      description={description}
      items={items}
      highlightedIds={[view.country, WORLD_ID]}
      benchmarkIds={[WORLD_ID]}
      {...(width === undefined ? {} : { width })}
    />
  );
  return (
    <ChartUnit
      id="rate-summary"
      title={title}
      subtitle="Each over its own years with a rate (last column); the chosen country in the accent colour, all UN personnel as the dashed line (not ranked)."
      description={description}
      source={rateSource(fatalities, manifest.version)}
      exportName={`fatality-rate-summary-${view.country.toLowerCase()}`}
      exportChart={(size) => bars(size.width)}
      chart={bars()}
      table={{ caption: title, columns: COLUMNS, rows: pooled, rowKey: (r) => r.id }}
    />
  );
}
