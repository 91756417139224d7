// Golden pictures of the fatalities view's year charts.
import { YearBarChart } from '../../../src/features/fatalities/YearBarChart.tsx';
import { YearLineChart } from '../../../src/features/fatalities/YearLineChart.tsx';
import type { Golden } from './golden.ts';

const years = [2015, 2016, 2017, 2018, 2019, 2020];

export const fatalitiesGoldens: Golden[] = [
  {
    name: 'year-bar-chart',
    about: 'stacked yearly bars',
    render: () => (
      <YearBarChart
        title="Deaths per year"
        description="Test description."
        years={years}
        series={[
          { id: 'malicious', label: 'Malicious Act', color: '#D55E00', values: [1, 0, 4, 2, 0, 1] },
          { id: 'illness', label: 'Illness', color: '#0072B2', values: [2, 1, 0, 3, 0, 1] },
        ]}
        yAxisTitle="Deaths"
        width={420}
        height={260}
      />
    ),
  },
  {
    name: 'year-line-chart',
    about: 'yearly rate lines with a break, dots and end labels',
    render: () => (
      <YearLineChart
        title="Deaths per 1,000 personnel-years"
        description="Test description."
        years={years}
        series={[
          { id: 'BGD', label: 'Bangladesh', values: [0.8, 1.1, null, 0.6, 0.9, 0.4] },
          { id: 'WORLD', label: 'All UN personnel', values: [1.2, 1.0, 1.4, 1.1, 0.9, 0.8] },
        ]}
        highlightedIds={['BGD']}
        yAxisTitle="Deaths per 1,000 personnel-years"
        width={420}
        height={260}
      />
    ),
  },
];
