// The women view's charts after the first: shares against the parity targets, the press figure
// explained, and the ranking of contributors. A chunk of its own (see WomenPage.tsx).
import { useCallback, useId, useMemo, useState } from 'react';
import { useCountryCells, useTotals, useYearCrossSection } from '../../data/queries.ts';
import type { CountryCells, Manifest, Totals } from '../../data/schema.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { Staggered } from '../../ui/Staggered.tsx';
import { MonthSelect } from '../../ui/MonthSelect.tsx';
import { RadioChoice } from '../../ui/RadioChoice.tsx';
import { isChartShown, useDisplayMode } from '../../state/displayMode.ts';
import { countryName, monthIndex, monthLabel } from '../../data/selectors/months.ts';
import { countryTypeSeries, reportedTypeMonths, worldTypeSeries } from '../../data/selectors/typeSeries.ts';
import { monthSource, sourceLine } from '../../data/selectors/sourceLine.ts';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { DataTable, type DataTableColumn } from '../../charts/DataTable.tsx';
import { RankingBarChart } from '../../charts/RankingBarChart.tsx';
import type { IndexRange } from '../../charts/timeSeriesModel.ts';
import { MarkedLineChart } from '../../charts/MarkedLineChart.tsx';
import { LazyChartExports as ChartExports } from '../../export/LazyChartExports.tsx';
import { exportFromTable } from '../../export/tableExport.ts';
import { DEFAULT_MIN, FIRST_GENDER_MONTH, type WomenView } from './womenView.ts';
import {
  pressBreakdown,
  rankByShare,
  rankByTarget,
  targetAxis,
  targetPanels,
  type BreakdownRow,
  type WomenRankRow,
} from './womenModel.ts';
import { PARITY_TARGETS, STRATEGY_FIRST_YEAR, targetIn } from './genderParityTargets.ts';
import {
  count,
  describePress,
  describeRanking,
  describeTargets,
  pct,
  points,
  targetNote,
  targetSources,
} from './womenText.ts';
import { pressFigureFor } from './pressFigures.ts';
import { DistanceBarChart } from './DistanceBarChart.tsx';
import { PressFigureChart } from './PressFigureChart.tsx';

export interface SectionProps {
  manifest: Manifest;
  view: WomenView;
  name: string;
  range: IndexRange;
  update: (patch: Partial<WomenView>) => void;
}

const TOP_BARS = 15;

export default function WomenMore(props: SectionProps) {
  const mode = useDisplayMode();
  const cells = useCountryCells(props.view.country);
  const totals = useTotals();
  return (
    <Staggered>
      {(isChartShown(mode, 'women-targets') || isChartShown(mode, 'press-figure')) && (
        <Loaded query={totals} what="contributor totals">
          {(t) => (
            <Loaded query={cells} what={`data for ${props.name}`}>
              {(c) => <CountryWomen {...props} totals={t} cells={c} />}
            </Loaded>
          )}
        </Loaded>
      )}
      {isChartShown(mode, 'women-ranking') && (
        <Loaded query={totals} what="contributor totals">
          {(t) => <RankingSection {...props} totals={t} />}
        </Loaded>
      )}
    </Staggered>
  );
}

function CountryWomen({
  manifest,
  view,
  name,
  update,
  totals,
  cells,
}: SectionProps & { totals: Totals; cells: CountryCells }) {
  const mode = useDisplayMode();
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
  return (
    <>
      {isChartShown(mode, 'women-targets') && (
        <TargetsSection manifest={manifest} view={view} name={name} axis={axis} panels={panels} />
      )}
      {isChartShown(mode, 'press-figure') && (
        <PressSection manifest={manifest} view={view} name={name} update={update} byType={byType} />
      )}
    </>
  );
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
          format: pct,
        },
        {
          id: `${p.category}-un`,
          label: `${p.label}: all UN`,
          kind: 'number',
          value: (r) => p.world.values[r.index] ?? null,
          format: pct,
        },
        {
          id: `${p.category}-target`,
          label: `${p.label}: target`,
          kind: 'number',
          value: (r) =>
            targetIn(p.category, Number((axis.months[r.index] ?? '').slice(0, 4)), p.targets)?.value ?? null,
          format: pct,
        },
      ]),
    ];
    return { rows, columns };
  }, [axis, panels, name]);
  return (
    <section aria-label={title} data-testid="women-targets">
      <ChartFrame
        title={title}
        subtitle={`Share of women, January ${STRATEGY_FIRST_YEAR} to the latest report, with the strategy's targets to 2028. Military observers and staff officers are one category in the strategy.`}
        description={description}
        source={source}
        actions={
          <ChartExports
            spec={exportFromTable({
              name: `${view.country.toLowerCase()}-women-targets`,
              title,
              source,
              ...table,
            })}
          />
        }
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
        table={
          <DataTable
            caption={`${title}, by month (target: the year's recorded value; blank where not recorded)`}
            columns={table.columns}
            rows={table.rows}
            rowKey={(r) => String(r.index)}
            initialSort={{ columnId: 'month', direction: 'descending' }}
          />
        }
      />
    </section>
  );
}

