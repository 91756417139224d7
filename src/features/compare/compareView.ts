import { countryListParam, intParam, monthParam, rangeParam, type MonthRange } from '../../state/params.ts';
import type { ViewSpec } from '../../state/viewState.ts';
import { DEFAULT_MIN } from '../../data/selectors/perCapitaRanking.ts';

export interface CompareView {
  /** Countries highlighted in the ranking, scatter and map, and drawn over time. */
  countries: string[];
  /** The month ('YYYY-MM') of the ranking, the scatter and the map. */
  month: string;
  /** Smallest deployment (personnel that month) a country needs to be ranked. */
  min: number;
  /** Months shown in the per-capita time chart. */
  range: MonthRange;
}

export const MAX_COMPARED = 8;
export { DEFAULT_MIN };

export const compareSpec: ViewSpec<CompareView> = {
  countries: { codec: countryListParam(MAX_COMPARED), fallback: () => ['BTN', 'BGD'], label: 'country list' },
  month: {
    codec: monthParam(),
    fallback: (context) => context.months[context.months.length - 1] ?? '',
    label: 'month',
  },
  min: {
    codec: intParam(0, 100_000, 'the minimum number of personnel'),
    fallback: () => DEFAULT_MIN,
    label: 'minimum size',
  },
  range: {
    codec: rangeParam(),
    fallback: (context) => ({
      from: context.months[0] ?? '',
      to: context.months[context.months.length - 1] ?? '',
    }),
    label: 'time range',
  },
};
