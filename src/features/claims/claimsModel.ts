// The claims model: a claim is what an article says (quote, figure, article, date) plus a pure
// `evaluate(dataset)` that answers it from the dataset with the same selectors the charts use. No
// verdict is written by hand, so a change in the data changes the verdict.
import type {
  CountryCells,
  Fatalities,
  Manifest,
  Population,
  Totals,
  YearCrossSection,
} from '../../data/schema.ts';
import { formatNumber } from '../../ui/format.ts';

export interface Article {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** When it appeared, as precisely as the copy allows, in words. */
  date: string;
  /** How the date (and the month the figures are checked against) was established. */
  dateNote: string;
}

/**
 * Everything a claim may read. The page loads the chunks in stages (small ones first), so any of them
 * may still be missing; a claim is evaluated once every chunk it `needs` is present.
 */
export interface ClaimDataset {
  manifest: Manifest;
  totals?: Totals;
  fatalities?: Fatalities;
  population?: Population;
  /** Country cells by ISO3. */
  cells: Readonly<Partial<Record<string, CountryCells>>>;
  /** Year cross-sections by year. */
  years: Readonly<Partial<Record<number, YearCrossSection>>>;
}

/** A chunk a claim reads: 'totals', 'fatalities', 'population', 'cells:<ISO3>' or 'year:<YYYY>'. */
export type ClaimNeed = 'totals' | 'fatalities' | 'population' | `cells:${string}` | `year:${number}`;

export function hasNeed(ds: ClaimDataset, need: ClaimNeed): boolean {
  if (need === 'totals' || need === 'fatalities' || need === 'population') return ds[need] !== undefined;
  if (need.startsWith('cells:')) return ds.cells[need.slice(6)] !== undefined;
  return ds.years[Number(need.slice(5))] !== undefined;
}

export function isReady(ds: ClaimDataset, needs: readonly ClaimNeed[]): boolean {
  return needs.every((need) => hasNeed(ds, need));
}

/** The chunk a need names, or undefined while it is not loaded. */
export function chunkOf(ds: ClaimDataset, need: ClaimNeed): unknown {
  if (need === 'totals' || need === 'fatalities' || need === 'population') return ds[need];
  if (need.startsWith('cells:')) return ds.cells[need.slice(6)];
  return ds.years[Number(need.slice(5))];
}

/**
 * The dataset as a claim may read it: the manifest and the chunks it declares, nothing else. A claim
 * evaluated on this cannot depend on a chunk it did not declare, so its result changes only when one
 * of its own chunks does — which is what lets the page keep it (tests/unit/claims/claimNeeds.test.ts
 * checks every claim gives the same result on this as on the whole dataset).
 */
export function restrictTo(ds: ClaimDataset, needs: readonly ClaimNeed[]): ClaimDataset {
  const restricted: {
    manifest: ClaimDataset['manifest'];
    totals?: ClaimDataset['totals'];
    fatalities?: ClaimDataset['fatalities'];
    population?: ClaimDataset['population'];
    cells: Record<string, CountryCells>;
    years: Record<number, YearCrossSection>;
  } = { manifest: ds.manifest, cells: {}, years: {} };
  for (const need of needs) {
    if (need === 'totals' && ds.totals) restricted.totals = ds.totals;
    else if (need === 'fatalities' && ds.fatalities) restricted.fatalities = ds.fatalities;
    else if (need === 'population' && ds.population) restricted.population = ds.population;
    else if (need.startsWith('cells:')) {
      const cells = ds.cells[need.slice(6)];
      if (cells) restricted.cells[need.slice(6)] = cells;
    } else if (need.startsWith('year:')) {
      const year = ds.years[Number(need.slice(5))];
      if (year) restricted.years[Number(need.slice(5))] = year;
    }
  }
  return restricted;
}

function missing(what: string): never {
  throw new Error(`The check needs ${what}, which is not loaded.`);
}

/** Accessors that a claim uses for the chunks it declared; they throw if a chunk was not declared. */
export const read = {
  totals: (ds: ClaimDataset): Totals => ds.totals ?? missing('the contributor totals'),
  fatalities: (ds: ClaimDataset): Fatalities => ds.fatalities ?? missing('the fatalities data'),
  population: (ds: ClaimDataset): Population => ds.population ?? missing('the population data'),
  cells: (ds: ClaimDataset, iso3: string): CountryCells =>
    ds.cells[iso3] ?? missing(`the data file of ${iso3}`),
  year: (ds: ClaimDataset, year: number): YearCrossSection =>
    ds.years[year] ?? missing(`the cross-section of ${year}`),
};

/**
 * match: the data give the same figure. consistent: the data agree but do not pin the figure (a start
 * "in 2014" that falls in a gap; a jump that a quote describes without a number). differs: the data
 * give another figure or contradict the statement. cannot-check: the data do not hold it.
 */
export type Verdict = 'match' | 'consistent' | 'differs' | 'cannot-check';

export interface ClaimResult {
  verdict: Verdict;
  /** The dataset's answer in a few words: "7,237 in March 2023". */
  answer: string;
  /** How it was computed and what else the data say; for "cannot be checked", why. */
  detail: string;
  /** data − claim, when both are numbers and they differ. */
  difference?: number;
  /** A reader's caution that does not change the verdict. */
  caveat?: string;
  /** Optional month-by-month evidence, shown as a table. */
  evidence?: {
    caption: string;
    columns: readonly string[];
    rows: readonly (readonly (string | number | null)[])[];
  };
  /** Optional evidence chart: monthly series with the claimed value as a reference line. */
  chart?: EvidenceChart;
}

export interface EvidenceChart {
  /** Stable chart id (for embeds and exports). */
  id: string;
  title: string;
  months: readonly string[];
  series: readonly { id: string; label: string; values: readonly (number | null)[] }[];
  reference?: { label: string; value: number };
  yAxisTitle: string;
  source: string;
}

export interface ClaimDefinition {
  id: string;
  article: Article;
  /** The sentence of the article, verbatim. */
  quote: string;
  /** The figure or statement being checked, short: "7,237 deployed in March 2023". */
  figure: string;
  /** The chunks `evaluate` reads (besides the manifest). */
  needs: readonly ClaimNeed[];
  evaluate: (dataset: ClaimDataset) => ClaimResult;
}

export const VERDICT_LABEL: Record<Verdict, string> = {
  match: 'Matches the data',
  consistent: 'Consistent with the data, not pinned by it',
  differs: 'Differs from the data',
  'cannot-check': 'Cannot be checked with this data',
};

/** Numeric verdict: match when equal, otherwise differs by data − claim. */
export function compareNumbers(
  data: number | null,
  claimed: number,
): Pick<ClaimResult, 'verdict' | 'difference'> {
  if (data === null) return { verdict: 'cannot-check' };
  if (data === claimed) return { verdict: 'match' };
  return { verdict: 'differs', difference: data - claimed };
}

export function signed(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : ''}${formatNumber(Math.abs(n))}`;
}

export function summarise(results: readonly ClaimResult[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { match: 0, consistent: 0, differs: 0, 'cannot-check': 0 };
  for (const r of results) counts[r.verdict] += 1;
  return counts;
}
