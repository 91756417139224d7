import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../../../src/features/claims/claims.ts';
import {
  isReady,
  summarise,
  type ClaimDataset,
  type ClaimResult,
} from '../../../src/features/claims/claimsModel.ts';
import type { Manifest } from '../../../src/data/schema.ts';
import { monthIndex } from '../../../src/data/selectors/months.ts';
import {
  cellsOf,
  deaths,
  fatalitiesOf,
  manifestOf,
  mission,
  populationOf,
  sectionOf,
  totalsOf,
  type Cell,
  type Death,
} from './fixtures.ts';

/** What a fixture makes true; every claim has a setting that makes it hold and one that does not. */
interface Story {
  bangladeshMarch2023: number;
  /** Countries larger than Bangladesh in June 2023 (“is one of the largest”: the article’s own month). */
  largerThanBangladesh: number;
  bangladeshMilitaryWomen: number;
  /** Military women in June 2023, the article's own month ("currently"). */
  bangladeshMilitaryWomenNow: number;
  bangladeshDeathsByJune2023: number;
  /** The date of Bangladesh's first death in the fatalities file. */
  bangladeshFirstDeath: string;
  bangladeshDeaths2022: number;
  /** Bhutanese police in June 2023. */
  bhutanPoliceJune2023: number;
  /** The month Bhutan first appears ('YYYY-MM'). */
  bhutanFirst: string;
  /** Countries with more personnel per million people than Bhutan in June 2023. */
  aheadOfBhutanPerCapita: number;
  bhutanOperationsJune2023: number;
  bhutanLargestJune2023: 'MINUSCA' | 'UNMISS';
}

const TRUE_STORY: Story = {
  bangladeshMarch2023: 7237,
  largerThanBangladesh: 0,
  bangladeshMilitaryWomen: 415,
  bangladeshMilitaryWomenNow: 415,
  bangladeshDeathsByJune2023: 166,
  bangladeshFirstDeath: '1989-04-04',
  bangladeshDeaths2022: 5,
  bhutanPoliceJune2023: 4,
  bhutanFirst: '2015-01',
  aheadOfBhutanPerCapita: 3,
  bhutanOperationsJune2023: 7,
  bhutanLargestJune2023: 'MINUSCA',
};

const MISSIONS = ['MINUSCA', 'UNMISS', 'MONUSCO', 'UNIFIL', 'UNDOF', 'UNTSO', 'MINURSO', 'UNISFA', 'MINUSMA'];
const HOSTS: Record<string, [string, string]> = {
  MINUSCA: ['Central African Republic', 'CAF'],
  UNMISS: ['South Sudan', 'SSD'],
  MONUSCO: ['DR Congo', 'COD'],
};

