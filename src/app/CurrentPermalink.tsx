import type { ReactNode } from 'react';
import { useHref, useLocation } from 'react-router';
import { PermalinkContext } from '../charts/permalink.ts';

/** The full address of the current view (hash route and query included), as an absolute URL. */
export function useCurrentPermalink(): string {
  const location = useLocation();
  const href = useHref(location);
  return typeof window === 'undefined' ? href : new URL(href, window.location.href).href;
}

/**
 * Gives every ChartFrame below it the current address, which it prints under the figure. Layout wraps
 * the full views in it; a shell without Layout (embeds, present mode) should wrap its outlet too.
 */
export function CurrentPermalink({ children }: { children: ReactNode }) {
  const permalink = useCurrentPermalink();
  return <PermalinkContext.Provider value={permalink}>{children}</PermalinkContext.Provider>;
}
