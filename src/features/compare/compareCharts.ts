// The compare (per capita) view's charts, declared once, in page order (see src/charts/chartRegistry.ts).
import { stepHeight, type ViewCharts } from '../../charts/chartRegistry.ts';
import type { Manifest } from '../../data/schema.ts';
import type { CompareView } from './compareView.ts';

/** What every section of the view gets from the page. */
export interface CompareChartProps {
  manifest: Manifest;
  view: CompareView;
  update: (patch: Partial<CompareView>) => void;
}

const SOURCES = 'UN DPO monthly contribution reports; World Bank population (SP.POP.TOTL)';

export const compareCharts: ViewCharts<CompareChartProps> = {
  view: 'compare',
  charts: [
    {
      id: 'per-capita-ranking',
      label: 'Contributors per million people',
      units: 'uniformed personnel per million people',
      data: ['manifest', 'population', 'year cross-section'],
      source: SOURCES,
      height: stepHeight(1374, 930, 867),
      load: () => import('./charts/RankingChart.tsx'),
    },
    {
      id: 'scatter',
      label: 'Population and personnel',
      units: 'population and uniformed personnel (log scales)',
      data: ['manifest', 'population', 'year cross-section'],
      source: SOURCES,
      height: stepHeight(877, 830, 743),
      load: () => import('./charts/ScatterChart.tsx'),
    },
    {
      id: 'map',
      label: 'Per capita around the world',
      units: 'uniformed personnel per million people, in classes',
      data: ['manifest', 'population', 'year cross-section'],
      source: `${SOURCES}; Natural Earth 1:110m`,
      height: stepHeight(988, 737, 839),
      load: () => import('./charts/MapChart.tsx'),
    },
    {
      id: 'per-capita-time',
      label: 'Per capita over time',
      units: 'uniformed personnel per million people, monthly',
      data: ['manifest', 'population', 'contributor totals'],
      source: SOURCES,
      height: stepHeight(1044, 836, 816),
      load: () => import('./charts/PerCapitaTimeChart.tsx'),
    },
    {
      id: 'bhutan-profile',
      label: 'First country chosen, since it began contributing',
      units: 'personnel and number of operations, monthly',
      data: ['manifest', 'country cells'],
      source: 'UN DPO monthly contribution reports',
      height: stepHeight(1244, 861, 789),
      load: () => import('./charts/BhutanProfileChart.tsx'),
    },
  ],
};
