import { useContext, useMemo } from 'react';
import { UNSAFE_LocationContext } from 'react-router';
import { usePinnedView } from '../state/pinnedView.ts';
import { absoluteHref, viewNameOfPath, viewQuery } from '../state/viewLinks.ts';

export interface ViewLink {
  /** The view on screen ('fatalities'), or null on a page that is not a view. */
  view: string | null;
  /** Its route path ('/fatalities'). */
  path: string;
  /** Its query: pinned (defaults that follow the data written out), display parameters left out. */
  query: URLSearchParams;
  /** The absolute address that reopens this view. */
  permalink: string;
  /** The deployment's document address, for embed and script links. */
  baseURI: string;
}

/**
 * The link to the view a chart sits in. Reads the router's location without requiring a router
 * (a chart rendered on its own, in a test, still gets a link to the site).
 */
export function useViewLink(): ViewLink {
  const location = useContext(UNSAFE_LocationContext)?.location ?? null;
  const pinned = usePinnedView();
  const path = location?.pathname ?? '/';
  const search = location?.search ?? '';
  const pinnedSearch = pinned && pinned.pathname === path ? pinned.search : null;
  return useMemo(() => {
    const query = pinnedSearch !== null ? new URLSearchParams(pinnedSearch) : viewQuery(search);
    const baseURI = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
    return {
      view: viewNameOfPath(path),
      path,
      query,
      permalink: absoluteHref(baseURI, path, query),
      baseURI,
    };
  }, [path, search, pinnedSearch]);
}