/** 2013-11 … 2023-12 with the April–December 2014 gap, like the real series. */
function dataset(story: Partial<Story> = {}): ClaimDataset {
  const s = { ...TRUE_STORY, ...story };
  const first = '2013-11';
  const count = 122;
  const probe = manifestOf({ first, count });
  const at = (key: string) => {
    const index = monthIndex(probe.months, key);
    if (index === null) throw new Error(`${key} is outside the fixture.`);
    return index;
  };
  const gaps = Array.from({ length: 9 }, (_, k) => at('2014-04') + k);
  const others = Array.from({ length: 8 }, (_, k) => `O${String.fromCharCode(65 + k)}X`);
  const manifest: Manifest = manifestOf({
    first,
    count,
    gaps,
    countries: [
      { iso3: 'BGD', name: 'Bangladesh' },
      { iso3: 'BTN', name: 'Bhutan' },
      ...others.map((iso3) => ({ iso3, name: `Other ${iso3}` })),
    ],
    missions: MISSIONS.map((m) => mission(m, HOSTS[m]?.[0], HOSTS[m]?.[1] ?? null)),
  });
  const march = at('2023-03');
  const june = at('2023-06');

  // Bangladesh: March 2023 split so that military women (troops, staff officers, experts) = the story's.
  const military = s.bangladeshMilitaryWomen;
  const bgd: Cell[] = [
    // The first report of the fixture: a small start, so that the count has grown by March 2023.
    { month: 0, total: 100, mission: 'MONUSCO' },
    {
      month: march,
      type: 'troops',
      total: s.bangladeshMarch2023 - 437,
      female: military - 115,
      mission: 'MONUSCO',
    },
    { month: march, type: 'staff_officers', total: 200, female: 80, mission: 'UNMISS' },
    { month: march, type: 'experts_on_mission', total: 60, female: 35, mission: 'MINUSCA' },
    {
      month: march,
      type: 'formed_police_units',
      total: 177,
      female: 155,
      mission: 'MONUSCO',
    },
    { month: june, type: 'troops', total: 7000, female: s.bangladeshMilitaryWomenNow, mission: 'MONUSCO' },
  ];
  // Others: some larger than Bangladesh in March 2023; per capita, some ahead of Bhutan in June 2023.
  const otherCells = others.map((iso3, k) => {
    const isLarger = k < s.largerThanBangladesh;
    return cellsOf(manifest, iso3, [
      { month: march, total: isLarger ? s.bangladeshMarch2023 + 100 + k : 1000 + k, mission: 'UNIFIL' },
      { month: june, total: isLarger ? 7000 + 100 + k : 1000, mission: 'UNIFIL' },
    ]);
  });

  // Bhutan: present from its first month on; in June 2023 in n operations, the largest as told.
  const firstBhutan = at(s.bhutanFirst);
  const bhutan: Cell[] = [{ month: firstBhutan, total: 9, mission: 'UNTSO' }];
  const ops = MISSIONS.filter((m) => m !== 'MINUSCA' && m !== 'UNMISS').slice(
    0,
    Math.max(0, s.bhutanOperationsJune2023 - 2),
  );
  bhutan.push(
    { month: june, total: s.bhutanLargestJune2023 === 'MINUSCA' ? 187 : 5, mission: 'MINUSCA' },
    { month: june, total: s.bhutanLargestJune2023 === 'UNMISS' ? 187 : 5, mission: 'UNMISS' },
    { month: june, type: 'staff_officers', total: 3, mission: 'MINUSCA' },
    ...(s.bhutanPoliceJune2023 > 0
      ? [
          {
            month: june,
            type: 'individual_police' as const,
            total: s.bhutanPoliceJune2023,
            mission: 'UNMISS',
          },
        ]
      : []),
    // Police served before the interview in any story: the card says when they were last seen.
    { month: at('2021-11'), type: 'individual_police', total: 4, mission: 'UNMISS' },
    ...ops.map((m) => ({ month: june, total: 2, mission: m })),
  );
  const btnCells = cellsOf(manifest, 'BTN', bhutan);
  const bgdCells = cellsOf(manifest, 'BGD', bgd);
  const all = [bgdCells, btnCells, ...otherCells];

  // Populations: Bhutan ~ 253 per million in June 2023; the first `ahead` others 1,000 per million, the rest 10.
  const years = 2013;
  const pop = (value: number) => Array.from({ length: 11 }, () => value);
  const btnTotal = 187 + 5 + 3 + s.bhutanPoliceJune2023 + ops.length * 2;
  const population = populationOf(years, 2023, {
    BGD: pop(170_000_000),
    BTN: pop(Math.round(btnTotal / 253e-6)),
    ...Object.fromEntries(
      others.map((iso3, k) => [iso3, pop(k < s.aheadOfBhutanPerCapita ? 1_000_000 : 100_000_000)]),
    ),
  });

  const died: Death[] = [
    { date: s.bangladeshFirstDeath, iso3: 'BGD', mission: 'UNTAG' },
    ...deaths(s.bangladeshDeathsByJune2023 - 3 - s.bangladeshDeaths2022, {
      date: '2010-05-01',
      iso3: 'BGD',
      mission: 'UNMIL',
    }),
    ...deaths(2, { date: '2012-05-01', iso3: 'BGD', type: 'international_civilian', mission: 'UNMIL' }),
    ...deaths(s.bangladeshDeaths2022, { date: '2022-10-03', iso3: 'BGD', mission: 'MINUSCA' }),
    { date: '2023-06-28', iso3: 'BGD', mission: 'MINUSMA' },
  ];
  return {
    manifest,
    totals: totalsOf(manifest, all),
    fatalities: fatalitiesOf(died),
    population,
    cells: { BGD: bgdCells, BTN: btnCells },
    years: { 2023: sectionOf(manifest, 2023, all) },
  };
}

