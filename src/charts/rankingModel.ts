import { compareNames } from '../data/selectors/codeOrder.ts';

export interface RankInput {
  id: string;
  label: string;
  value: number | null;
}

export interface RankedBar {
  id: string;
  label: string;
  value: number;
  /** Competition ranking ("1224"): equal values share a rank and the next rank skips. */
  rank: number;
  isTied: boolean;
}

export interface RankingModel {
  bars: RankedBar[];
  /** Items without a value: listed apart, never ranked as 0. */
  missing: RankInput[];
  /** How many items had a value. */
  rankedCount: number;
  /** Items that are a yardstick rather than a competitor ("All UN" beside countries): never ranked. */
  benchmarks: (RankInput & { value: number })[];
}

export interface RankingOptions {
  /** Keep ranks ≤ topN. Ties at the cut-off are all kept rather than dropping one of two equals. */
  topN?: number;
  /** Ids shown after the top N even when ranked lower (e.g. the country the reader picked). */
  alwaysIncludeIds?: readonly string[];
  /** Ids of yardsticks ("All UN"): kept out of the ranking, returned as benchmarks. */
  benchmarkIds?: readonly string[];
}

export function rankingModel(items: readonly RankInput[], options: RankingOptions = {}): RankingModel {
  const valued: (RankInput & { value: number })[] = [];
  const missing: RankInput[] = [];
  const benchmarks: (RankInput & { value: number })[] = [];
  const benchmarkIds = options.benchmarkIds ?? [];
  for (const item of items) {
    if (benchmarkIds.includes(item.id)) {
      if (item.value !== null && Number.isFinite(item.value)) benchmarks.push({ ...item, value: item.value });
    } else if (item.value === null || !Number.isFinite(item.value)) missing.push(item);
    else valued.push({ ...item, value: item.value });
  }
  valued.sort((a, b) => b.value - a.value || compareNames(a.label, b.label));

  const ranked: RankedBar[] = [];
  valued.forEach((item, i) => {
    const previous = ranked[i - 1];
    const rank = previous && previous.value === item.value ? previous.rank : i + 1;
    ranked.push({ id: item.id, label: item.label, value: item.value, rank, isTied: false });
  });
  for (let i = 0; i < ranked.length; i += 1) {
    const bar = ranked[i];
    if (!bar) continue;
    bar.isTied = ranked[i - 1]?.rank === bar.rank || ranked[i + 1]?.rank === bar.rank;
  }

  const { topN, alwaysIncludeIds = [] } = options;
  const bars =
    topN === undefined
      ? ranked
      : ranked.filter((bar) => bar.rank <= topN || alwaysIncludeIds.includes(bar.id));
  return { bars, missing, rankedCount: ranked.length, benchmarks };
}
