// The largest contributors of a month.
import { formatPercent } from '../../../ui/format.ts';
import { useCallback, useMemo } from 'react';
import { useTotals } from '../../../data/queries.ts';
import type { Totals } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { MonthSelect } from '../../../ui/MonthSelect.tsx';
import { countryName, monthIndex, monthLabel } from '../../../data/selectors/months.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { RankingBarChart } from '../../../charts/RankingBarChart.tsx';
import { describeTop, topContributors, type TopRow } from '../deploymentsModel.ts';
import type { DeploymentsChartProps } from '../deploymentsCharts.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { formatNumber } from '../../../ui/format.ts';

const TOP_BARS = 15;

export default function TopChart(props: DeploymentsChartProps) {
  const totals = useTotals();
  return (
    <Loaded query={totals} what="contributor totals">
      {(t) => <Top {...props} totals={t} />}
    </Loaded>
  );
}

function Top({ manifest, view, name, update, totals }: DeploymentsChartProps & { totals: Totals }) {
  // The month codec keeps view.month within the data; outside it, the latest month (the view's default).
  const month = monthIndex(manifest.months, view.month) ?? manifest.months.length - 1;
  const nameOf = useCallback((iso3: string) => countryName(manifest, iso3), [manifest]);
  const model = useMemo(() => topContributors(totals, month, nameOf), [totals, month, nameOf]);
  const monthText = monthLabel(manifest.months[month] ?? '');
  const title = `Largest contributors, ${monthText}`;
  const description = describeTop({
    monthText,
    model,
    highlight: view.country,
    highlightName: name,
    shown: TOP_BARS,
  });
  const info = manifest.monthInfo[month];
  const source =
    info?.status === 'ok'
      ? `Source: ${info.source === 'un-pdf' ? `UN DPO report as of ${manifest.months[month]} (${info.file})` : `IPI Peacekeeping Database (${info.file})`}. Share: of all ${
          model.worldTotal === undefined || model.worldTotal === null ? '' : formatNumber(model.worldTotal)
        } uniformed personnel that month.`
      : `No report for ${monthText}.`;
  const columns = useMemo<DataTableColumn<TopRow>[]>(
    () => [
      { id: 'rank', label: 'Rank', kind: 'number', value: (r) => r.rank },
      { id: 'country', label: 'Country', kind: 'text', value: (r) => r.name },
      { id: 'personnel', label: 'Personnel', kind: 'number', value: (r) => r.personnel },
      {
        id: 'share',
        label: 'Share of all UN uniformed personnel',
        kind: 'number',
        value: (r) => r.share,
        format: formatPercent,
      },
    ],
    [],
  );
  const highlighted = useMemo(() => [view.country], [view.country]);
  return (
    <ChartUnit
      id="top"
      title={title}
      subtitle={`The ${TOP_BARS} largest of ${model.rows.length} contributors; ${name} highlighted (shown even when outside them). The table lists every contributor.`}
      description={description}
      source={source}
      exportName={`top-contributors-${view.month}`}
      {...(model.hasReport
        ? {
            exportChart: (size: { width: number }) => (
              <RankingBarChart
                title={title}
                description={description}
                items={model.items}
                topN={TOP_BARS}
                highlightedIds={highlighted}
                width={size.width}
              />
            ),
          }
        : {})}
      controls={
        <MonthSelect
          manifest={manifest}
          value={view.month}
          onChange={(m) => update({ month: m })}
          label="Month of the ranking"
          testId="top-month"
        />
      }
      chart={
        <>
          {model.hasReport ? (
            <RankingBarChart
              title={title}
              description={description}
              items={model.items}
              topN={TOP_BARS}
              highlightedIds={highlighted}
            />
          ) : (
            <p className="note">
              There is no report for {monthText}:{' '}
              {manifest.monthInfo[month]?.status === 'gap'
                ? (manifest.monthInfo[month] as { reason: string }).reason
                : ''}
            </p>
          )}
        </>
      }
      table={{
        caption: `All contributors of uniformed personnel, ${monthText}`,
        columns,
        rows: model.rows,
        rowKey: (r) => r.iso3,
      }}
    />
  );
}