function check(id: string, ds: ClaimDataset): ClaimResult {
  const claim = CLAIMS.find((c) => c.id === id);
  if (!claim) throw new Error(`no claim ${id}`);
  return claim.evaluate(ds);
}

describe('claims that the data can check', () => {
  it('7,237 deployed in March 2023: matches when the March 2023 total is 7,237, differs by the gap otherwise', () => {
    expect(check('bgd-deployed-2023-03', dataset())).toMatchObject({
      verdict: 'match',
      answer: expect.stringContaining('7,237'),
    });
    expect(check('bgd-deployed-2023-03', dataset({ bangladeshMarch2023: 7200 }))).toMatchObject({
      verdict: 'differs',
      difference: -37,
    });
  });

  it('“one of the largest”, checked in the article’s own month (June 2023): matches at rank 1, differs when five countries are larger', () => {
    const top = check('bgd-one-of-the-largest', dataset());
    expect(top).toMatchObject({ verdict: 'match', answer: 'Rank 1 of 10 contributors in June 2023' });
    expect(top.evidence?.rows.length).toBe(122);
    expect(check('bgd-one-of-the-largest', dataset({ largerThanBangladesh: 5 }))).toMatchObject({
      verdict: 'differs',
      difference: 1,
      answer: 'Rank 6 of 10 contributors in June 2023',
    });
  });

  it('166 deaths: matches the total with civilian staff, with a caveat naming the uniformed count', () => {
    const result = check('bgd-166-deaths', dataset());
    expect(result).toMatchObject({
      verdict: 'match',
      answer: '166 Bangladeshi deaths by 2023-06-24, 164 of them uniformed',
    });
    expect(result.caveat).toContain('2 civilian staff');
    // A death after the article's date does not count.
    expect(check('bgd-166-deaths', dataset({ bangladeshDeathsByJune2023: 170 }))).toMatchObject({
      verdict: 'differs',
      difference: 4,
    });
  });

  it('166 deaths: matches the uniformed count too when that is what equals 166', () => {
    expect(check('bgd-166-deaths', dataset({ bangladeshDeathsByJune2023: 168 })).verdict).toBe('match');
  });

  it('415 women “currently” deployed: checked against June 2023, the article’s own month, police excluded', () => {
    const result = check('bgd-415-women-deployed', dataset());
    expect(result).toMatchObject({ verdict: 'match', answer: '415 military women in June 2023' });
    expect(result.detail).toContain(
      'In March 2023, the month of the article’s other figures: 415 military women, 570 in all',
    );
    // March's 415 given as current in June, when the data say 411: differs by −4, with a caveat.
    const stale = check('bgd-415-women-deployed', dataset({ bangladeshMilitaryWomenNow: 411 }));
    expect(stale).toMatchObject({
      verdict: 'differs',
      difference: -4,
      answer: '411 military women in June 2023',
    });
    expect(stale.caveat).toContain('March 2023’s');
  });

  it('a start in 1988: consistent when nothing in the data is earlier, differs when something is', () => {
    expect(check('bgd-started-1988', dataset())).toMatchObject({
      verdict: 'consistent',
      answer: 'Earliest trace: a Bangladeshi death in UNTAG on 1989-04-04',
    });
    expect(check('bgd-started-1988', dataset({ bangladeshFirstDeath: '1985-06-01' }))).toMatchObject({
      verdict: 'differs',
      difference: -3,
    });
  });

  it('three decades: consistent with 34 years of traces, differs with 13', () => {
    expect(check('bgd-three-decades', dataset()).verdict).toBe('consistent');
    expect(check('bgd-three-decades', dataset({ bangladeshFirstDeath: '2010-01-01' })).verdict).toBe(
      'differs',
    );
  });

  it('five medals last month: cannot be checked, but the card gives the deaths of the year before', () => {
    const result = check('bgd-five-medals', dataset({ bangladeshDeaths2022: 6 }));
    expect(result).toMatchObject({
      verdict: 'cannot-check',
      answer: '6 Bangladeshi deaths in 2022 (6 uniformed); the medal roll is not in the data',
    });
    expect(result.evidence?.rows).toHaveLength(6);
  });

  it('Bhutan since 2014: consistent when it appears after the 2014 gap, differs when it was there before', () => {
    const result = check('btn-since-2014', dataset());
    expect(result).toMatchObject({
      verdict: 'consistent',
      answer: 'First seen in January 2015 (9 personnel); absent in March 2014',
    });
    expect(result.caveat).toContain('after March 2014 and by January 2015');
    expect(check('btn-since-2014', dataset({ bhutanFirst: '2013-12' })).verdict).toBe('differs');
    expect(check('btn-since-2014', dataset({ bhutanFirst: '2016-05' })).verdict).toBe('differs');
  });

  it('Bhutan amongst the first per capita: matches at rank 4, differs at rank 7', () => {
    expect(check('btn-per-capita-rank', dataset())).toMatchObject({
      verdict: 'match',
      answer: expect.stringMatching(/^Rank 4 of \d+ per million people in June 2023$/),
    });
    expect(check('btn-per-capita-rank', dataset({ aheadOfBhutanPerCapita: 6 }))).toMatchObject({
      verdict: 'differs',
      difference: 2,
    });
  });

  it('seven operations: matches with seven, differs by one with eight', () => {
    expect(check('btn-seven-operations', dataset())).toMatchObject({
      verdict: 'match',
      answer: '7 operations in June 2023',
    });
    const eight = check('btn-seven-operations', dataset({ bhutanOperationsJune2023: 8 }));
    expect(eight).toMatchObject({ verdict: 'differs', difference: 1 });
    expect(eight.chart?.reference?.value).toBe(7);
  });

  it('almost a decade: consistent for a start in 2014, differs for a start in 2016', () => {
    expect(check('btn-almost-a-decade', dataset())).toMatchObject({
      verdict: 'consistent',
      answer: '8.4–9.2 years by June 2023',
    });
    expect(check('btn-almost-a-decade', dataset({ bhutanFirst: '2016-05' })).verdict).toBe('differs');
  });

  it('police and army: consistent when both serve in June 2023, differs when the police do not', () => {
    expect(check('btn-police-and-army', dataset())).toMatchObject({
      verdict: 'consistent',
      answer: 'June 2023: 3 individual military personnel, 4 police',
    });
    const none = check('btn-police-and-army', dataset({ bhutanPoliceJune2023: 0 }));
    expect(none).toMatchObject({
      verdict: 'differs',
      answer: 'June 2023: 3 individual military personnel, no police',
    });
    expect(none.detail).toContain('November 2021 (4 in UNMISS)');
  });

  it('a bigger contingent in the Central African Republic: consistent with a jump that stays, differs without one', () => {
    expect(check('btn-bigger-contingent-car', dataset())).toMatchObject({
      verdict: 'consistent',
      answer: 'MINUSCA: 0 → 190 Bhutanese from May 2023 to June 2023; 190 in June 2023',
    });
    expect(check('btn-bigger-contingent-car', dataset({ bhutanLargestJune2023: 'UNMISS' })).verdict).toBe(
      'differs',
    );
  });

  it('largest deployment in the Central African Republic: matches for MINUSCA, differs for UNMISS', () => {
    expect(check('btn-largest-car', dataset())).toMatchObject({
      verdict: 'match',
      answer: expect.stringContaining('MINUSCA (Central African Republic)'),
    });
    expect(check('btn-largest-car', dataset({ bhutanLargestJune2023: 'UNMISS' }))).toMatchObject({
      verdict: 'differs',
      answer: expect.stringContaining('UNMISS (South Sudan)'),
    });
  });
});

