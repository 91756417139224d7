// Uniformed deaths per 1,000 personnel-years, by year and pooled, for a country, all UN personnel and
// the largest contributors. Pure; no pixels.
import type { Fatalities, Manifest, Totals } from '../../data/schema.ts';
import { countByYear, selectFatalities } from '../../data/selectors/fatalityBreakdowns.ts';
import {
  pooledRate,
  RATE_RULES,
  rateValue,
  yearlyAverages,
  yearlyRates,
  type YearRate,
} from '../../data/selectors/fatalityRates.ts';
import { countryName } from '../../data/selectors/months.ts';
import { contributorColors, seriesColor, TOTAL_COLOR_INDEX } from '../../charts/palette.ts';
import { compareCodes } from '../../data/selectors/codeOrder.ts';

export interface RateSeries {
  id: string;
  label: string;
  rates: YearRate[];
  pooled: ReturnType<typeof pooledRate>;
}

export interface RateModel {
  years: number[];
  series: RateSeries[];
  peers: string[];
  isPeersAutomatic: boolean;
}

export const WORLD_ID = 'WORLD';

/** The largest contributors by personnel-months over the whole series, excluding `except`. */
export function topContributors(totals: Totals, count: number, except: readonly string[]): string[] {
  return Object.entries(totals.countries)
    .filter(([iso3]) => !except.includes(iso3))
    .map(([iso3, s]) => ({ iso3, sum: s.total.reduce<number>((acc, v) => acc + (v ?? 0), 0) }))
    .sort((a, b) => b.sum - a.sum || compareCodes(a.iso3, b.iso3))
    .slice(0, count)
    .map((e) => e.iso3);
}

export const AUTOMATIC_PEER_COUNT = 4;

/**
 * Yearly uniformed deaths per 1,000 personnel-years for the country, all UN uniformed personnel, and
 * peers. The rate always counts uniformed deaths only: civilian staff are not in the denominator.
 */
export function rateModel(
  manifest: Manifest,
  totals: Totals,
  fatalities: Fatalities,
  iso3: string,
  chosenPeers: readonly string[],
): RateModel {
  const isPeersAutomatic = chosenPeers.length === 0;
  const peers = (
    isPeersAutomatic ? topContributors(totals, AUTOMATIC_PEER_COUNT, [iso3]) : chosenPeers
  ).filter((p) => p !== iso3);
  const build = (
    id: string,
    label: string,
    personnel: readonly (number | null)[],
    nationality: string | null,
  ): RateSeries => {
    const deaths = countByYear(
      fatalities,
      selectFatalities(fatalities, { iso3: nationality, scope: 'uniformed' }),
    );
    const rates = yearlyRates(
      yearlyAverages(manifest.months, personnel),
      deaths,
      fatalities.snapshot,
      RATE_RULES,
    );
    return { id, label, rates, pooled: pooledRate(rates) };
  };
  const none = manifest.months.map(() => null);
  const series = [
    build(iso3, countryName(manifest, iso3), totals.countries[iso3]?.total ?? none, iso3),
    build(WORLD_ID, 'All UN uniformed personnel', totals.world.total, null),
    ...peers.map((p) => build(p, countryName(manifest, p), totals.countries[p]?.total ?? none, p)),
  ];
  const years = series[0]?.rates.map((r) => r.year) ?? [];
  return { years, series, peers, isPeersAutomatic };
}

export interface PooledRow {
  id: string;
  label: string;
  /** Deaths per 1,000 personnel-years over the years with a rate; null when no year has one. */
  perThousand: number | null;
  deaths: number;
  personnelYears: number;
  years: number;
  firstYear: number | null;
  lastYear: number | null;
}

/** One pooled rate per series of the rate model: the comparison in a single number each. */
export function pooledRows(model: RateModel): PooledRow[] {
  return model.series.map((s) => {
    const rated = s.rates.filter((r) => r.kind === 'rate');
    return {
      id: s.id,
      label: s.label,
      perThousand: s.pooled ? s.pooled.perThousand : null,
      deaths: s.pooled?.deaths ?? 0,
      personnelYears: s.pooled?.personnelYears ?? 0,
      years: s.pooled?.years ?? 0,
      firstYear: rated[0]?.year ?? null,
      lastYear: rated[rated.length - 1]?.year ?? null,
    };
  });
}

/**
 * The colour of a line of the rate chart: all UN in the totals grey, each country in its own colour
 * (palette.ts contributorColors over the countries shown), as on every other page.
 */
export function rateLineColor(id: string, ids: readonly string[]): string {
  if (id === WORLD_ID) return seriesColor(TOTAL_COLOR_INDEX);
  return contributorColors(ids.filter((x) => x !== WORLD_ID)).get(id) ?? seriesColor(0);
}

/** One small panel of the rate chart: a country's yearly rate against all UN personnel's. */
export interface RatePanel {
  id: string;
  label: string;
  color: string;
  /** The country's rate per year (id: its ISO3), null where the year has no rate. */
  country: { id: string; label: string; values: (number | null)[]; color: string };
  /** All UN uniformed personnel's rate per year (id WORLD_ID), the grey reference in every panel. */
  world: { id: string; label: string; values: (number | null)[]; color: string };
}

/**
 * The rate chart as small multiples: one panel per country (the chosen one first, then its peers), each
 * with all UN personnel's rate as a grey reference, all on one scale (`yMax`: the highest yearly rate
 * of any line) — in place of six crossing lines.
 */
export function ratePanels(model: RateModel): { panels: RatePanel[]; yMax: number } {
  const ids = model.series.map((s) => s.id);
  const world = model.series.find((s) => s.id === WORLD_ID);
  const worldLine = {
    id: WORLD_ID,
    label: world?.label ?? 'All UN uniformed personnel',
    values: world ? world.rates.map(rateValue) : model.years.map(() => null),
    color: rateLineColor(WORLD_ID, ids),
  };
  let yMax = 0;
  for (const s of model.series)
    for (const r of s.rates) {
      const v = rateValue(r);
      if (v !== null && Number.isFinite(v) && v > yMax) yMax = v;
    }
  const panels = model.series
    .filter((s) => s.id !== WORLD_ID)
    .map((s) => {
      const color = rateLineColor(s.id, ids);
      return {
        id: s.id,
        label: s.label,
        color,
        country: { id: s.id, label: s.label, values: s.rates.map(rateValue), color },
        world: worldLine,
      };
    });
  return { panels, yMax };
}