interface PressMonth {
  index: number;
  key: string;
  text: string;
  isFigureMonth: boolean;
  breakdown: ReturnType<typeof pressBreakdown>;
}

type PressRow = BreakdownRow & { month: string; monthIndex: number };

function PressSection({
  manifest,
  view,
  name,
  update,
  byType,
}: {
  manifest: Manifest;
  view: WomenView;
  name: string;
  update: (patch: Partial<WomenView>) => void;
  byType: ReturnType<typeof countryTypeSeries>;
}) {
  const mode = useDisplayMode();
  const figure = pressFigureFor(view.country);
  // The press figure's month is always shown beside the chosen month, so the difference is visible without a click.
  const months = useMemo<PressMonth[]>(() => {
    const keys = [...new Set([...(figure ? [figure.month] : []), view.month])];
    return keys
      .map((k) => Math.max(0, monthIndex(manifest, k)))
      .map((index) => ({
        index,
        key: (manifest.months[index] ?? '').slice(0, 7),
        text: monthLabel(manifest.months[index] ?? ''),
        isFigureMonth: figure !== null && (manifest.months[index] ?? '').startsWith(figure.month),
        breakdown: pressBreakdown(byType, index),
      }));
  }, [figure, view.month, manifest, byType]);
  const chosen = months.find((m) => m.key === view.month) ?? months[months.length - 1];
  const title = `Women deployed, military and police: ${name}, ${months.map((m) => m.text).join(' and ')}`;
  const sentences = months.map((m) =>
    describePress({
      name,
      monthText: m.text,
      breakdown: m.breakdown,
      figure,
      isFigureMonth: m.isFigureMonth,
    }),
  );
  const description = sentences.join(' ');
  const files = months
    .map((m) => monthSource(manifest, m.index))
    .filter((x): x is NonNullable<typeof x> => x !== null)
    .map((src) =>
      src.name.startsWith('UN')
        ? `UN DPO report as of ${src.date} (${src.file})`
        : `${src.name} (${src.file})`,
    );
  const source = `Source: ${files.length > 0 ? files.join('; ') : 'no report for the month chosen'}.${figure ? ` Press figure: ${figure.source}.` : ''}`;
  const rows = useMemo<PressRow[]>(
    () => months.flatMap((m) => m.breakdown.rows.map((r) => ({ ...r, month: m.text, monthIndex: m.index }))),
    [months],
  );
  const columns = useMemo<DataTableColumn<PressRow>[]>(
    () => [
      { id: 'month', label: 'Month', kind: 'text', value: (r) => r.month, sortValue: (r) => r.monthIndex },
      { id: 'type', label: 'Personnel type', kind: 'text', value: (r) => r.label },
      {
        id: 'group',
        label: 'Group',
        kind: 'text',
        value: (r) => (r.group === 'military' ? 'Military' : 'Police'),
      },
      { id: 'women', label: 'Women', kind: 'number', value: (r) => r.women },
      { id: 'personnel', label: 'All personnel', kind: 'number', value: (r) => r.personnel },
      {
        id: 'share',
        label: 'Share of women',
        kind: 'number',
        value: (r) => (r.women === null || r.personnel === 0 ? null : r.women / r.personnel),
        format: pct,
      },
    ],
    [],
  );
  const entries = useMemo(
    () =>
      months
        .filter((m) => m.breakdown.hasSplit)
        .map((m) => ({
          id: m.key,
          heading: `${m.text}${m.isFigureMonth ? ' (month of the press figure)' : ''}: ${count(m.breakdown.women ?? 0)} women`,
          breakdown: m.breakdown,
        })),
    [months],
  );
  return (
    <section aria-label={title} data-testid="press-figure">
      <ChartFrame
        title={title}
        subtitle="Why one country's women peacekeepers can be quoted as two different numbers: all uniformed women, or the armed forces' women only (troops, staff officers and experts on mission)."
        description={description}
        source={source}
        actions={
          <ChartExports
            spec={exportFromTable({
              name: `${view.country.toLowerCase()}-women-military-police-${months.map((m) => m.key).join('-')}`,
              title,
              source,
              columns,
              rows,
            })}
          />
        }
        chart={
          <>
            {mode.kind === 'full' && (
              <MonthSelect
                manifest={manifest}
                value={chosen?.key ?? view.month}
                onChange={(m) => update({ month: m })}
                fromIndex={Math.max(0, monthIndex(manifest, FIRST_GENDER_MONTH))}
                testId="press-month"
              />
            )}
            {sentences.map((text, i) => (
              <p key={months[i]?.key ?? i} className="women-press-sentence" data-testid="press-sentence">
                {text}
              </p>
            ))}
            {entries.length > 0 ? (
              <PressFigureChart title={title} description={description} entries={entries} />
            ) : (
              <p className="note">No gender split for this month.</p>
            )}
            {figure && (
              <blockquote className="women-quote">
                <p>{figure.quote}</p>
                <footer>
                  {figure.source}. {figure.unverifiable}
                </footer>
              </blockquote>
            )}
          </>
        }
        table={
          <DataTable
            caption={`${title} (blank: no gender split)`}
            columns={columns}
            rows={rows}
            rowKey={(r) => `${r.monthIndex}-${r.type}`}
          />
        }
      />
    </section>
  );
}