describe('claims the data cannot check', () => {
  it('says why cumulative counts of people cannot come from month-end headcounts', () => {
    for (const id of ['bgd-167274-since-1988', 'bgd-962-women-total']) {
      const result = check(id, dataset());
      expect(result.verdict).toBe('cannot-check');
      expect(result.detail).toMatch(/month-end headcounts/);
    }
  });

  it('gives lower bounds for missions and host countries and says they are lower bounds', () => {
    const missions = check('bgd-63-missions', dataset());
    expect(missions).toMatchObject({
      verdict: 'cannot-check',
      answer: 'At least 6 missions appear in the data',
    });
    expect(missions.detail).toContain('lower bound');
    expect(check('bgd-40-countries', dataset())).toMatchObject({
      verdict: 'cannot-check',
      answer: 'At least 3 host countries appear in the data',
    });
  });

  it('counts the hosts of missions known only from the fatalities file, a multi-country mission as at least one', () => {
    const ds = dataset();
    const manifest = {
      ...ds.manifest,
      otherMissions: [
        { ...mission('UNTAG', 'Namibia', 'NAM') },
        { ...mission('UNIKOM', 'Iraq and Kuwait', null), hostCountries: ['IRQ', 'KWT'] },
      ],
    };
    const result = check('bgd-40-countries', {
      ...ds,
      manifest,
      fatalities: fatalitiesOf([
        { date: '1989-04-04', iso3: 'BGD', mission: 'UNTAG' },
        { date: '1995-01-01', iso3: 'BGD', mission: 'UNIKOM' },
        { date: '2010-01-01', iso3: 'BGD', mission: 'UNMIL' },
      ]),
    });
    // MONUSCO, UNMISS, MINUSCA from the cells + Namibia + one of Iraq/Kuwait; UNMIL has no host here.
    expect(result.answer).toBe('At least 5 host countries appear in the data');
    expect(result.detail).toContain('UNIKOM span several countries');
    expect(result.detail).toContain('6 countries if every country of those missions is counted');
  });

  it('the “40 countries” differs when the floor alone exceeds 40', () => {
    const ds = dataset();
    const many = Array.from({ length: 41 }, (_, k) =>
      mission(`M${k}`, `Country ${k}`, `C${String(k).padStart(2, '0')}`),
    );
    const manifest = { ...ds.manifest, otherMissions: many };
    const fatalities = fatalitiesOf(
      many.map((m) => ({ date: '2000-01-01', iso3: 'BGD', mission: m.acronym })),
    );
    expect(check('bgd-40-countries', { ...ds, manifest, fatalities })).toMatchObject({
      verdict: 'differs',
      difference: 4,
    });
  });

  it('falls back to “cannot be checked” with the gap’s reason when the month has no report', () => {
    const ds = dataset();
    const march = monthIndex(ds.manifest.months, '2023-03');
    const manifest = {
      ...ds.manifest,
      monthInfo: ds.manifest.monthInfo.map((m, i) =>
        i === march ? { status: 'gap' as const, reason: 'Missing report.' } : m,
      ),
    };
    expect(check('bgd-deployed-2023-03', { ...ds, manifest })).toMatchObject({
      verdict: 'cannot-check',
      detail: 'Missing report.',
    });
  });
});

