// The pages and chart registries of the views, handed down by the app shell. The embed route and the playlist stage render
// whole views, but they sit below the features in the layering (data → state → charts/ui → export,
// embed, present → features → app): they must not import the features, so the shell, which does,
// provides them here.
import {
  createContext,
  useContext,
  useEffect,
  useState,
  type ComponentType,
  type LazyExoticComponent,
} from 'react';
import type { ChartDef } from '../charts/chartRegistry.ts';

export interface ViewPages {
  /** The lazy page of a view, or undefined when there is no such view. */
  page(name: string): LazyExoticComponent<ComponentType> | undefined;
  /** Every view's name, sorted. */
  names(): string[];
  /**
   * Every view's chart registry (src/features/<view>/<view>Charts.ts) as one lookup. Loaded on demand:
   * the registries name every chart of every view, which no first load needs.
   */
  loadCharts(): Promise<ChartLookup>;
}

/** The chart with this id in this view's registry, or undefined. */
export type ChartLookup = (view: string, id: string) => ChartDef<never> | undefined;

const NO_CHARTS: ChartLookup = () => undefined;
const NO_PAGES: ViewPages = {
  page: () => undefined,
  names: () => [],
  loadCharts: () => Promise.resolve(NO_CHARTS),
};

export const ViewPagesContext = createContext<ViewPages>(NO_PAGES);

export function useViewPages(): ViewPages {
  return useContext(ViewPagesContext);
}

/** The chart lookup, once the registries have arrived (until then, and if they fail, it finds nothing). */
export function useChartLookup(): ChartLookup {
  const { loadCharts } = useViewPages();
  const [lookup, setLookup] = useState<{ find: ChartLookup }>({ find: NO_CHARTS });
  useEffect(() => {
    let isCurrent = true;
    loadCharts()
      .then((find) => {
        if (isCurrent) setLookup({ find });
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [loadCharts]);
  return lookup.find;
}
