// Horizontal bars split into parts (a mission's personnel by type) with an optional count drawn under
// each bar on the same scale (its women): the model, without pixels. Bars are ranked largest first (ties
// by label); a part of zero is not drawn; the marker is null where it is not known, never 0.
import { compareNames } from '../data/selectors/codeOrder.ts';

export interface StackedBarInput {
  id: string;
  label: string;
  /** The bar's parts by key; keys missing or zero add nothing. */
  parts: Readonly<Partial<Record<string, number>>>;
  /** A count inside the bar's total shown under it (women); null when unknown. */
  marker: number | null;
}

export interface StackedBarPart {
  key: string;
  value: number;
  /** Start and end along the value axis (units, not pixels). */
  from: number;
  to: number;
}

export interface StackedBarRow {
  id: string;
  label: string;
  rank: number;
  total: number;
  parts: StackedBarPart[];
  marker: number | null;
}

export interface StackedBarModel {
  rows: StackedBarRow[];
  /** The largest total shown (the value axis runs from 0 to it). */
  max: number;
  /** Keys with a part in any shown bar, in the order given. */
  keys: string[];
  /** Bars left out by topN. */
  hiddenCount: number;
  /** Whether any shown bar has a marker. */
  hasMarker: boolean;
}

/** Bars ranked by total, parts stacked in `keyOrder`; with `topN`, only the first topN bars. */
export function stackedBarModel(
  items: readonly StackedBarInput[],
  keyOrder: readonly string[],
  topN = Infinity,
): StackedBarModel {
  const ranked = items
    .map((item) => {
      let at = 0;
      const parts: StackedBarPart[] = [];
      for (const key of keyOrder) {
        const value = item.parts[key] ?? 0;
        if (!(value > 0)) continue;
        parts.push({ key, value, from: at, to: at + value });
        at += value;
      }
      return { id: item.id, label: item.label, total: at, parts, marker: item.marker, rank: 0 };
    })
    .sort((a, b) => b.total - a.total || compareNames(a.label, b.label));
  ranked.forEach((row, i) => {
    const previous = ranked[i - 1];
    row.rank = previous && previous.total === row.total ? previous.rank : i + 1;
  });
  const rows = ranked.slice(0, Math.max(0, topN));
  const present = new Set(rows.flatMap((r) => r.parts.map((p) => p.key)));
  return {
    rows,
    max: Math.max(0, ...rows.map((r) => r.total)),
    keys: keyOrder.filter((k) => present.has(k)),
    hiddenCount: ranked.length - rows.length,
    hasMarker: rows.some((r) => r.marker !== null),
  };
}
