// Cumulative fatalities, month by month.
import { useMemo } from 'react';
import { useFatalities } from '../../../data/queries.ts';
import type { Fatalities } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { LineChart } from '../../../charts/LineChart.tsx';
import { timeSeriesTable } from '../../../charts/timeSeriesTable.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { SCOPE_LABEL } from '../fatalitiesModel.ts';
import { cumulativeModel } from '../breakdownModels.ts';
import { describeCumulative, fatalitySource, SCOPE_SHORT } from '../fatalitiesText.ts';
import type { FatalitiesChartProps } from '../fatalitiesCharts.ts';

export default function CumulativeChart(props: FatalitiesChartProps) {
  const fatalities = useFatalities();
  return (
    <Loaded query={fatalities} what="fatalities data">
      {(f) => <Cumulative {...props} fatalities={f} />}
    </Loaded>
  );
}

function Cumulative({ manifest, fatalities, view, name }: FatalitiesChartProps & { fatalities: Fatalities }) {
  const { country, personnel } = view;
  const cumulative = useMemo(
    () => cumulativeModel(fatalities, country, personnel),
    [fatalities, country, personnel],
  );
  const series = useMemo(
    () => [
      {
        id: 'cumulative',
        label: `${name}, ${personnel === 'uniformed' ? 'uniformed' : 'all personnel'}`,
        values: cumulative.values,
      },
    ],
    [cumulative, name, personnel],
  );
  const table = useMemo(() => {
    const range = { from: 0, to: Math.max(0, cumulative.months.length - 1) };
    return timeSeriesTable(cumulative.months, series, range);
  }, [cumulative, series]);
  const description = describeCumulative(cumulative, `${name}'s ${SCOPE_LABEL[personnel]}`);
  const title = `${name}: cumulative fatalities`;
  return (
    <ChartUnit
      id="cumulative"
      title={title}
      subtitle={`${SCOPE_SHORT[personnel]}. Running total at the end of each month, to the latest record in the file.`}
      description={description}
      source={fatalitySource(fatalities, manifest.version)}
      exportName={`fatalities-cumulative-${country.toLowerCase()}-${personnel}`}
      exportChart={(size) => (
        <LineChart
          title={title}
          description={description}
          months={cumulative.months}
          series={series}
          yAxisTitle="Deaths, cumulative"
          width={size.width}
          height={size.height}
        />
      )}
      chart={
        <LineChart
          title={title}
          description={description}
          months={cumulative.months}
          series={series}
          yAxisTitle="Deaths, cumulative"
        />
      }
      table={{
        caption: `${name}: cumulative fatalities at the end of each month`,
        columns: table.columns,
        rows: table.rows,
        rowKey: (r) => r.month,
        initialSort: { columnId: 'month', direction: 'descending' },
      }}
    />
  );
}
