// How a view is being shown. Views read this to drop their chrome: an embed shows one chart with its
// title, source line and a link to the full view; present mode shows one chart in large type.
import { createContext, useContext } from 'react';
import { useSearchParams } from 'react-router';

export interface DisplayMode {
  kind: 'full' | 'embed' | 'present';
  /** In embed and present modes, the id of the one chart to show (each view's charts have stable ids). */
  chart?: string;
}

export const DisplayModeContext = createContext<DisplayMode>({ kind: 'full' });

export function useDisplayMode(): DisplayMode {
  return useContext(DisplayModeContext);
}

/** True when a chart with this id should render in the current mode. */
export function isChartShown(mode: DisplayMode, chartId: string): boolean {
  return mode.kind === 'full' || mode.chart === undefined || mode.chart === chartId;
}

/** chart=<id> in the address of a full view: the chart to scroll to. */
export function useChartParam(): string | undefined {
  const [params] = useSearchParams();
  return params.get('chart') || undefined;
}