// ---- ranking of contributors --------------------------------------------------------------------

function RankingSection({ manifest, view, name, update, totals }: SectionProps & { totals: Totals }) {
  const mode = useDisplayMode();
  const month = Math.max(0, monthIndex(manifest, view.month));
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
      { id: 'share', label: 'Share of women', kind: 'number', value: (r) => r.share, format: pct },
      ...(isTarget
        ? [
            {
              id: 'target',
              label: '2028 target for this mix',
              kind: 'number' as const,
              value: (r: WomenRankRow) => r.target,
              format: pct,
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
    <section aria-label={title} data-testid="women-ranking">
      <ChartFrame
        title={title}
        subtitle={
          isTarget
            ? `Each country's share of women minus the share its own mix of troops, observers, staff officers and police would have at the 2028 targets. Contributors with at least ${count(view.min)} personnel; the ${TOP_BARS} closest shown, ${name} highlighted.`
            : `Contributors with at least ${count(view.min)} uniformed personnel that month; the ${TOP_BARS} highest shown, ${name} highlighted. Small contributors' shares jump with a handful of people — hence the minimum.`
        }
        description={description}
        source={source}
        actions={
          ranking ? (
            <ChartExports
              spec={exportFromTable({
                name: `women-${view.by}-${view.month}-min-${view.min}`,
                title,
                source,
                columns,
                rows: ranking.rows,
              })}
            />
          ) : undefined
        }
        chart={
          <>
            {mode.kind === 'full' && (
              <div className="controls">
                <MonthSelect
                  manifest={manifest}
                  value={view.month}
                  onChange={(m) => update({ month: m })}
                  fromIndex={Math.max(0, monthIndex(manifest, FIRST_GENDER_MONTH))}
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
            )}
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
          ranking ? (
            <DataTable
              caption={`${title}: every contributor with at least ${count(view.min)} personnel`}
              columns={columns}
              rows={ranking.rows}
              rowKey={(r) => r.iso3}
            />
          ) : (
            <p className="loading">Loading…</p>
          )
        }
      />
    </section>
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
