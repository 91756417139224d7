// What a time chart's legend lists: only what its end labels do not already say. A page says each thing
// once — a series named at the end of its line needs no second name below the chart.
import type { LegendItem } from './svgLegend.ts';

export interface KeyedSeries {
  id: string;
  label: string;
  color: string;
  /** The series has something drawn in the range shown (a value; for a stacked layer, a height). */
  hasData: boolean;
}

/**
 * The legend under a time chart: the series drawn in the range whose end label is not shown (thinned
 * away for lack of room, or a series that stops before the end of the range), in the chart's series
 * order. Empty — no legend — when every drawn series is labelled. A series with nothing in the range
 * gets neither an end label nor a legend entry: it is not on the chart.
 */
export function unlabelledSeries(
  series: readonly KeyedSeries[],
  labelledIds: ReadonlySet<string>,
): LegendItem[] {
  return series
    .filter((s) => s.hasData && !labelledIds.has(s.id))
    .map((s) => ({ id: s.id, label: s.label, color: s.color }));
}

/**
 * Whether a line's last value is close enough to the end of the range to be named in the right margin:
 * within the last twentieth of the range (at least three months, so a missing last report or two does
 * not cost a line its label). A line that stops years earlier would get a name far from its end; the
 * legend names it instead.
 */
export function endsNearRangeEnd(lastIndex: number, range: { from: number; to: number }): boolean {
  return lastIndex >= range.to - Math.max(3, Math.round((range.to - range.from) * 0.05));
}
