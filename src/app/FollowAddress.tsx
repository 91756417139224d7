import { useEffect, useState, type ReactNode } from 'react';

/**
 * Keeps the router with an address that changed while the app's first render was under way.
 *
 * <HashRouter> reads the address when it renders but listens for changes only from its commit on. The
 * first render runs as a transition (main.tsx), sliced over tens or hundreds of milliseconds; an
 * address changed inside that window (a link followed, a script or a test setting location.hash, the
 * Back button) fires its popstate before anyone listens, and the app stayed on the old view for good.
 * This notes the address before the router renders and, once every layout effect (the router's
 * listener) has run, replays a popstate if the address has moved since: the router then reads it as
 * it reads Back and Forward.
 */
export function FollowAddress({ children }: { children: ReactNode }) {
  const [addressAtRender] = useState(() => window.location.href);
  useEffect(() => {
    if (window.location.href !== addressAtRender)
      window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state as unknown }));
  }, [addressAtRender]);
  return children;
}
