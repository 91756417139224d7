// The chosen month's per-capita model, which the ranking, the scatter and the map share.
import { useMemo, type ReactNode } from 'react';
import { usePopulation, useYearCrossSection } from '../../../data/queries.ts';
import type { Population } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { monthIndex, monthLabel } from '../../../data/selectors/months.ts';
import { monthPerCapita, type MonthPerCapita } from '../../../data/selectors/perCapitaRanking.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import type { RankedCountry } from '../../../data/selectors/perCapitaRanking.ts';
import { round1 } from '../compareText.ts';
import type { CompareChartProps } from '../compareCharts.ts';

export function MonthData({
  props,
  children,
}: {
  props: CompareChartProps;
  children: (model: MonthPerCapita, population: Population) => ReactNode;
}) {
  const { manifest, view } = props;
  const population = usePopulation();
  const year = Number(view.month.slice(0, 4));
  const section = useYearCrossSection(Number.isFinite(year) ? year : null);
  const month = monthIndex(manifest.months, view.month);
  return (
    <Loaded query={population} what="population data">
      {(p) => (
        <Loaded query={section} what={`contributions in ${year}`}>
          {(s) => (
            <Model props={props} population={p} month={month} section={s}>
              {children}
            </Model>
          )}
        </Loaded>
      )}
    </Loaded>
  );
}

function Model({
  props,
  population,
  section,
  month,
  children,
}: {
  props: CompareChartProps;
  population: Population;
  section: Parameters<typeof monthPerCapita>[1];
  /** null: the month is outside the data, which the model says in words. */
  month: number | null;
  children: (model: MonthPerCapita, population: Population) => ReactNode;
}) {
  const { manifest, view } = props;
  const model = useMemo(
    () => monthPerCapita(manifest, section, population, month, view.min),
    [manifest, section, population, month, view.min],
  );
  if (model.gapReason) {
    const monthText = monthLabel(model.month || `${view.month}-01`);
    return (
      <p className="notice" role="status">
        No contribution report for {monthText}: {model.gapReason} Choose another month.
      </p>
    );
  }
  return <>{children(model, population)}</>;
}

export function rankingColumns(): DataTableColumn<RankedCountry>[] {
  return [
    { id: 'rank', label: 'Rank', kind: 'number', value: (r) => r.rank },
    { id: 'country', label: 'Country', kind: 'text', value: (r) => r.name },
    { id: 'personnel', label: 'Personnel', kind: 'number', value: (r) => r.personnel },
    { id: 'population', label: 'Population', kind: 'number', value: (r) => r.population },
    {
      id: 'perMillion',
      label: 'Personnel per million people',
      kind: 'number',
      value: (r) => round1(r.perMillion),
    },
  ];
}
