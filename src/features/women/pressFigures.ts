// Figures of women peacekeepers quoted in the press, which the view explains against the data.

export interface WomenPressFigure {
  iso3: string;
  /** 'YYYY-MM' the figure refers to (the article's "currently", matched to the report month it fits). */
  month: string;
  women: number;
  quote: string;
  source: string;
  /** Cumulative figures in the same article that month-end data cannot confirm. */
  unverifiable?: string;
}

export const WOMEN_PRESS_FIGURES: readonly WomenPressFigure[] = [
  {
    iso3: 'BGD',
    month: '2023-03',
    women: 415,
    quote:
      '“Currently, 415 female members of the Bangladesh Armed Forces are deployed in different peacekeeping missions.”',
    source:
      '“What to Expect From the First-ever Visit of the UN Peacekeeping Under-Secretary-General to Bangladesh?”, news commentary, June 2023',
    unverifiable:
      'The same article’s “962 female peacekeepers … participated in total” counts women who ever served; month-end headcounts cannot confirm it.',
  },
];

export function pressFigureFor(iso3: string): WomenPressFigure | null {
  return WOMEN_PRESS_FIGURES.find((f) => f.iso3 === iso3) ?? null;
}
