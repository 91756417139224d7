// The women view's charts, declared once, in page order (see src/charts/chartRegistry.ts).
import { withCountryDataPrefetch } from '../../charts/countryDataPrefetch.ts';
import { stepHeight, type ViewCharts } from '../../charts/chartRegistry.ts';
import type { Manifest } from '../../data/schema.ts';
import type { IndexRange } from '../../charts/timeSeriesModel.ts';
import type { WomenView } from './womenView.ts';

/** What every section of the view gets from the page. */
export interface WomenChartProps {
  manifest: Manifest;
  view: WomenView;
  name: string;
  range: IndexRange;
  update: (patch: Partial<WomenView>) => void;
}

const MONTHLY = 'UN DPO monthly contribution reports, gender split from November 2009';

export const womenCharts: ViewCharts<WomenChartProps> = {
  view: 'women',
  // Each chart's data files are fetched before it is drawn (countryDataPrefetch.ts).
  charts: withCountryDataPrefetch([
    {
      id: 'women-share',
      label: 'Women by type, the country and all UN',
      units: 'share of women (%) or number of women, by personnel type',
      data: ['manifest', 'country cells', 'contributor totals'],
      source: MONTHLY,
      height: stepHeight(1388, 868, 928),
      load: () => import('./charts/ShareChart.tsx'),
    },
    {
      id: 'women-targets',
      label: 'Women against the gender-parity targets',
      units: 'share of women (%) with the 2018–2028 targets',
      data: ['manifest', 'country cells', 'contributor totals'],
      source: `${MONTHLY}; UN Uniformed Gender Parity Strategy 2018–2028`,
      height: stepHeight(2108, 1785, 1090),
      load: () => import('./charts/TargetsChart.tsx'),
    },
    {
      id: 'press-figure',
      label: 'Women deployed, military and police',
      units: 'women, by personnel type',
      data: ['manifest', 'country cells', 'contributor totals'],
      source: `${MONTHLY}; the press figure's article`,
      height: stepHeight(1466, 1036, 919),
      load: () => import('./charts/PressChart.tsx'),
    },
    {
      id: 'women-ranking',
      label: 'Contributors ranked by share of women',
      units: 'share of women (%), or distance to the 2028 targets (points)',
      data: ['manifest', 'contributor totals', 'year cross-section'],
      source: MONTHLY,
      height: stepHeight(1203, 861, 706),
      load: () => import('./charts/RankingChart.tsx'),
    },
  ]),
};
