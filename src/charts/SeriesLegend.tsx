import { memo } from 'react';
import type { LegendItem } from './svgLegend.ts';

export interface SeriesLegendProps {
  items: readonly LegendItem[];
  /** 'line' draws a short stroke as the key (line charts), 'area' a square (stacked areas). */
  keyShape?: 'line' | 'area';
  label?: string;
}

/**
 * A row of keys (colour + name) under or above a chart, as an HTML list: it wraps on a phone and the
 * image exports turn it into SVG (src/export/svgExport.ts reads `.legend`). Nothing when empty.
 */
export const SeriesLegend = memo(function SeriesLegend({
  items,
  keyShape = 'line',
  label = 'Legend',
}: SeriesLegendProps) {
  if (items.length === 0) return null;
  return (
    <ul className="legend bh-series-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <span
            className={`legend-swatch bh-series-legend-key bh-series-legend-key--${keyShape}`}
            style={{ background: item.color }}
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
});
