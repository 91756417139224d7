// Figures and dates that governments and the press give and that the UN's month-end data cannot
// confirm (events before November 1990, cumulative counts of people who ever served). They are shown
// as claims with their source, never drawn as data. `checks` are press figures for one month that the
// view compares with the data.

export interface NationalClaim {
  id: string;
  /** Year (or 'YYYY-MM') the claim is about. */
  when: string;
  text: string;
  source: string;
  /** Why the data cannot show it. */
  caveat: string;
}

export interface PressCheck {
  id: string;
  /** 'YYYY-MM' of the figure. */
  month: string;
  /** The quoted figure of uniformed personnel deployed. */
  personnel: number;
  quote: string;
  source: string;
}

export interface CountryClaims {
  claims: NationalClaim[];
  checks: PressCheck[];
}

const PRESS_2023 =
  '“What to Expect From the First-ever Visit of the UN Peacekeeping Under-Secretary-General to Bangladesh?”, news commentary, June 2023, citing the Bangladesh Armed Forces Division';

export const NATIONAL_CLAIMS: Readonly<Record<string, CountryClaims>> = {
  BGD: {
    claims: [
      {
        id: 'bgd-first-deployment',
        when: '1988',
        text: 'First UN deployment: Bangladeshi military observers join UNIIMOG, the UN Iran–Iraq Military Observer Group (1988–1991).',
        source: `Bangladesh Armed Forces Division (national account, quoted in ${PRESS_2023}); UNIIMOG dates: United Nations, list of past peacekeeping operations.`,
        caveat: 'Before these data begin (November 1990), so not drawn.',
      },
      {
        id: 'bgd-cumulative',
        when: '1988–2023',
        text: '167,274 Bangladeshi peacekeepers sent to 63 missions and assignments in 40 countries since 1988.',
        source: `Bangladesh Armed Forces Division, quoted in ${PRESS_2023}.`,
        caveat:
          'A count of people rotated through missions. The UN reports give month-end headcounts; adding months would count the same people many times, so the data cannot confirm it.',
      },
    ],
    checks: [
      {
        id: 'bgd-2023-03',
        month: '2023-03',
        personnel: 7237,
        quote: '“As of March 2023, 7,237 peacekeepers deployed in different countries and locations.”',
        source: PRESS_2023,
      },
    ],
  },
  BTN: {
    claims: [
      {
        id: 'btn-since-2014',
        when: '2014',
        text: 'Bhutan has sent peacekeepers since 2014.',
        source: 'Kuensel interview with UN Under-Secretary-General Jean-Pierre Lacroix, 2023.',
        caveat:
          'Consistent with the data: no Bhutanese personnel up to March 2014 (IPI), 9 in the first UN report here (January 2015); April–December 2014 has no report, so the month cannot be seen.',
      },
    ],
    checks: [],
  },
};

export function claimsFor(iso3: string): CountryClaims {
  return NATIONAL_CLAIMS[iso3] ?? { claims: [], checks: [] };
}
