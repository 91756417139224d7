// Women by type: the country and all UN, as shares or numbers.
import { formatPercent } from '../../../ui/format.ts';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useCountryCells, useTotals } from '../../../data/queries.ts';
import type { CountryCells, PersonnelType, Totals } from '../../../data/schema.ts';
import {
  PERSONNEL_TYPE_ABBREVIATIONS,
  PERSONNEL_TYPE_LABELS,
} from '../../../data/selectors/personnelTypeLabels.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { RadioChoice } from '../../../ui/RadioChoice.tsx';
import { monthLabel } from '../../../data/selectors/months.ts';
import {
  countryTypeSeries,
  reportedTypeMonths,
  worldTypeSeries,
} from '../../../data/selectors/typeSeries.ts';
import { sourceLine } from '../../../data/selectors/sourceLine.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { LineChart } from '../../../charts/LineChart.tsx';
import type { TimeSeries } from '../../../charts/timeSeriesModel.ts';
import { useElementWidth } from '../../../charts/useElementWidth.ts';
import { formatMonthSpan } from '../../../charts/monthFormat.ts';
import {
  countryWomenSeries,
  sharedShareMax,
  worldWomenSeries,
  type WomenSeries,
} from '../womenSeriesModel.ts';
import { count, describeWomenShare, unReportedComparison } from '../womenShareText.ts';
import type { WomenChartProps } from '../womenCharts.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';

// The default measure (share) draws lines; the stacked counts load only when asked for.
const StackedAreaChart = lazy(() =>
  import('../../../charts/StackedAreaChart.tsx').then((m) => ({ default: m.StackedAreaChart })),
);

const abbreviation = (id: string) => PERSONNEL_TYPE_ABBREVIATIONS[id as PersonnelType];

export default function ShareChart(props: WomenChartProps) {
  const cells = useCountryCells(props.view.country);
  const totals = useTotals();
  return (
    <Loaded query={totals} what="contributor totals">
      {(t) => (
        <Loaded query={cells} what={`data for ${props.name}`}>
          {(c) => <ShareData {...props} totals={t} cells={c} />}
        </Loaded>
      )}
    </Loaded>
  );
}

function ShareData({
  manifest,
  view,
  name,
  range,
  update,
  totals,
  cells,
}: WomenChartProps & { totals: Totals; cells: CountryCells }) {
  const reported = useMemo(() => reportedTypeMonths(manifest, totals), [manifest, totals]);
  const byType = useMemo(() => countryTypeSeries(manifest, reported, cells), [manifest, reported, cells]);
  const world = useMemo(() => worldTypeSeries(manifest, totals), [manifest, totals]);
  const own = useMemo(() => countryWomenSeries(manifest, byType), [manifest, byType]);
  const all = useMemo(() => worldWomenSeries(manifest, totals, world), [manifest, totals, world]);
  return (
    <ShareSection
      manifest={manifest}
      view={view}
      name={name}
      range={range}
      update={update}
      own={own}
      all={all}
    />
  );
}

