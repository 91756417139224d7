// The largest contributors of uniformed personnel in the latest month with a report.
import { useCallback, useMemo } from 'react';
import { useTotals } from '../../../data/queries.ts';
import type { Totals } from '../../../data/schema.ts';
import { countryName, monthLabel } from '../../../data/selectors/months.ts';
import { monthSource, sourceLine } from '../../../data/selectors/sourceLine.ts';
import { largestContributorsLatest, type LatestContributor } from '../../../data/selectors/worldOverview.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { RankingBarChart } from '../../../charts/RankingBarChart.tsx';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { formatNumber, formatPercent } from '../../../ui/format.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import type { OverviewChartProps } from '../overviewCharts.ts';

const SHOWN = 15;

export default function LargestChart(props: OverviewChartProps) {
  const totals = useTotals();
  return (
    <Loaded query={totals} what="contributor totals">
      {(t) => <Largest {...props} totals={t} />}
    </Loaded>
  );
}

const COLUMNS: DataTableColumn<LatestContributor>[] = [
  { id: 'rank', label: 'Rank', kind: 'number', value: (r) => r.rank },
  { id: 'country', label: 'Country', kind: 'text', value: (r) => r.name },
  { id: 'personnel', label: 'Uniformed personnel', kind: 'number', value: (r) => r.personnel },
  {
    id: 'share',
    label: 'Share of all UN uniformed personnel',
    kind: 'number',
    value: (r) => r.share,
    format: (v) => formatPercent(v),
  },
];

function Largest({ manifest, view, name, totals }: OverviewChartProps & { totals: Totals }) {
  const nameOf = useCallback((iso3: string) => countryName(manifest, iso3), [manifest]);
  const model = useMemo(
    () => largestContributorsLatest(manifest, totals, Number.MAX_SAFE_INTEGER, nameOf),
    [manifest, totals, nameOf],
  );
  const when = monthLabel(manifest.months[model.month] ?? '');
  const title = `Largest contributors, ${when}`;
  const top = model.rows.slice(0, 3);
  const mine = model.rows.find((r) => r.iso3 === view.country);
  const description = `In ${when} the largest contributors of uniformed personnel were ${top
    .map((r) => `${r.name} (${formatNumber(r.personnel)}, ${formatPercent(r.share)})`)
    .join(', ')}${mine ? `; ${name} ranked ${mine.rank} of ${model.rows.length}` : ''}.`;
  const report = monthSource(manifest, model.month);
  const source = report
    ? `Source: ${report.name}, ${report.file}.`
    : sourceLine(manifest, model.month, model.month);
  const highlighted = useMemo(() => [view.country], [view.country]);
  const items = useMemo(
    () => model.rows.map((r) => ({ id: r.iso3, label: r.name, value: r.personnel })),
    [model.rows],
  );
  return (
    <ChartUnit
      id="largest"
      title={title}
      subtitle={`The ${SHOWN} largest of ${model.rows.length} contributors; ${name} highlighted. The table lists every contributor.`}
      description={description}
      source={source}
      exportName={`largest-contributors-${(manifest.months[model.month] ?? '').slice(0, 7)}`}
      exportChart={(size) => (
        <RankingBarChart
          title={title}
          description={description}
          items={items}
          topN={SHOWN}
          highlightedIds={highlighted}
          width={size.width}
        />
      )}
      chart={
        <RankingBarChart
          title={title}
          description={description}
          items={items}
          topN={SHOWN}
          highlightedIds={highlighted}
        />
      }
      table={{ caption: title, columns: COLUMNS, rows: model.rows, rowKey: (r) => r.iso3 }}
    />
  );
}
