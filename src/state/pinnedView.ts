// The pinned query of the view on screen (every parameter that follows the dataset written out, see
// serializeView's isPinned), published by useView so that share and export controls deep inside a
// chart frame can link to exactly this view without knowing its spec.
import { useSyncExternalStore } from 'react';

export interface PinnedView {
  /** The route path the view was parsed on ('/fatalities'). */
  pathname: string;
  /** Its pinned query, without '?'. */
  search: string;
}

let current: PinnedView | null = null;
const listeners = new Set<() => void>();

export function publishPinnedView(next: PinnedView | null): void {
  if (
    current === next ||
    (current && next && current.pathname === next.pathname && current.search === next.search)
  )
    return;
  current = next;
  for (const listener of listeners) listener();
}

/** Clears the pinned view if it is still `own` (a view that unmounts must not clear its successor's). */
export function clearPinnedView(own: PinnedView): void {
  if (current && current.pathname === own.pathname && current.search === own.search) publishPinnedView(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePinnedView(): PinnedView | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}