function ShareSection({
  manifest,
  view,
  name,
  range,
  update,
  own,
  all,
}: Omit<WomenChartProps, 'options'> & { own: WomenSeries; all: WomenSeries }) {
  const isShare = view.metric === 'share';
  const span = formatMonthSpan(manifest.months[range.from] ?? '', manifest.months[range.to] ?? '');
  const title = `Women: ${name} and all UN uniformed personnel, ${isShare ? 'share by type' : 'number by type'}`;
  const description = describeWomenShare({ name, manifest, country: own, world: all, range });
  const shareMax = sharedShareMax([own.share, all.share], range); // one y-scale for the two panels
  const source = sourceLine(
    manifest,
    range.from,
    range.to,
    'All UN: women among personnel whose gender is reported (a few rows carry none). August 2020: the report’s gender split is corrupt and withheld; September 2023: the report has no gender split.',
  );
  const table = useMemo(() => {
    type Row = { index: number };
    const rows: Row[] = [];
    for (let i = range.from; i <= range.to; i++) rows.push({ index: i });
    const fmt = isShare ? (v: number) => formatPercent(v) : (v: number) => count(v);
    const group = (prefix: string, who: string, s: WomenSeries) => {
      const list = isShare ? s.share : [{ id: 'all', label: 'All types', values: s.women }, ...s.count];
      return list.map((series): DataTableColumn<Row> => ({
        id: `${prefix}-${series.id}`,
        label: `${who}: ${series.id === 'all' ? 'All types' : (PERSONNEL_TYPE_LABELS[series.id as PersonnelType] ?? series.label)}`,
        kind: 'number',
        value: (r) => series.values[r.index] ?? null,
        format: fmt,
      }));
    };
    const columns: DataTableColumn<Row>[] = [
      {
        id: 'month',
        label: 'Month',
        kind: 'text',
        value: (r) => monthLabel(manifest.months[r.index] ?? ''),
        sortValue: (r) => r.index,
      },
      ...group('own', name, own),
      ...group('un', 'All UN', all),
    ];
    return { rows, columns };
  }, [manifest, range, isShare, own, all, name]);
  const comparison = useMemo(() => unReportedComparison(manifest, all), [manifest, all]);
  // On a phone the end labels get UN abbreviations (spelt out in the legend) instead of clipped names.
  const [pairRef, pairWidth] = useElementWidth();
  const isNarrow = pairWidth < 480;
  const abbreviate = useCallback(
    (list: TimeSeries[]) =>
      isNarrow
        ? list.map((x) =>
            x.id === 'all' ? x : { ...x, label: PERSONNEL_TYPE_ABBREVIATIONS[x.id as PersonnelType] },
          )
        : list,
    [isNarrow],
  );
  const ownShare = useMemo(() => abbreviate(own.share), [abbreviate, own]);
  const ownCount = useMemo(() => abbreviate(own.count), [abbreviate, own]);
  const allShare = useMemo(() => abbreviate(all.share), [abbreviate, all]);
  const allCount = useMemo(() => abbreviate(all.count), [abbreviate, all]);
  const chartFor = (
    who: string,
    s: { share: TimeSeries[]; count: TimeSeries[] },
    testId: string,
    size?: { width: number; height: number },
  ) =>
    isShare ? (
      <LineChart
        title={`${who}: share of women by type`}
        description={description}
        months={manifest.months}
        series={s.share}
        range={range}
        valueFormat="percent"
        yMax={shareMax ?? undefined}
        highlightedIds={['all']}
        yAxisTitle="Share of women"
        {...size}
      />
    ) : (
      <Suspense
        fallback={
          <p className="loading" role="status">
            Loading the chart…
          </p>
        }
      >
        <StackedAreaChart
          title={`${who}: women by type`}
          description={description}
          months={manifest.months}
          series={s.count}
          range={range}
          yAxisTitle="Women"
          totalLabel="All women"
          key={testId}
          {...size}
        />
      </Suspense>
    );
  // The two panels under their headings; an export draws them side by side at its size, whatever the screen.
  type Measures = { share: TimeSeries[]; count: TimeSeries[] };
  const pair = (mine: Measures, un: Measures, size?: { width: number; height: number }) => {
    const panel = size && {
      width: Math.floor((size.width - 32) / 2),
      height: Math.max(140, size.height - 40),
    };
    return (
      <div className="chart-pair" style={panel && { gridTemplateColumns: '1fr 1fr' }}>
        <div ref={panel ? undefined : pairRef}>
          <h3 className="women-subhead">{name}</h3>
          {chartFor(name, mine, 'own', panel)}
        </div>
        <div>
          <h3 className="women-subhead">All UN uniformed personnel</h3>
          {chartFor('All UN', un, 'un', panel)}
        </div>
      </div>
    );
  };
  // The legend, as a list on the page and drawn as SVG in the exports.
  const legendItems = (isShare ? own.share : own.count).map((x) => ({
    id: x.id,
    label: x.id === 'all' ? 'All types' : PERSONNEL_TYPE_LABELS[x.id as PersonnelType],
    color: x.color ?? '',
  }));
  return (
    <ChartUnit
      id="women-share"
      title={title}
      subtitle={`${span}. Staff officers are reported apart from troops from May 2017; before that they are inside troops.`}
      description={description}
      source={source}
      exportName={`${view.country.toLowerCase()}-women-${view.metric}`}
      exportChart={(size) => pair(own, all, size)}
      legend={legendItems}
      controls={
        <RadioChoice
          legend="Measure"
          value={view.metric}
          onChange={(metric) => update({ metric })}
          options={[
            { value: 'share', label: 'Share of women' },
            { value: 'count', label: 'Number of women' },
          ]}
          testId="women-metric"
        />
      }
      chart={
        <>
          {pair({ share: ownShare, count: ownCount }, { share: allShare, count: allCount })}
          <ul className="legend" aria-label="Personnel types">
            {legendItems.map((x) => (
              <li key={x.id}>
                <span className="legend-swatch" style={{ background: x.color }} aria-hidden="true" />
                {isNarrow && x.id !== 'all' && !x.label.startsWith(abbreviation(x.id))
                  ? `${abbreviation(x.id)}: `
                  : ''}
                {x.label}
              </li>
            ))}
          </ul>
          <p className="note" data-testid="un-reported">
            {comparison.join(' ')}
          </p>
        </>
      }
      table={{
        caption: `${title}, ${span}`,
        columns: table.columns,
        rows: table.rows,
        rowKey: (r) => String(r.index),
        initialSort: { columnId: 'month', direction: 'descending' },
      }}
    />
  );
}
