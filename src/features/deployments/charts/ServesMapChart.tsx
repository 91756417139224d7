// The registry's entry for this chart: a thin module that loads the section as its own chunk, so the
// view's registry (on the first load) names one file here rather than every module the section uses.
import { lazy } from 'react';
import type { DeploymentsChartProps } from '../deploymentsCharts.ts';

const Section = lazy(() => import('./ServesMapSection.tsx'));

export default function ServesMapChart(props: DeploymentsChartProps) {
  return <Section {...props} />;
}
