// Compare countries: personnel or share of all UN over time.
import { useCallback, useMemo } from 'react';
import { useTotals } from '../../../data/queries.ts';
import type { Totals } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { RadioChoice } from '../../../ui/RadioChoice.tsx';
import { countryName } from '../../../data/selectors/months.ts';
import { sourceLine } from '../../../data/selectors/sourceLine.ts';
import { CountryPicker } from '../../../charts/CountryPicker.tsx';
import { describeTimeSeries } from '../../../charts/describeTimeSeries.ts';
import { LineChart } from '../../../charts/LineChart.tsx';
import { timeSeriesTable } from '../../../charts/timeSeriesTable.ts';
import { formatMonthSpan } from '../../../charts/monthFormat.ts';
import { MAX_COMPARED } from '../deploymentsView.ts';
import { compareSeries } from '../deploymentsModel.ts';
import type { DeploymentsChartProps } from '../deploymentsCharts.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';

export default function CompareChart(props: DeploymentsChartProps) {
  const totals = useTotals();
  return (
    <Loaded query={totals} what="contributor totals">
      {(t) => <Compare {...props} totals={t} />}
    </Loaded>
  );
}

function Compare({
  manifest,
  view,
  name,
  range,
  update,
  totals,
  options,
}: DeploymentsChartProps & { totals: Totals }) {
  const nameOf = useCallback((iso3: string) => countryName(manifest, iso3), [manifest]);
  const series = useMemo(
    () => compareSeries(totals, view.countries, view.metric, nameOf),
    [totals, view.countries, view.metric, nameOf],
  );
  const valueFormat = view.metric === 'share' ? 'percent' : 'number';
  const table = useMemo(
    () => timeSeriesTable(manifest.months, series, range, valueFormat),
    [manifest, series, range, valueFormat],
  );
  const measure =
    view.metric === 'share' ? 'share of all UN uniformed personnel' : 'uniformed personnel deployed';
  const title = `Compare: ${measure}`;
  const description = describeTimeSeries({
    chartKind: `Line chart (${view.scale === 'log' ? 'log scale' : 'linear scale'}) of ${measure}`,
    months: manifest.months,
    series,
    range,
    valueFormat,
  });
  const source = sourceLine(manifest, range.from, range.to);
  const highlighted = useMemo(() => [view.country], [view.country]);
  const canAdd = !view.countries.includes(view.country) && view.countries.length < MAX_COMPARED;
  return (
    <ChartUnit
      id="compare"
      title={title}
      subtitle={`Up to ${MAX_COMPARED} countries, ${formatMonthSpan(manifest.months[range.from] ?? '', manifest.months[range.to] ?? '')}.${
        view.scale === 'log'
          ? ' Log scale: equal steps are equal ratios; months with none deployed cannot be placed and break the line.'
          : ''
      }`}
      description={description}
      source={source}
      exportName={`compare-${view.metric}-${view.countries.join('-').toLowerCase()}`}
      {...(series.length > 0
        ? {
            exportChart: (size: { width: number; height: number }) => (
              <LineChart
                title={title}
                description={description}
                months={manifest.months}
                series={series}
                range={range}
                scaleType={view.scale}
                valueFormat={valueFormat}
                highlightedIds={highlighted}
                yAxisTitle={view.metric === 'share' ? 'Share of all UN uniformed personnel' : 'Personnel'}
                width={size.width}
                height={size.height}
              />
            ),
          }
        : {})}
      controls={
        <div className="controls">
          <CountryPicker
            mode="multi"
            label="Countries to compare"
            options={options}
            value={view.countries}
            max={MAX_COMPARED}
            onChange={(countries) => update({ countries })}
          />
          {canAdd && (
            <button
              type="button"
              className="bh-button"
              onClick={() => update({ countries: [...view.countries, view.country] })}
            >
              Add {name}
            </button>
          )}
          <RadioChoice
            legend="Measure"
            value={view.metric}
            onChange={(metric) => update({ metric })}
            options={[
              { value: 'count', label: 'Personnel' },
              { value: 'share', label: 'Share of all UN' },
            ]}
            testId="compare-metric"
          />
          <RadioChoice
            legend="Scale"
            value={view.scale}
            onChange={(scale) => update({ scale })}
            options={[
              { value: 'linear', label: 'Linear' },
              { value: 'log', label: 'Log' },
            ]}
            testId="compare-scale"
          />
        </div>
      }
      chart={
        <>
          {series.length === 0 ? (
            <p className="note">Choose at least one country to compare.</p>
          ) : (
            <LineChart
              title={title}
              description={description}
              months={manifest.months}
              series={series}
              range={range}
              scaleType={view.scale}
              valueFormat={valueFormat}
              highlightedIds={highlighted}
              yAxisTitle={view.metric === 'share' ? 'Share of all UN uniformed personnel' : 'Personnel'}
            />
          )}
        </>
      }
      table={{
        caption: `${title}, by month`,
        columns: table.columns,
        rows: table.rows,
        rowKey: (r) => String(r.index),
        initialSort: { columnId: 'month', direction: 'descending' },
      }}
    />
  );
}
