import {
  countryListParam,
  countryParam,
  enumParam,
  monthParam,
  rangeParam,
  type MonthRange,
} from '../../state/params.ts';
import type { ViewSpec } from '../../state/viewState.ts';

export const SCALES = ['linear', 'log'] as const;
export const METRICS = ['count', 'share'] as const;
export const MISSION_SETS = ['top', 'all'] as const;
export const PANEL_SCALES = ['shared', 'own'] as const;

/** How many missions the "top" set shows before "all". */
export const TOP_MISSIONS = 12;
export const MAX_COMPARED = 6;

export interface DeploymentsView {
  /** The country the page is about. */
  country: string;
  /** Countries in the comparison chart (≤ 6). */
  countries: string[];
  /** Months shown in every time chart. */
  range: MonthRange;
  /** Comparison chart: value axis. */
  scale: (typeof SCALES)[number];
  /** Comparison chart: personnel, or share of all UN uniformed personnel. */
  metric: (typeof METRICS)[number];
  /** The month of the top-contributors ranking. */
  month: string;
  /** Mission panels: the largest few, or every mission. */
  missions: (typeof MISSION_SETS)[number];
  /** Mission panels: one y scale for all (comparable heights), or each its own (shape of small ones). */
  mscale: (typeof PANEL_SCALES)[number];
}

export const DEFAULT_COMPARED = ['BGD', 'IND', 'NPL', 'PAK', 'RWA'];

export const deploymentsSpec: ViewSpec<DeploymentsView> = {
  country: { codec: countryParam(), fallback: () => 'BGD', label: 'country' },
  countries: {
    codec: countryListParam(MAX_COMPARED),
    fallback: (c) => DEFAULT_COMPARED.filter((iso) => c.countries.has(iso)),
    label: 'countries to compare',
  },
  range: {
    codec: rangeParam(),
    fallback: (c) => ({ from: c.months[0] ?? '', to: c.months[c.months.length - 1] ?? '' }),
    label: 'time range',
  },
  scale: { codec: enumParam(SCALES, 'scale'), fallback: () => 'linear', label: 'scale' },
  metric: { codec: enumParam(METRICS, 'measure'), fallback: () => 'count', label: 'measure' },
  month: {
    codec: monthParam(),
    fallback: (c) => c.months[c.months.length - 1] ?? '',
    label: 'month of the ranking',
  },
  missions: {
    codec: enumParam(MISSION_SETS, 'set of missions'),
    fallback: () => 'top',
    label: 'set of missions',
  },
  mscale: {
    codec: enumParam(PANEL_SCALES, 'panel scale'),
    fallback: () => 'shared',
    label: 'mission panel scale',
  },
};
