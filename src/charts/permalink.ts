import { createContext, useContext } from 'react';

/**
 * The address of the page a chart is on, provided by the app shell (the kit never reads
 * window.location). ChartFrame prints it under each figure, so a paper copy leads back to the same view.
 */
export const PermalinkContext = createContext<string | null>(null);

export function usePermalink(): string | null {
  return useContext(PermalinkContext);
}
