// The missions view's charts, declared once, in page order (see src/charts/chartRegistry.ts).
import { stepHeight, type ViewCharts } from '../../charts/chartRegistry.ts';
import type { Manifest } from '../../data/schema.ts';
import type { MissionCells } from '../../data/selectors/missionContributors.ts';
import type { IndexRange } from '../../charts/timeSeriesModel.ts';

/** What every section of the view gets from the page: the mission's cells are loaded once, by the page. */
export interface MissionsChartProps {
  manifest: Manifest;
  mission: string;
  cells: MissionCells;
  /** The month shown (index into manifest.months), already resolved against the mission's months. */
  month: number;
  /** The mission's months in the dataset. */
  range: IndexRange;
}

const MONTHLY = 'UN DPO monthly contribution reports, personnel by mission';

export const missionsCharts: ViewCharts<MissionsChartProps> = {
  view: 'missions',
  charts: [
    {
      id: 'contributors',
      label: 'Contributors in a month',
      units: 'uniformed personnel at month end, by country',
      data: ['manifest', 'mission cells'],
      source: MONTHLY,
      height: stepHeight(752, 570, 549),
      load: () => import('./charts/ContributorsChart.tsx'),
    },
    {
      id: 'strength',
      label: 'Strength by personnel type',
      units: 'uniformed personnel at month end, stacked by type',
      data: ['manifest', 'mission cells', 'contributor totals'],
      source: MONTHLY,
      height: stepHeight(731, 682, 662),
      load: () => import('./charts/StrengthChart.tsx'),
    },
    {
      id: 'largest-over-time',
      label: 'Largest contributors over time',
      units: 'uniformed personnel at month end, ten largest and the rest',
      data: ['manifest', 'mission cells'],
      source: MONTHLY,
      height: stepHeight(773, 679, 683),
      load: () => import('./charts/LargestOverTimeChart.tsx'),
    },
    {
      id: 'women-share',
      label: 'Women’s share against all UN personnel',
      units: 'women as % of uniformed personnel',
      data: ['manifest', 'mission cells', 'contributor totals'],
      source: MONTHLY,
      height: stepHeight(707, 658, 662),
      load: () => import('./charts/WomenShareChart.tsx'),
    },
    {
      id: 'fatalities',
      label: 'Uniformed fatalities by nationality',
      units: 'deaths',
      data: ['manifest', 'fatalities'],
      source: 'UN DPO fatalities dataset (one row per death, since 1948)',
      height: stepHeight(845, 663, 597),
      load: () => import('./charts/FatalitiesChart.tsx'),
    },
  ],
};
