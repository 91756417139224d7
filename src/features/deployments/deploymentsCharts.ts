// The deployments view's charts, declared once, in page order (see src/charts/chartRegistry.ts).
import { withCountryDataPrefetch } from '../../charts/countryDataPrefetch.ts';
import { stepHeight, type ViewCharts } from '../../charts/chartRegistry.ts';
import type { Manifest } from '../../data/schema.ts';
import type { IndexRange } from '../../charts/timeSeriesModel.ts';
import type { DeploymentsView } from './deploymentsView.ts';

/** What every section of the view gets from the page. */
export interface DeploymentsChartProps {
  manifest: Manifest;
  view: DeploymentsView;
  name: string;
  range: IndexRange;
  update: (patch: Partial<DeploymentsView>) => void;
  options: { id: string; name: string }[];
}

const MONTHLY = 'UN DPO monthly contribution reports (IPI Peacekeeping Database before 2015)';

export const deploymentsCharts: ViewCharts<DeploymentsChartProps> = {
  view: 'deployments',
  // Each chart's data files are fetched before it is drawn (countryDataPrefetch.ts).
  charts: withCountryDataPrefetch([
    {
      id: 'by-type',
      label: 'Uniformed personnel by type',
      units: 'personnel at month end, stacked by type',
      data: ['manifest', 'country cells', 'contributor totals'],
      source: MONTHLY,
      height: stepHeight(842, 696, 770),
      load: () => import('./charts/ByTypeChart.tsx'),
    },
    {
      id: 'by-mission',
      label: 'Where they served, by mission',
      units: 'personnel per mission at month end',
      data: ['manifest', 'country cells'],
      source: `${MONTHLY}; UN lists of missions`,
      height: stepHeight(3695, 1995, 1240),
      load: () => import('./charts/MissionChart.tsx'),
    },
    {
      id: 'serves',
      label: 'Where the country serves, in a month',
      units: 'uniformed personnel per mission at month end',
      data: ['manifest', 'country cells'],
      source: `${MONTHLY}; UN lists of missions`,
      height: stepHeight(1123, 684, 659),
      load: () => import('./charts/ServesChart.tsx'),
    },
    {
      id: 'serves-map',
      label: 'Where the country serves, on the map',
      units: 'uniformed personnel per mission at month end (circle area)',
      data: ['manifest', 'country cells'],
      source: `${MONTHLY}; Natural Earth 1:110m land shapes`,
      height: stepHeight(650, 620, 760),
      load: () => import('./charts/ServesMapChart.tsx'),
    },
    {
      id: 'rank',
      label: 'Rank among contributors',
      units: 'rank by uniformed personnel (1 = largest)',
      data: ['manifest', 'country cells', 'contributor totals'],
      source: MONTHLY,
      height: stepHeight(2623, 1895, 1526),
      load: () => import('./charts/RankChart.tsx'),
    },
    {
      id: 'top',
      label: 'Largest contributors in a month',
      units: 'uniformed personnel and share of all UN',
      data: ['manifest', 'contributor totals'],
      source: MONTHLY,
      height: stepHeight(897, 670, 625),
      load: () => import('./charts/TopChart.tsx'),
    },
    {
      id: 'compare',
      label: 'Compare countries',
      units: 'uniformed personnel, or share of all UN (%)',
      data: ['manifest', 'contributor totals'],
      source: MONTHLY,
      height: stepHeight(1235, 1001, 904),
      load: () => import('./charts/CompareChart.tsx'),
    },
  ]),
};
