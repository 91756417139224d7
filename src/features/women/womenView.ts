import {
  countryParam,
  enumParam,
  intParam,
  monthParam,
  rangeParam,
  type MonthRange,
  type ParamCodec,
} from '../../state/params.ts';
import type { ViewSpec } from '../../state/viewState.ts';

/**
 * The first month whose source splits personnel by gender (IPI's gender file starts in November
 * 2009). A domain fact of the sources; tests/data/womenRealData.test.ts pins it against the manifest.
 */
export const FIRST_GENDER_MONTH = '2009-11';

export const WOMEN_METRICS = ['share', 'count'] as const;
export const RANKINGS = ['share', 'target'] as const;

export interface WomenView {
  country: string;
  range: MonthRange;
  /** Women by type: share of each type's personnel, or headcount. */
  metric: (typeof WOMEN_METRICS)[number];
  /** Month of the ranking and of the breakdown. */
  month: string;
  /** Ranking: only contributors with at least this many personnel that month. */
  min: number;
  /** Ranking by share of women, or by distance to the 2028 targets. */
  by: (typeof RANKINGS)[number];
}

function fromGenderMonth<T>(codec: ParamCodec<T>, startOf: (value: T) => string): ParamCodec<T> {
  return {
    ...codec,
    parse: (raw, context) => {
      const parsed = codec.parse(raw, context);
      if (parsed.kind === 'valid' && startOf(parsed.value) < FIRST_GENDER_MONTH) {
        return {
          kind: 'invalid',
          reason: `women are reported from ${FIRST_GENDER_MONTH} on, not ${startOf(parsed.value)}`,
        };
      }
      return parsed;
    },
  };
}

export const DEFAULT_MIN = 100;

export const womenSpec: ViewSpec<WomenView> = {
  country: { codec: countryParam(), fallback: () => 'BGD', label: 'country' },
  range: {
    codec: fromGenderMonth(rangeParam(), (r) => r.from),
    fallback: (c) => ({ from: FIRST_GENDER_MONTH, to: c.months[c.months.length - 1] ?? '' }),
    label: 'time range',
  },
  metric: { codec: enumParam(WOMEN_METRICS, 'measure'), fallback: () => 'share', label: 'measure' },
  month: {
    codec: fromGenderMonth(monthParam(), (m) => m),
    fallback: (c) => c.months[c.months.length - 1] ?? '',
    label: 'month',
  },
  min: {
    codec: intParam(0, 100000, 'minimum personnel'),
    fallback: () => DEFAULT_MIN,
    label: 'minimum size',
  },
  by: { codec: enumParam(RANKINGS, 'ranking'), fallback: () => 'share', label: 'ranking' },
};
