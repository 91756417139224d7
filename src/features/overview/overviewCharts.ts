// The overview's charts, declared once, in page order (see src/charts/chartRegistry.ts).
import { stepHeight, type ViewCharts } from '../../charts/chartRegistry.ts';
import type { Manifest } from '../../data/schema.ts';
import type { OverviewView } from './overviewView.ts';

/** What every section of the view gets from the page. */
export interface OverviewChartProps {
  manifest: Manifest;
  view: OverviewView;
  name: string;
}

const MONTHLY = 'UN DPO monthly contribution reports (IPI Peacekeeping Database before 2015)';

export const overviewCharts: ViewCharts<OverviewChartProps> = {
  view: 'overview',
  charts: [
    {
      id: 'country-trend',
      label: 'The country’s uniformed personnel, 1990 to today',
      units: 'uniformed personnel at month end',
      data: ['manifest', 'country cells'],
      source: MONTHLY,
      height: stepHeight(710, 661, 641),
      load: () => import('./charts/CountryTrendChart.tsx'),
    },
    {
      id: 'country-rank',
      label: 'The country’s rank among contributors',
      units: 'rank by uniformed personnel (1 = largest)',
      data: ['manifest', 'contributor totals'],
      source: MONTHLY,
      height: stepHeight(710, 661, 662),
      load: () => import('./charts/CountryRankChart.tsx'),
    },
    {
      id: 'country-serves',
      label: 'Where the country serves now',
      units: 'uniformed personnel per mission at month end, by type, with women',
      data: ['manifest', 'country cells'],
      source: `${MONTHLY}; UN lists of missions`,
      height: stepHeight(1088, 629, 604),
      load: () => import('./charts/CountryServesChart.tsx'),
    },
    {
      id: 'world-total',
      label: 'All UN uniformed personnel, 1990 to today',
      units: 'uniformed personnel at month end',
      data: ['manifest', 'contributor totals'],
      source: MONTHLY,
      height: stepHeight(689, 679, 683),
      load: () => import('./charts/WorldTotalChart.tsx'),
    },
    {
      id: 'largest',
      label: 'Largest contributors in the latest month',
      units: 'uniformed personnel and share of all UN',
      data: ['manifest', 'contributor totals'],
      source: MONTHLY,
      height: stepHeight(767, 570, 570),
      load: () => import('./charts/LargestChart.tsx'),
    },
  ],
};
