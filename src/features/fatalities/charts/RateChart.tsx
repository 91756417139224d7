// Uniformed deaths per 1,000 personnel-years, by year: the country, all UN and its peers.
import { useMemo } from 'react';
import { useFatalities, useTotals } from '../../../data/queries.ts';
import type { Fatalities, Totals } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { useCountryOptions } from '../../../ui/ViewCountryPicker.tsx';
import { countryName } from '../../../data/selectors/months.ts';
import { describeNoRate, RATE_RULES, rateValue } from '../../../data/selectors/fatalityRates.ts';
import { CountryPicker } from '../../../charts/CountryPicker.tsx';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { MAX_PEERS } from '../fatalitiesView.ts';
import {
  AUTOMATIC_PEER_COUNT,
  rateModel,
  ratePanels,
  WORLD_ID,
  type RateModel,
  type RatePanel,
} from '../rateModel.ts';
import { SeriesLegend } from '../../../charts/SeriesLegend.tsx';
import { smallMultipleColumns, SmallMultiples } from '../../../charts/SmallMultiples.tsx';
import { formatValue } from '../../../charts/valueFormat.ts';
import { describeRate, rateSource } from '../fatalitiesText.ts';
import { YearLineChart } from '../YearLineChart.tsx';
import type { FatalitiesChartProps } from '../fatalitiesCharts.ts';

export default function RateChart(props: FatalitiesChartProps) {
  const fatalities = useFatalities();
  // The contributor totals (the rate's denominator, and the largest chunk) are asked for only here.
  const totals = useTotals();
  return (
    <Loaded query={fatalities} what="fatalities data">
      {(f) => (
        <Loaded query={totals} what="contributor totals">
          {(t) => <Rate {...props} fatalities={f} totals={t} />}
        </Loaded>
      )}
    </Loaded>
  );
}

type RateRow = { index: number; year: number };

function rateTable(model: RateModel) {
  const rows: RateRow[] = model.years.map((year, index) => ({ index, year }));
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  const columns: DataTableColumn<RateRow>[] = [
    { id: 'year', label: 'Year', kind: 'text', value: (r) => String(r.year), sortValue: (r) => r.year },
  ];
  for (const s of model.series) {
    columns.push({
      id: `${s.id}-rate`,
      label: `${s.label}: deaths per 1,000 personnel-years`,
      kind: 'number',
      value: (r) => {
        const rate = s.rates[r.index];
        return rate ? round(rateValue(rate)) : null;
      },
    });
    if (s.id === model.series[0]?.id) {
      columns.push(
        {
          id: `${s.id}-deaths`,
          label: `${s.label}: uniformed deaths`,
          kind: 'number',
          value: (r) => s.rates[r.index]?.deaths ?? null,
        },
        {
          id: `${s.id}-average`,
          label: `${s.label}: average deployed`,
          kind: 'number',
          value: (r) => {
            const a = s.rates[r.index]?.averagePersonnel;
            return a === null || a === undefined ? null : Math.round(a);
          },
        },
        {
          id: `${s.id}-months`,
          label: `${s.label}: months reported`,
          kind: 'number',
          value: (r) => s.rates[r.index]?.reportedMonths ?? null,
        },
        {
          id: `${s.id}-note`,
          label: `${s.label}: why no rate`,
          kind: 'text',
          value: (r) => {
            const rate = s.rates[r.index];
            return rate && rate.kind === 'no-rate' ? describeNoRate(rate) : '';
          },
        },
      );
    }
  }
  return { rows, columns };
}