describe('the claims model', () => {
  it('covers every figure of both articles, each with a quote found in its article', () => {
    expect(CLAIMS.map((c) => c.id)).toHaveLength(18);
    expect(new Set(CLAIMS.map((c) => c.id)).size).toBe(18);
    for (const c of CLAIMS) expect(c.quote.length).toBeGreaterThan(20);
  });

  it('evaluates each claim from only the chunks it declares', () => {
    const full = dataset();
    for (const claim of CLAIMS) {
      const partial: ClaimDataset = {
        manifest: full.manifest,
        cells: {},
        years: {},
        ...(claim.needs.includes('totals') ? { totals: full.totals } : {}),
        ...(claim.needs.includes('fatalities') ? { fatalities: full.fatalities } : {}),
        ...(claim.needs.includes('population') ? { population: full.population } : {}),
      };
      for (const need of claim.needs) {
        if (need.startsWith('cells:'))
          (partial.cells as Record<string, unknown>)[need.slice(6)] = full.cells[need.slice(6)];
        if (need.startsWith('year:'))
          (partial.years as Record<number, unknown>)[Number(need.slice(5))] =
            full.years[Number(need.slice(5))];
      }
      expect(isReady(partial, claim.needs), claim.id).toBe(true);
      expect(() => claim.evaluate(partial), claim.id).not.toThrow();
      expect(isReady({ manifest: full.manifest, cells: {}, years: {} }, claim.needs), claim.id).toBe(
        claim.needs.length === 0,
      );
    }
  });

  it('summarises verdicts by kind', () => {
    const results = CLAIMS.map((c) => c.evaluate(dataset()));
    expect(summarise(results)).toEqual({ match: 7, consistent: 6, differs: 0, 'cannot-check': 5 });
  });
});
