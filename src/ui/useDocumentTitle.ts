// Every route names itself in the browser's tab, its history and its bookmarks: "Deployments: Nepal —
// Blue Helmets". Pages (and the shell's not-found pages) call this once with what their heading says.
import { useEffect } from 'react';
import { useDisplayMode } from '../state/displayMode.ts';

export const SITE_NAME = 'Blue Helmets';

/** The tab title for a page: 'Deployments: Nepal' → 'Deployments: Nepal — Blue Helmets'. */
export function documentTitle(page: string, mode: 'full' | 'embed' | 'present' = 'full'): string {
  const prefix = mode === 'embed' ? 'Embed · ' : mode === 'present' ? 'Presenting · ' : '';
  return `${prefix}${page} — ${SITE_NAME}`;
}

/** Sets the tab title while the page is shown; the next page sets its own. */
export function useDocumentTitle(page: string): void {
  const { kind } = useDisplayMode();
  useEffect(() => {
    document.title = documentTitle(page, kind);
  }, [page, kind]);
}
