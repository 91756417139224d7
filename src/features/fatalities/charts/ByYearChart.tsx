// Fatalities per year, stacked by type of incident.
import { useMemo } from 'react';
import { useFatalities } from '../../../data/queries.ts';
import type { Fatalities } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { byYearModel, SCOPE_LABEL } from '../fatalitiesModel.ts';
import { describeByYear, fatalitySource, SCOPE_SHORT } from '../fatalitiesText.ts';
import { YearBarChart } from '../YearBarChart.tsx';
import type { FatalitiesChartProps } from '../fatalitiesCharts.ts';

export default function ByYearChart(props: FatalitiesChartProps) {
  const fatalities = useFatalities();
  return (
    <Loaded query={fatalities} what="fatalities data">
      {(f) => <ByYear {...props} fatalities={f} />}
    </Loaded>
  );
}

function ByYear({ manifest, fatalities, view, name }: FatalitiesChartProps & { fatalities: Fatalities }) {
  const { country, personnel } = view;
  const who = `${name}'s ${SCOPE_LABEL[personnel]}`;
  const source = fatalitySource(fatalities, manifest.version);
  const byYear = useMemo(() => byYearModel(fatalities, country, personnel), [fatalities, country, personnel]);
  const table = useMemo(() => {
    type Row = { index: number; year: number };
    const rows: Row[] = byYear.years.map((year, index) => ({ index, year }));
    const columns: DataTableColumn<Row>[] = [
      { id: 'year', label: 'Year', kind: 'text', value: (r) => String(r.year), sortValue: (r) => r.year },
      ...byYear.series.map((s): DataTableColumn<Row> => ({
        id: s.id,
        label: s.label,
        kind: 'number',
        value: (r) => s.values[r.index] ?? 0,
      })),
      { id: 'total', label: 'Total', kind: 'number', value: (r) => byYear.totals[r.index] ?? 0 },
    ];
    return { rows, columns };
  }, [byYear]);
  const description = describeByYear(byYear, who);
  const title = `${name}: fatalities per year, by type of incident`;
  return (
    <ChartUnit
      id="by-year"
      title={title}
      subtitle={`${SCOPE_SHORT[personnel]}. Years with no bar had no recorded death.`}
      description={description}
      source={source}
      exportName={`fatalities-by-year-${country.toLowerCase()}-${personnel}`}
      exportChart={(size) => (
        <YearBarChart
          title={title}
          description={description}
          years={byYear.years}
          series={byYear.series}
          yAxisTitle="Deaths"
          width={size.width}
          height={size.height}
        />
      )}
      legend={byYear.series.map((s) => ({ id: s.id, label: s.label, color: s.color }))}
      chart={
        <>
          <ul className="legend" aria-label="Legend">
            {byYear.series.map((item) => (
              <li key={item.id}>
                <span className="legend-swatch" style={{ background: item.color }} aria-hidden="true" />
                {item.label}
              </li>
            ))}
          </ul>
          <YearBarChart
            title={title}
            description={description}
            years={byYear.years}
            series={byYear.series}
            yAxisTitle="Deaths"
          />
        </>
      }
      table={{
        caption: `${name}: fatalities per year by type of incident (${SCOPE_SHORT[personnel].toLowerCase()})`,
        columns: table.columns,
        rows: table.rows,
        rowKey: (r) => String(r.year),
      }}
    />
  );
}
