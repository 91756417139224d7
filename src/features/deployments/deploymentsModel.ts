// Pure models of the deployments view after its first chart: the comparison, the top contributors of
// a month and the rank over time, with their descriptions. No pixels and no React here; tested with
// tiny synthetic fixtures in tests/unit/deployments/. Personnel by type lives in byTypeModel.ts.
import { formatPercent } from '../../ui/format.ts';
import type { RankInput } from '../../charts/rankingModel.ts';
import type { IndexRange, TimeSeries } from '../../charts/timeSeriesModel.ts';
import { contributorColors, seriesColor } from '../../charts/palette.ts';
import type { Manifest, Totals } from '../../data/schema.ts';
import { monthLabel } from '../../data/selectors/months.ts';
import type { CountryRank } from '../../data/selectors/ranks.ts';
import { rankValues } from '../../data/selectors/ranks.ts';
import { latestIndex } from './byTypeModel.ts';
import { formatNumber } from '../../ui/format.ts';

const count = (n: number) => formatNumber(n);

// ---- comparison -------------------------------------------------------------------------------

export type CompareMetric = 'count' | 'share';

/** One line per country: personnel, or share of all UN uniformed personnel that month. */
export function compareSeries(
  totals: Totals,
  countries: readonly string[],
  metric: CompareMetric,
  nameOf: (iso3: string) => string,
): TimeSeries[] {
  const colors = contributorColors(countries);
  return countries.map((iso3) => {
    const own = totals.countries[iso3]?.total ?? [];
    const values = totals.world.total.map((world, m) => {
      const v = own[m];
      if (v === null || v === undefined) return null;
      if (metric === 'count') return v;
      return world === null || world <= 0 ? null : v / world;
    });
    return { id: iso3, label: nameOf(iso3), values, color: colors.get(iso3) ?? seriesColor(0) };
  });
}

// ---- top contributors ---------------------------------------------------------------------------

export interface TopRow {
  rank: number;
  iso3: string;
  name: string;
  personnel: number;
  /** Share of all UN uniformed personnel that month. */
  share: number | null;
}

export interface TopModel {
  /** Bars for the ranking chart (every contributor; the chart cuts to its top N). */
  items: RankInput[];
  /** Every contributor that month, ranked (the table). */
  rows: TopRow[];
  /** False for a month without a report. */
  hasReport: boolean;
  worldTotal: number | null;
}

export function topContributors(totals: Totals, month: number, nameOf: (iso3: string) => string): TopModel {
  const worldTotal = totals.world.total[month] ?? null;
  const ranked = rankValues(
    Object.entries(totals.countries).map(([iso3, s]) => ({ iso3, value: s.total[month] ?? null })),
  );
  const rows = ranked.map((r) => ({
    rank: r.rank,
    iso3: r.iso3,
    name: nameOf(r.iso3),
    personnel: r.value,
    share: worldTotal && worldTotal > 0 ? r.value / worldTotal : null,
  }));
  return {
    items: rows.map((r) => ({ id: r.iso3, label: r.name, value: r.personnel })),
    rows,
    hasReport: worldTotal !== null,
    worldTotal,
  };
}

export function describeTop(options: {
  monthText: string;
  model: TopModel;
  highlight: string;
  highlightName: string;
  shown: number;
}): string {
  const { monthText, model, highlight, highlightName, shown } = options;
  if (!model.hasReport) return `There is no report for ${monthText}, so no ranking.`;
  const top = model.rows.slice(0, 3).map((r) => `${r.name} ${count(r.personnel)}`);
  const own = model.rows.find((r) => r.iso3 === highlight);
  return [
    `The ${Math.min(shown, model.rows.length)} largest of ${model.rows.length} contributors of uniformed personnel in ${monthText}` +
      (model.worldTotal !== null ? ` (${count(model.worldTotal)} in all)` : '') +
      '.',
    `Largest: ${top.join('; ')}.`,
    own
      ? `${highlightName} ranks ${own.rank} with ${count(own.personnel)}${own.share !== null ? ` (${formatPercent(own.share)} of all)` : ''}.`
      : `${highlightName} had no personnel deployed that month.`,
  ].join(' ');
}

// ---- rank over time ----------------------------------------------------------------------------

/** Runs of consecutive months at a rank. A month without a report neither breaks nor joins a run: it is listed. */
export interface RankSpell {
  from: number;
  to: number;
  /** Months inside the run that have no report. */
  gapMonths: number[];
}

export function rankSpells(
  ranks: readonly (CountryRank | null)[],
  hasReport: readonly boolean[],
  rank = 1,
): RankSpell[] {
  const spells: RankSpell[] = [];
  let current: RankSpell | null = null;
  let pendingGaps: number[] = [];
  ranks.forEach((r, i) => {
    if (!hasReport[i]) {
      if (current) pendingGaps.push(i);
      return;
    }
    if (r?.rank === rank) {
      if (current) {
        current.to = i;
        current.gapMonths.push(...pendingGaps);
      } else {
        current = { from: i, to: i, gapMonths: [] };
        spells.push(current);
      }
    } else {
      current = null;
    }
    pendingGaps = [];
  });
  return spells;
}

export function describeRank(options: {
  name: string;
  manifest: Manifest;
  ranks: readonly (CountryRank | null)[];
  range: IndexRange;
  spells: readonly RankSpell[];
}): string {
  const { name, manifest, ranks, range, spells } = options;
  const values = ranks.map((r) => r?.rank ?? null);
  const latest = latestIndex(values, range);
  if (latest === null) return `${name} had no personnel deployed in the months shown, so it has no rank.`;
  const r = ranks[latest];
  let best: number | null = null;
  for (let i = range.from; i <= range.to; i++) {
    const v = ranks[i]?.rank;
    if (v !== undefined && (best === null || v < (ranks[best]?.rank ?? Infinity))) best = i;
  }
  const sentences = [
    `${name}'s rank among all contributors of uniformed personnel, by number deployed, from ${monthLabel(
      manifest.months[range.from] ?? '',
    )} to ${monthLabel(manifest.months[range.to] ?? '')}.`,
    `In ${monthLabel(manifest.months[latest] ?? '')} it ranked ${r?.rank ?? '?'} of ${r?.of ?? '?'}.`,
  ];
  if (best !== null) {
    const bestRank = ranks[best]?.rank ?? 0;
    const months = ranks.slice(range.from, range.to + 1).filter((x) => x?.rank === bestRank).length;
    sentences.push(
      `Best rank ${bestRank}, first in ${monthLabel(manifest.months[best] ?? '')}` +
        (months > 1 ? ` and in ${months} months of the period in all.` : '.'),
    );
  }
  const visibleSpells = spells.filter((s) => s.to >= range.from && s.from <= range.to);
  if (visibleSpells.length > 0 && ranks.slice(range.from, range.to + 1).some((x) => x?.rank === 1)) {
    const lastSpell = visibleSpells[visibleSpells.length - 1];
    if (lastSpell) {
      sentences.push(
        `Most recent spell as the largest contributor: ${monthLabel(manifest.months[lastSpell.from] ?? '')} to ${monthLabel(
          manifest.months[lastSpell.to] ?? '',
        )}.`,
      );
    }
  }
  return sentences.join(' ');
}
