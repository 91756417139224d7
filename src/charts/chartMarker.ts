/** A dated event drawn as a numbered badge over its month with a dotted rule down the plot. */
export interface ChartMarker {
  id: string;
  /** Month-end date on the axis, 'YYYY-MM-DD'. */
  month: string;
  /** Badge text: one or two characters ("1", "A"); the list beside the chart explains it. */
  badge: string;
  /** Full sentence for assistive technology and the badge's tooltip. */
  description: string;
}
