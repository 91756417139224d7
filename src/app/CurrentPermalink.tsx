import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { PermalinkContext } from '../charts/permalink.ts';
import { usePinnedView } from '../state/pinnedView.ts';
import { hashHref } from '../state/viewLinks.ts';

/**
 * The absolute address of the current view as the view itself pins it (serializeView's isPinned:
 * every parameter written out, defaults that follow the data included, anything the view ignored
 * left out), never the raw address bar, which may be unpinned or carry invalid input. A page
 * without view parameters (Sources, the playlist) is given by its path alone.
 */
export function useCurrentPermalink(): string {
  const { pathname } = useLocation();
  const pinned = usePinnedView();
  const href =
    pinned && pinned.pathname === pathname ? hashHref(pinned.pathname, pinned.search) : hashHref(pathname);
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
