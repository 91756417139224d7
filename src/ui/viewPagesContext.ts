// The pages of the views, handed down by the app shell. The embed route and the playlist stage render
// whole views, but they sit below the features in the layering (data → state → charts/ui → export,
// embed, present → features → app): they must not import the features, so the shell, which does,
// provides them here.
import { createContext, useContext, type ComponentType, type LazyExoticComponent } from 'react';

export interface ViewPages {
  /** The lazy page of a view, or undefined when there is no such view. */
  page(name: string): LazyExoticComponent<ComponentType> | undefined;
  /** Every view's name, sorted. */
  names(): string[];
}

const NO_PAGES: ViewPages = { page: () => undefined, names: () => [] };

export const ViewPagesContext = createContext<ViewPages>(NO_PAGES);

export function useViewPages(): ViewPages {
  return useContext(ViewPagesContext);
}
