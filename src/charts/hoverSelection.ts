/**
 * Which series a hover reading lists (tooltip rows and dots on the hover rule). With a dozen series or
 * fewer, all of them, in the chart's order. With more — every contributor as a line, say — a list of
 * 160 rows cannot be read and redrawing it on every pointer move is what made hover slow (bench,
 * docs/PERFORMANCE.md): the reading lists the series the reader is following (keyboard cursor,
 * highlighted ones), then the largest values that month, and says how many it leaves out. The
 * chart's table tab still has every value.
 */
export const MAX_HOVER_ROWS = 12;

export interface HoverSelection {
  /** Indexes into the chart's series, in display order. */
  indexes: number[];
  /** Series with a value that month that the reading leaves out. */
  omitted: number;
}

interface SeriesLike {
  id: string;
  values: readonly (number | null)[];
}

export function hoverSelection(
  series: readonly SeriesLike[],
  month: number,
  pinned: { activeIndex: number | null; highlightedIds: readonly string[] },
  max = MAX_HOVER_ROWS,
): HoverSelection {
  if (series.length <= max) return { indexes: series.map((_, i) => i), omitted: 0 };
  const chosen = new Set<number>();
  if (pinned.activeIndex !== null && pinned.activeIndex < series.length) chosen.add(pinned.activeIndex);
  if (pinned.highlightedIds.length > 0) {
    series.forEach((s, i) => {
      if (pinned.highlightedIds.includes(s.id)) chosen.add(i);
    });
  }
  const valueAt = (i: number) => series[i]?.values[month] ?? null;
  const byValue = series
    .map((_, i) => i)
    .filter((i) => !chosen.has(i) && valueAt(i) !== null)
    .sort((a, b) => (valueAt(b) ?? 0) - (valueAt(a) ?? 0) || a - b);
  const room = Math.max(0, max - chosen.size);
  // Largest first; a followed series without a value that month ("no data") goes last.
  const shown = [...chosen, ...byValue.slice(0, room)].sort(
    (a, b) => (valueAt(b) ?? -Infinity) - (valueAt(a) ?? -Infinity) || a - b,
  );
  const withValue = series.reduce((n, _, i) => n + (valueAt(i) !== null ? 1 : 0), 0);
  const shownWithValue = shown.reduce((n, i) => n + (valueAt(i) !== null ? 1 : 0), 0);
  return { indexes: shown, omitted: withValue - shownWithValue };
}
