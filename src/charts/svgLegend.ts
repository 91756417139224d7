// A chart's legend as SVG (swatch + label, in rows), for exports: the same items the page shows as an
// HTML list, laid out by width without a DOM so a picture of the chart carries its key.
import { estimateTextWidth } from './textWidth.ts';

export interface LegendItem {
  id: string;
  label: string;
  /** Any CSS colour, including var(--bh-series-1, #0072B2). */
  color: string;
  /** Hatched swatch: months without data, not a series. */
  isHatched?: boolean;
}

export interface PlacedLegendItem extends LegendItem {
  x: number;
  y: number;
}

export const LEGEND_SWATCH = 12;
export const LEGEND_ROW = 20;
const GAP = 18;

/** Rows of swatch + label that fit `width`; `measure` gives a label's width at `fontSize`. */
export function legendLayout(
  items: readonly LegendItem[],
  width: number,
  fontSize = 12,
  measure: (text: string) => number = (text) => estimateTextWidth(text, fontSize),
): { items: PlacedLegendItem[]; width: number; height: number } {
  const placed: PlacedLegendItem[] = [];
  let x = 0;
  let y = 0;
  let widest = 0;
  for (const item of items) {
    const itemWidth = LEGEND_SWATCH + 6 + measure(item.label);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += LEGEND_ROW;
    }
    placed.push({ ...item, x, y });
    widest = Math.max(widest, x + itemWidth);
    x += itemWidth + GAP;
  }
  return { items: placed, width: Math.ceil(widest), height: items.length === 0 ? 0 : y + LEGEND_ROW };
}
