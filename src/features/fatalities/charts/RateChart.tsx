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
import { AUTOMATIC_PEER_COUNT, rateLineColor, rateModel, WORLD_ID, type RateModel } from '../rateModel.ts';
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
  const series = useMemo(
    () =>
      model.series.map((s) => ({
        id: s.id,
        label: s.label,
        values: s.rates.map(rateValue),
        // Each country in its own colour, all UN in the totals grey (rateLineColor).
        color: rateLineColor(
          s.id,
          model.series.map((x) => x.id),
        ),
      })),
    [model],
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
        <YearLineChart
          title={title}
          description={description}
          years={model.years}
          series={series}
          highlightedIds={[view.country, WORLD_ID]}
          yAxisTitle="Deaths per 1,000 personnel-years"
          unit="deaths per 1,000 personnel-years"
          width={size.width}
          height={size.height}
        />
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
        <YearLineChart
          title={title}
          description={description}
          years={model.years}
          series={series}
          highlightedIds={[view.country, WORLD_ID]}
          yAxisTitle="Deaths per 1,000 personnel-years"
          unit="deaths per 1,000 personnel-years"
        />
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