function Rate({
  manifest,
  totals,
  fatalities,
  view,
  name,
  update,
}: FatalitiesChartProps & { totals: Totals; fatalities: Fatalities }) {
  const model = useMemo(
    () => rateModel(manifest, totals, fatalities, view.country, view.peers),
    [manifest, totals, fatalities, view.country, view.peers],
  );
  const table = useMemo(() => rateTable(model), [model]);
  const { panels, yMax } = useMemo(() => ratePanels(model), [model]);
  const unit = 'deaths per 1,000 personnel-years';
  const key = (
    <SeriesLegend
      label="Lines in every panel"
      items={[
        {
          id: WORLD_ID,
          label: `${panels[0]?.world.label ?? 'All UN uniformed personnel'}: the grey line in every panel`,
          color: panels[0]?.world.color ?? 'currentColor',
        },
      ]}
    />
  );
  const multiples = (size?: { width: number; height: number }) => (
    <SmallMultiples
      label={`Uniformed deaths per 1,000 personnel-years by year: one panel per country on one scale, all UN personnel in grey in each`}
      {...(size ? { width: size.width, panelHeight: exportPanelHeight(size, panels.length) } : {})}
      panels={panels.map((p) => ({
        id: p.id,
        title: (
          <>
            <span
              className="legend-swatch bh-multiple-key"
              style={{ background: p.color }}
              aria-hidden="true"
            />
            {p.label}
          </>
        ),
        render: (panelSize) => (
          <YearLineChart
            title={`${p.label}: uniformed deaths per 1,000 personnel-years, with all UN personnel`}
            description={describePanel(p, model.years, unit)}
            years={model.years}
            series={[p.country, p.world]}
            highlightedIds={[p.id]}
            yMax={yMax}
            endLabels="none"
            unit={unit}
            width={panelSize.width}
            height={panelSize.height}
          />
        ),
      }))}
    />
  );
  const options = useCountryOptions(manifest);
  const description = describeRate(model);
  const title = `Uniformed deaths per 1,000 personnel-years: ${name}, all UN personnel and large contributors`;
  return (
    <ChartUnit
      id="rate"
      title={title}
      subtitle="Per calendar year. A break in a line is a year without a rate; the table says why."
      description={description}
      source={rateSource(fatalities, manifest.version)}
      exportName={`fatality-rate-${view.country.toLowerCase()}`}
      exportChart={(size) => (
        <div>
          {key}
          {multiples(size)}
        </div>
      )}
      before={
        <div className="rate-section">
          <h2 id="rate-heading">How dangerous, once the number deployed is counted</h2>
          <p className="note">
            A year&rsquo;s rate is its uniformed deaths divided by the average number of the country&rsquo;s
            uniformed personnel deployed that year (over the months with a report), per 1,000. It counts
            uniformed deaths only, whichever personnel choice is made above, because civilian staff are not in
            the contribution reports. A year gets no rate when fewer than {RATE_RULES.minReportedMonths}{' '}
            months have a report (1990, 2014), when fewer than {RATE_RULES.minAveragePersonnel} personnel were
            deployed on average (one death would swing the ratio), or when the fatalities snapshot (
            {fatalities.snapshot}) does not cover the whole year. The line for all UN personnel counts deaths
            of every nationality; deaths in special political missions are in the numerators, their few
            uniformed staff mostly not in the denominators.
          </p>
          <CountryPicker
            mode="multi"
            label={`Compare with (empty: the ${AUTOMATIC_PEER_COUNT} largest contributors)`}
            options={options.filter((o) => o.id !== view.country)}
            value={view.peers}
            max={MAX_PEERS}
            onChange={(peers) => update({ peers })}
          />
          <p className="note" data-testid="rate-peers">
            {model.isPeersAutomatic
              ? `Compared with the ${model.peers.length} largest contributors over 1990–2025 by personnel-months: ${model.peers.map((p) => countryName(manifest, p)).join(', ')}.`
              : `Compared with the countries chosen: ${model.peers.map((p) => countryName(manifest, p)).join(', ')}.`}
          </p>
        </div>
      }
      chart={
        <>
          {key}
          {multiples()}
        </>
      }
      table={{
        caption: 'Uniformed deaths per 1,000 personnel-years, by year',
        columns: table.columns,
        rows: table.rows,
        rowKey: (r) => String(r.year),
      }}
    />
  );
}

/** A panel's picture in one sentence: the country's latest rate against all UN personnel's that year. */
function describePanel(p: RatePanel, years: readonly number[], unit: string): string {
  for (let i = years.length - 1; i >= 0; i--) {
    const v = p.country.values[i];
    if (v === null || v === undefined) continue;
    const w = p.world.values[i];
    const un = w === null || w === undefined ? 'no rate' : formatValue('number', w);
    return `${p.label}, ${years[i] ?? ''}: ${formatValue('number', v)} ${unit}; all UN personnel ${un}.`;
  }
  return `${p.label}: no year with a rate.`;
}

/** Panel height for an export `size`: the rows of panels, each with its heading, under the key. */
function exportPanelHeight(size: { width: number; height: number }, count: number): number {
  const { columns } = smallMultipleColumns(size.width, count);
  const rows = Math.ceil(count / columns);
  return Math.max(120, Math.floor((size.height - 32) / rows) - 32);
}
