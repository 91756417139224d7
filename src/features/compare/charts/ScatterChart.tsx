// Population and personnel of every contributor in the chosen month, on log–log axes.
import { useMemo } from 'react';
import { monthLabel } from '../../../data/selectors/months.ts';
import { populationYearText, type MonthPerCapita } from '../../../data/selectors/perCapitaRanking.ts';
import { ScatterLogLog } from '../../../charts/ScatterLogLog.tsx';
import { describeScatter, PERSONNEL_SOURCE, POPULATION_SOURCE } from '../compareText.ts';
import { MonthData, rankingColumns } from './MonthData.tsx';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import type { CompareChartProps } from '../compareCharts.ts';
import { formatNumber } from '../../../ui/format.ts';

const RATIO_LINES = [
  { ratio: 1e-6, label: '1 per million' },
  { ratio: 1e-5, label: '10 per million' },
  { ratio: 1e-4, label: '100 per million' },
  { ratio: 1e-3, label: '1,000 per million' },
];

export default function ScatterChart(props: CompareChartProps) {
  return <MonthData props={props}>{(model) => <Scatter {...props} model={model} />}</MonthData>;
}

function Scatter({ manifest, view, model }: CompareChartProps & { model: MonthPerCapita }) {
  const monthText = monthLabel(model.month || `${view.month}-01`);
  const popText = populationYearText(model.populationYear);
  const source = `Sources: personnel — ${PERSONNEL_SOURCE}, ${monthText}; population — ${POPULATION_SOURCE}, ${popText}. Blue Helmets dataset ${manifest.version}.`;
  const columns = useMemo(() => rankingColumns(), []);
  const scatterPoints = useMemo(
    () => model.ranked.map((r) => ({ id: r.iso3, label: r.name, x: r.population, y: r.personnel })),
    [model],
  );
  const scatterDescription = describeScatter(model, view.countries);

  const title = `Population and personnel, ${monthText}`;
  return (
    <ChartUnit
      id="scatter"
      title={title}
      subtitle={`Logarithmic axes; each dot a contributor with at least ${formatNumber(view.min)} personnel. Dots above a diagonal send more per million people.`}
      description={scatterDescription}
      source={source}
      exportName={`population-personnel-${view.month}`}
      exportChart={(size) => (
        <ScatterLogLog
          title={title}
          description={scatterDescription}
          points={scatterPoints}
          highlightedIds={view.countries}
          ratioLines={RATIO_LINES}
          xAxisTitle="Population"
          yAxisTitle="Personnel"
          width={size.width}
          height={size.height}
        />
      )}
      chart={
        <ScatterLogLog
          title={title}
          description={scatterDescription}
          points={scatterPoints}
          highlightedIds={view.countries}
          ratioLines={RATIO_LINES}
          xAxisTitle="Population"
          yAxisTitle="Personnel"
        />
      }
      table={{
        caption: title,
        columns,
        rows: model.ranked,
        rowKey: (r) => r.iso3,
        initialSort: { columnId: 'population', direction: 'descending' },
      }}
    />
  );
}
