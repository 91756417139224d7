// The fatalities view's charts, declared once, in page order (see src/charts/chartRegistry.ts).
import { stepHeight, type ViewCharts } from '../../charts/chartRegistry.ts';
import type { Manifest } from '../../data/schema.ts';
import type { FatalitiesView } from './fatalitiesView.ts';

/** What every section of the view gets from the page. */
export interface FatalitiesChartProps {
  manifest: Manifest;
  view: FatalitiesView;
  name: string;
  update: (patch: Partial<FatalitiesView>) => void;
}

const FATALITIES = 'UN DPO fatalities dataset (one row per death, since 1948)';

export const fatalitiesCharts: ViewCharts<FatalitiesChartProps> = {
  view: 'fatalities',
  charts: [
    {
      id: 'by-year',
      label: 'Fatalities per year, by type of incident',
      units: 'deaths per year',
      data: ['manifest', 'fatalities'],
      source: FATALITIES,
      height: stepHeight(824, 708, 712),
      load: () => import('./charts/ByYearChart.tsx'),
    },
    {
      id: 'by-mission',
      label: 'Fatalities by mission',
      units: 'deaths',
      data: ['manifest', 'fatalities'],
      source: FATALITIES,
      height: stepHeight(1146, 955, 989),
      layout: 'half',
      load: () => import('./charts/ByMissionChart.tsx'),
    },
    {
      id: 'by-type',
      label: 'Fatalities by personnel type',
      units: 'deaths',
      data: ['manifest', 'fatalities'],
      source: FATALITIES,
      height: stepHeight(556, 356, 754),
      layout: 'half',
      load: () => import('./charts/ByPersonnelTypeChart.tsx'),
    },
    {
      id: 'cumulative',
      label: 'Cumulative fatalities',
      units: 'deaths, running total',
      data: ['manifest', 'fatalities'],
      source: FATALITIES,
      height: stepHeight(773, 703, 683),
      load: () => import('./charts/CumulativeChart.tsx'),
    },
    {
      id: 'rate',
      label: 'Uniformed deaths per 1,000 personnel-years',
      units: 'deaths per 1,000 personnel-years',
      data: ['manifest', 'fatalities', 'contributor totals'],
      source: `${FATALITIES}; UN DPO monthly contribution reports`,
      height: stepHeight(1943, 1142, 1205),
      load: () => import('./charts/RateChart.tsx'),
    },
    {
      id: 'rate-summary',
      label: 'Deaths per 1,000 personnel-years, over all years',
      units: 'deaths per 1,000 personnel-years',
      data: ['manifest', 'fatalities', 'contributor totals'],
      source: `${FATALITIES}; UN DPO monthly contribution reports`,
      height: stepHeight(758, 492, 396),
      load: () => import('./charts/RateSummaryChart.tsx'),
    },
  ],
};
