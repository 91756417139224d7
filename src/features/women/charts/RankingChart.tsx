// Ranking of contributors by share of women, or by distance to the 2028 targets.
import { formatPercent } from '../../../ui/format.ts';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTotals, useYearCrossSection } from '../../../data/queries.ts';
import type { Totals } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { MonthSelect } from '../../../ui/MonthSelect.tsx';
import { RadioChoice } from '../../../ui/RadioChoice.tsx';
import { countryName, monthIndex, monthLabel } from '../../../data/selectors/months.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { RankingBarChart } from '../../../charts/RankingBarChart.tsx';
import { DEFAULT_MIN, FIRST_GENDER_MONTH } from '../womenView.ts';
import { rankByShare, rankByTarget, type WomenRankRow } from '../womenModel.ts';
import { PARITY_TARGETS } from '../genderParityTargets.ts';
import { count, describeRanking, points, targetSources } from '../womenText.ts';
import { DistanceBarChart } from '../DistanceBarChart.tsx';
import type { WomenChartProps } from '../womenCharts.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';

const TOP_BARS = 15;

export default function RankingChart(props: WomenChartProps) {
  const totals = useTotals();
  return (
    <Loaded query={totals} what="contributor totals">
      {(t) => <RankingSection {...props} totals={t} />}
    </Loaded>
  );
}

// ---- ranking of contributors --------------------------------------------------------------------

