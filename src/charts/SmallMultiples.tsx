import type { ReactNode } from 'react';
import { useElementWidth } from './useElementWidth.ts';

export interface SmallMultiplePanel {
  id: string;
  /** The panel's heading (what the panel is about: a personnel type, a country). */
  title: ReactNode;
  /** The panel's chart at the panel's width (px) and height. */
  render: (size: { width: number; height: number }) => ReactNode;
}

export interface SmallMultiplesProps {
  /** Accessible name of the set; each panel's chart is its own image with its own title. */
  label: string;
  panels: readonly SmallMultiplePanel[];
  /** Narrowest a panel may be before the grid drops a column. */
  minPanelWidth?: number;
  maxColumns?: number;
  /** Fixed width (exports, tests); otherwise the grid follows its container. */
  width?: number;
  /** Fixed panel height; otherwise from the panel's width (panelHeight). */
  panelHeight?: number;
}

const GAP = 16;

/**
 * Columns and panel width for `count` panels in `width` px: as many columns as fit at `minPanel` px,
 * at most `maxColumns`, and never more than the panels; then rows are balanced (five panels in three
 * columns, not four and one).
 */
export function smallMultipleColumns(
  width: number,
  count: number,
  minPanel = 150,
  maxColumns = 3,
  gap = GAP,
): { columns: number; panelWidth: number } {
  const fit = Math.max(1, Math.floor((width + gap) / (minPanel + gap)));
  let columns = Math.max(1, Math.min(fit, maxColumns, count));
  const rows = Math.ceil(count / columns);
  // The fewest columns that keep the same number of rows: 4 panels in 2 × 2 rather than 3 + 1.
  while (columns > 1 && Math.ceil(count / (columns - 1)) === rows) columns -= 1;
  return { columns, panelWidth: Math.max(0, Math.floor((width - gap * (columns - 1)) / columns)) };
}

/** Height of a panel `width` px wide: short enough for a screenful of panels, tall enough to read. */
export function panelHeight(width: number): number {
  return Math.round(Math.min(230, Math.max(150, width * 0.62)));
}

/**
 * Small multiples: one small chart per panel in a grid, each with its heading. The caller draws every
 * panel on one scale (pass the same domain to each) and keys the series once for the set.
 */
export function SmallMultiples({
  label,
  panels,
  minPanelWidth = 150,
  maxColumns = 3,
  width: fixedWidth,
  panelHeight: fixedHeight,
}: SmallMultiplesProps) {
  const [ref, measured] = useElementWidth();
  const width = fixedWidth ?? measured;
  const { columns, panelWidth } = smallMultipleColumns(width, panels.length, minPanelWidth, maxColumns);
  const height = fixedHeight ?? panelHeight(panelWidth);
  return (
    <div
      ref={ref}
      className="bh-multiples"
      role="list"
      aria-label={label}
      style={{
        gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
        ...(fixedWidth === undefined ? {} : { width: fixedWidth }),
      }}
    >
      {panels.map((panel) => (
        <div role="listitem" key={panel.id} className="bh-multiple" data-panel={panel.id}>
          <h3 className="bh-multiple-title">{panel.title}</h3>
          {panel.render({ width: panelWidth, height })}
        </div>
      ))}
    </div>
  );
}
