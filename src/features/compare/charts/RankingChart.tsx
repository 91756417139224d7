// Uniformed personnel per million people: the ranking of the chosen month.
import { useMemo } from 'react';
import { listJoin } from '../../../ui/listJoin.ts';
import { monthLabel } from '../../../data/selectors/months.ts';
import { RankingBarChart } from '../../../charts/RankingBarChart.tsx';
import {
  populationYearText,
  SMALL_POPULATION,
  smallPopulationLeaders,
  type MonthPerCapita,
  type RankedCountry,
} from '../../../data/selectors/perCapitaRanking.ts';
import { DEFAULT_MIN } from '../compareView.ts';
import { describeRanking, PERSONNEL_SOURCE, POPULATION_SOURCE } from '../compareText.ts';
import { MonthData, rankingColumns } from './MonthData.tsx';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import type { CompareChartProps } from '../compareCharts.ts';
import { formatNumber } from '../../../ui/format.ts';

export default function RankingChart(props: CompareChartProps) {
  return <MonthData props={props}>{(model) => <Ranking {...props} model={model} />}</MonthData>;
}

function Ranking({ manifest, view, model }: CompareChartProps & { model: MonthPerCapita }) {
  const monthText = monthLabel(model.month || `${view.month}-01`);
  const popText = populationYearText(model.populationYear);
  const source = `Sources: personnel — ${PERSONNEL_SOURCE}, ${monthText}; population — ${POPULATION_SOURCE}, ${popText}. Blue Helmets dataset ${manifest.version}.`;
  const columns = useMemo(() => rankingColumns(), []);
  const items = useMemo(
    () => model.ranked.map((r) => ({ id: r.iso3, label: r.name, value: r.perMillion })),
    [model],
  );
  const small = smallPopulationLeaders(model);
  const rankingDescription = describeRanking(model, view.countries);
  const title = `Uniformed personnel per million people, ${monthText}`;

  return (
    <ChartUnit
      id="per-capita-ranking"
      title={title}
      subtitle={`Contributors with at least ${formatNumber(view.min)} personnel; population of ${popText}. The top 20 are drawn, with the countries you compare; the table ranks all ${model.ranked.length}.`}
      description={rankingDescription}
      source={source}
      exportName={`per-capita-ranking-${view.month}`}
      exportChart={(size) => (
        <RankingBarChart
          title={title}
          description={rankingDescription}
          items={items}
          topN={20}
          highlightedIds={view.countries}
          valueFormat="perMillion"
          width={size.width}
        />
      )}
      chart={
        <>
          <RankingBarChart
            title={title}
            description={rankingDescription}
            items={items}
            topN={20}
            highlightedIds={view.countries}
            valueFormat="perMillion"
          />
          <RankingCaveat model={model} small={small} isDefaultMin={view.min === DEFAULT_MIN} />
        </>
      }
      table={{
        caption: `Personnel per million people, ${monthText} (population ${popText})`,
        columns,
        rows: model.ranked,
        rowKey: (r) => r.iso3,
      }}
    />
  );
}

function RankingCaveat({
  model,
  small,
  isDefaultMin,
}: {
  model: MonthPerCapita;
  small: RankedCountry[];
  isDefaultMin: boolean;
}) {
  return (
    <p className="note" data-testid="ranking-caveat">
      Per-capita ratios of small countries move a lot with a handful of people.
      {small.length > 0
        ? ` In the top 20, ${listJoin(small.map((s) => `${s.name} (${(s.population / 1e6).toFixed(2)} million people)`))} ${small.length === 1 ? 'has' : 'have'} fewer than ${(SMALL_POPULATION / 1e6).toFixed(0)} million inhabitants.`
        : ''}{' '}
      {model.belowMinimum.length > 0
        ? `${model.belowMinimum.length} contributors with fewer than ${formatNumber(model.min)} personnel are left out${isDefaultMin ? ' (the default minimum; change it above)' : ''}.`
        : ''}
      {model.noPopulation.length > 0
        ? ` No World Bank population, so not ranked: ${listJoin(model.noPopulation.map((n) => n.name))}.`
        : ''}
    </p>
  );
}
