// A chart is the unit of the product (see ../shared/DESIGN.md, "The chart is the unit"): each chart of a
// view is declared once, beside its view, in src/features/<view>/<view>Charts.ts. A page is its controls
// plus the ordered list of its charts, drawn by one generic list (src/ui/ChartList.tsx); the id gives the
// chart its address (chart=<id>) for embeds, present mode, playlists and deep links.
import type { ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';

/** What a chart's section fetches before it can draw (all through src/data/queries.ts). */
export type ChartData =
  | 'manifest'
  | 'country cells'
  | 'mission cells'
  | 'contributor totals'
  | 'fatalities'
  | 'population'
  | 'year cross-section';

export interface ChartDef<Props> {
  /** Stable id, lower-case words joined by dashes: the value of chart=<id>. Never reuse a retired id. */
  id: string;
  /** The chart's human name, without the country: shown in playlists and in docs/URLS.md. */
  label: string;
  /** What is measured and in which units, for the playlist and the docs. */
  units: string;
  /** The data the section needs. */
  data: readonly ChartData[];
  /** The short source line (the section prints the full one with files and dates). */
  source: string;
  /**
   * Height (px) the section takes once drawn at this column width: the box is reserved at this height
   * before the chart is drawn, so nothing below moves when it arrives.
   */
  height: (width: number) => number;
  /** 'half': side by side with the next half-width chart on a wide screen. */
  layout?: 'full' | 'half';
  /** The section: model, chart, table, description and exports (its own chunk). */
  load: () => Promise<{ default: ComponentType<Props> }>;
  /**
   * Fetches the data files the section reads (into the same queries), resolving when they have
   * settled. The slot draws the section once they have, in a transition: React then draws it in
   * slices with the page responsive in between. Without it the section draws at once and redraws as
   * each file arrives (a query's update is drawn in one task: TanStack Query reads through
   * useSyncExternalStore, whose updates cannot be sliced).
   */
  prefetch?: (props: Props, client: QueryClient) => Promise<unknown>;
}

/** The charts of one view, in page order. */
export interface ViewCharts<Props> {
  view: string;
  charts: readonly ChartDef<Props>[];
}

export function chartById<Props>(
  list: ViewCharts<Props>,
  id: string | undefined,
): ChartDef<Props> | undefined {
  return id === undefined ? undefined : list.charts.find((c) => c.id === id);
}

/**
 * A height that depends on the column width, in steps: the section's height measured for the default
 * country at 390, 800 and 1280 px wide (scripts/dev/slotCheck.ts prints them).
 */
export function stepHeight(narrow: number, medium: number, wide: number) {
  return (width: number): number => (width < 520 ? narrow : width < 900 ? medium : wide);
}