function RankingSection({ manifest, view, name, update, totals }: WomenChartProps & { totals: Totals }) {
  // The month codec keeps view.month within the data; outside it, the latest month (the view's default).
  const month = monthIndex(manifest.months, view.month) ?? manifest.months.length - 1;
  const year = Number(view.month.slice(0, 4));
  // The cross-section by type is only needed (and only fetched) for the distance-to-target ranking.
  const section = useYearCrossSection(view.by === 'target' ? year : null);
  const nameOf = useCallback((iso3: string) => countryName(manifest, iso3), [manifest]);
  const hasReport = manifest.monthInfo[month]?.status === 'ok';
  const byShare = useMemo(
    () => rankByShare(totals, month, view.min, nameOf),
    [totals, month, view.min, nameOf],
  );
  const byTarget = useMemo(
    () => (section.data ? rankByTarget(manifest, section.data, month, view.min, nameOf, hasReport) : null),
    [section.data, manifest, month, view.min, nameOf, hasReport],
  );
  const monthText = monthLabel(manifest.months[month] ?? '');
  const isTarget = view.by === 'target';
  const ranking = isTarget ? byTarget : byShare;
  const title = isTarget
    ? `Distance to the 2028 gender-parity targets, contributors in ${monthText}`
    : `Share of women among each contributor's uniformed personnel, ${monthText}`;
  const info = manifest.monthInfo[month];
  const source =
    info?.status === 'ok'
      ? `Source: ${info.source === 'un-pdf' ? `UN DPO report as of ${manifest.months[month]} (${info.file})` : `IPI Peacekeeping Database (${info.file})`}.${
          isTarget ? ` Targets: ${targetSources(PARITY_TARGETS.filter((t) => t.year === 2028))}.` : ''
        }`
      : `No report for ${monthText}.`;
  const columns = useMemo<DataTableColumn<WomenRankRow>[]>(
    () => [
      { id: 'rank', label: 'Rank', kind: 'number', value: (r) => r.rank },
      { id: 'country', label: 'Country', kind: 'text', value: (r) => r.name },
      { id: 'personnel', label: 'Personnel', kind: 'number', value: (r) => r.personnel },
      { id: 'women', label: 'Women', kind: 'number', value: (r) => r.women },
      { id: 'share', label: 'Share of women', kind: 'number', value: (r) => r.share, format: formatPercent },
      ...(isTarget
        ? [
            {
              id: 'target',
              label: '2028 target for this mix',
              kind: 'number' as const,
              value: (r: WomenRankRow) => r.target,
              format: formatPercent,
            },
            {
              id: 'distance',
              label: 'Distance (points)',
              kind: 'number' as const,
              value: (r: WomenRankRow) => (r.distance === null ? null : Math.round(r.distance * 1000) / 10),
              format: (v: number) => `${v > 0 ? '+' : ''}${v.toFixed(1)}`,
            },
          ]
        : []),
    ],
    [isTarget],
  );
  const highlighted = useMemo(() => [view.country], [view.country]);
  const formatDistance = useCallback((v: number) => points(v), []);
  const description = ranking
    ? describeRanking({
        monthText,
        ranking,
        by: view.by,
        min: view.min,
        highlight: view.country,
        highlightName: name,
      })
    : 'Loading the month’s breakdown by personnel type…';
  return (
    <ChartUnit
      id="women-ranking"
      title={title}
      subtitle={
        isTarget
          ? `Each country's share of women minus the share its own mix of troops, observers, staff officers and police would have at the 2028 targets. Contributors with at least ${count(view.min)} personnel; the ${TOP_BARS} closest shown, ${name} highlighted.`
          : `Contributors with at least ${count(view.min)} uniformed personnel that month; the ${TOP_BARS} highest shown, ${name} highlighted. Small contributors' shares jump with a handful of people — hence the minimum.`
      }
      description={description}
      source={source}
      exportName={`women-${view.by}-${view.month}-min-${view.min}`}
      {...(hasReport && ranking && !ranking.rows.every((r) => r.rank === null)
        ? {
            exportChart: (size: { width: number }) =>
              isTarget ? (
                <DistanceBarChart
                  title={title}
                  description={description}
                  items={ranking.items}
                  topN={TOP_BARS}
                  highlightedIds={highlighted}
                  formatValue={formatDistance}
                  sideLabels={['below target', 'above target']}
                  width={size.width}
                />
              ) : (
                <RankingBarChart
                  title={title}
                  description={description}
                  items={ranking.items}
                  topN={TOP_BARS}
                  highlightedIds={highlighted}
                  valueFormat="percent"
                  width={size.width}
                />
              ),
          }
        : {})}
      controls={
        <div className="controls">
          <MonthSelect
            manifest={manifest}
            value={view.month}
            onChange={(m) => update({ month: m })}
            fromIndex={monthIndex(manifest.months, FIRST_GENDER_MONTH) ?? 0}
            testId="ranking-month"
          />
          <MinimumField value={view.min} onChange={(min) => update({ min })} />
          <RadioChoice
            legend="Rank by"
            value={view.by}
            onChange={(by) => update({ by })}
            options={[
              { value: 'share', label: 'Share of women' },
              { value: 'target', label: 'Distance to 2028 targets' },
            ]}
            testId="ranking-by"
          />
        </div>
      }
      chart={
        <>
          {!hasReport ? (
            <p className="note">There is no report for {monthText}.</p>
          ) : !ranking ? (
            <Loaded query={section} what={`breakdown of ${year} by personnel type`}>
              {() => null}
            </Loaded>
          ) : ranking.rows.every((r) => r.rank === null) ? (
            <p className="note">{description}</p>
          ) : isTarget ? (
            <DistanceBarChart
              title={title}
              description={description}
              items={ranking.items}
              topN={TOP_BARS}
              highlightedIds={highlighted}
              formatValue={formatDistance}
              sideLabels={['below target', 'above target']}
            />
          ) : (
            <RankingBarChart
              title={title}
              description={description}
              items={ranking.items}
              topN={TOP_BARS}
              highlightedIds={highlighted}
              valueFormat="percent"
            />
          )}
        </>
      }
      table={
        ranking
          ? {
              caption: `${title}: every contributor with at least ${count(view.min)} personnel`,
              columns,
              rows: ranking.rows,
              rowKey: (r) => r.iso3,
            }
          : null
      }
    />
  );
}

function MinimumField({ value, onChange }: { value: number; onChange: (n: number) => void }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (text: string) => {
    const n = Number(text);
    if (text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 100000) onChange(n);
    setDraft(null);
  };
  return (
    <div className="number-field">
      <label htmlFor={id}>Minimum personnel</label>
      <input
        id={id}
        type="number"
        min={0}
        max={100000}
        step={10}
        inputMode="numeric"
        value={draft ?? String(value)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit((e.target as HTMLInputElement).value);
        }}
        data-testid="ranking-min"
        aria-describedby={`${id}-hint`}
      />
      <span id={`${id}-hint`} className="bh-visually-hidden">
        Press Enter to apply. Default {DEFAULT_MIN}.
      </span>
    </div>
  );
}
