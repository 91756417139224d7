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
  /** The month of "where the country serves": its personnel by mission that month ('YYYY-MM'). */
  serving: string;
  /** Mission panels: the largest few, or every mission. */
  missions: (typeof MISSION_SETS)[number];
  /** Mission panels: one y scale for all (comparable heights), or each its own (shape of small ones). */
  mscale: (typeof PANEL_SCALES)[number];
}

/**
 * The default time range: from the January before the country's first month with personnel (so the
 * start is seen starting) to the latest month — Bhutan's charts open on 2013, not on 25 empty years.
 * The reader can still widen it; with no known first month, every month.
 */
export function defaultRange(months: readonly string[], firstMonth: string | undefined): MonthRange {
  const last = months[months.length - 1] ?? '';
  const first = months[0] ?? '';
  if (!firstMonth) return { from: first, to: last };
  const [year, month] = firstMonth.split('-').map(Number);
  if (!year || !month) return { from: first, to: last };
  const start = `${month === 1 ? year - 1 : year}-01`;
  const from = months.find((m) => m >= start) ?? first;
  return { from: from < first ? first : from, to: last };
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
    fallback: (c, v) =>
      defaultRange(c.months, c.firstMonths?.get(typeof v?.country === 'string' ? v.country : '')),
    label: 'time range',
  },
  scale: { codec: enumParam(SCALES, 'scale'), fallback: () => 'linear', label: 'scale' },
  metric: { codec: enumParam(METRICS, 'measure'), fallback: () => 'count', label: 'measure' },
  month: {
    codec: monthParam(),
    fallback: (c) => c.months[c.months.length - 1] ?? '',
    label: 'month of the ranking',
  },
  serving: {
    codec: monthParam(),
    fallback: (c) => c.months[c.months.length - 1] ?? '',
    label: 'month of where the country serves',
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
