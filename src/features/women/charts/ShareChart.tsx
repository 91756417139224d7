// Women by type: the country and all UN, as shares or numbers.
import { formatPercent } from '../../../ui/format.ts';
import { lazy, Suspense, useMemo } from 'react';
import { useCountryCells, useTotals } from '../../../data/queries.ts';
import type { CountryCells, PersonnelType, Totals } from '../../../data/schema.ts';
import { PERSONNEL_TYPE_LABELS } from '../../../data/selectors/personnelTypeLabels.ts';
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
import { contributorColors, seriesColor, TOTAL_COLOR_INDEX } from '../../../charts/palette.ts';
import { SeriesLegend } from '../../../charts/SeriesLegend.tsx';
import { smallMultipleColumns, SmallMultiples } from '../../../charts/SmallMultiples.tsx';
import { formatMonthSpan } from '../../../charts/monthFormat.ts';
import {
  countryWomenSeries,
  sharedShareMax,
  worldWomenSeries,
  type WomenSeries,
} from '../womenSeriesModel.ts';
import { sharePanels, type SharePanel } from '../sharePanels.ts';
import { count, describeWomenShare, unReportedComparison } from '../womenShareText.ts';
import type { WomenChartProps } from '../womenCharts.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';

// The default measure (share) draws small multiples; the stacked counts load only when asked for.
const CountPair = lazy(() => import('./WomenCountPair.tsx'));

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
  const shareMax = sharedShareMax([own.share, all.share], range); // one y-scale for every panel
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
  const countryColor = contributorColors([view.country]).get(view.country) ?? seriesColor(0);
  const panels = useMemo(
    () => sharePanels(own, all, { name, color: countryColor }, range),
    [own, all, name, countryColor, range],
  );
  // Each panel's picture names its type and reads its latest shares; the figure's paragraph says the rest.
  const panelDescription = (p: SharePanel) => {
    const latest = (s: TimeSeries) => {
      for (let i = range.to; i >= range.from; i--) {
        const v = s.values[i];
        if (v !== null && v !== undefined)
          return `${formatPercent(v)} in ${monthLabel(manifest.months[i] ?? '')}`;
      }
      return 'no share in this range';
    };
    return `Share of women among ${p.label.toLowerCase()}: ${name} ${p.hasCountryData ? latest(p.country) : 'none deployed in this range'}; all UN ${latest(p.world)}.`;
  };
  const key = (
    <SeriesLegend
      label="Lines in every panel"
      items={[
        { id: 'country', label: name, color: countryColor },
        { id: 'un', label: 'All UN uniformed personnel', color: seriesColor(TOTAL_COLOR_INDEX) },
      ]}
    />
  );
  const multiples = (size?: { width: number; height: number }) => (
    <SmallMultiples
      label={`Share of women by personnel type: ${name} and all UN, one panel per type on one scale`}
      {...(size ? { width: size.width, panelHeight: multiplesPanelHeight(size, panels.length) } : {})}
      panels={panels.map((p) => ({
        id: p.id,
        title: (
          <>
            {p.label}
            {!p.hasCountryData && <span className="bh-multiple-note">(none from {name})</span>}
          </>
        ),
        render: (panelSize) => (
          <LineChart
            title={`${p.label}: share of women, ${name} and all UN`}
            description={panelDescription(p)}
            months={manifest.months}
            series={[p.country, p.world]}
            range={range}
            valueFormat="percent"
            yMax={shareMax ?? undefined}
            highlightedIds={['country']}
            endLabels="none"
            width={panelSize.width}
            height={panelSize.height}
          />
        ),
      }))}
    />
  );
  // The legend, as a list on the page and drawn as SVG by the exports (above the picture).
  const legendItems = isShare
    ? [
        { id: 'country', label: name, color: countryColor },
        { id: 'un', label: 'All UN uniformed personnel', color: seriesColor(TOTAL_COLOR_INDEX) },
      ]
    : own.count.map((x) => ({
        id: x.id,
        label: PERSONNEL_TYPE_LABELS[x.id as PersonnelType] ?? x.label,
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
      legend={legendItems}
      exportChart={(size) =>
        isShare ? (
          multiples(size)
        ) : (
          <CountPair
            name={name}
            own={own.count}
            all={all.count}
            description={description}
            range={range}
            months={manifest.months}
            size={size}
          />
        )
      }
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
          {isShare ? (
            <>
              {key}
              {multiples()}
            </>
          ) : (
            <Suspense
              fallback={
                <p className="loading" role="status">
                  Loading the chart…
                </p>
              }
            >
              <CountPair
                name={name}
                own={own.count}
                all={all.count}
                description={description}
                range={range}
                months={manifest.months}
              />
            </Suspense>
          )}
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

/** Panel height for an export `size`: the rows of panels, each with its heading, under the key. */
function multiplesPanelHeight(size: { width: number; height: number }, count: number): number {
  const { columns } = smallMultipleColumns(size.width, count);
  const rows = Math.ceil(count / columns);
  return Math.max(120, Math.floor((size.height - 32) / rows) - 32);
}
