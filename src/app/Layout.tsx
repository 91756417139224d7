import { lazy, Suspense, useEffect, useMemo } from 'react';
import { NavLink, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { DisplayModeContext, type DisplayMode } from '../state/displayMode.ts';
import { hashHref, viewNameOfPath, viewQuery } from '../state/viewLinks.ts';
import { viewPage } from './viewPages.ts';
import { useRootClass } from '../ui/useRootClass.ts';
import '../present/present.css';
import { useManifest } from '../data/queries.ts';
import { CurrentPermalink, useCurrentPermalink } from './CurrentPermalink.tsx';
import { ThemeSwitch } from './ThemeSwitch.tsx';

export const NAV_ITEMS = [
  { to: '/', label: 'Overview' },
  { to: '/deployments', label: 'Deployments' },
  { to: '/missions', label: 'Missions' },
  { to: '/women', label: 'Women' },
  { to: '/fatalities', label: 'Fatalities' },
  { to: '/compare', label: 'Per capita' },
  { to: '/claims', label: 'Claims checked' },
  { to: '/sources', label: 'Sources' },
  { to: '/playlist', label: 'Playlist' },
] as const;

const PresentFrame = lazy(() => import('./PresentFrame.tsx'));

export function Layout() {
  const manifest = useManifest();
  const permalink = useCurrentPermalink();
  // ?present=1 on any route: large type, high contrast, no chrome (present.css); views drop their controls.
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const isPresenting = params.get('present') === '1';
  const chart = params.get('chart') || undefined;
  const presentMode = useMemo<DisplayMode>(() => ({ kind: 'present', chart }), [chart]);
  useRootClass('bh-present', isPresenting);
  // ?present=1&chart=<id> on a view: an id the view does not have gets a sentence, not an empty slide.
  const viewName = chart === undefined ? null : viewNameOfPath(pathname);
  const presentedView = viewName !== null && viewPage(viewName) ? viewName : null;
  const navigate = useNavigate();
  const exitHref = hashHref(pathname, viewQuery(params));
  // Escape leaves present mode for the same view in the full site.
  useEffect(() => {
    if (!isPresenting) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      void navigate(exitHref.slice(1), { replace: false });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isPresenting, exitHref, navigate]);
  if (isPresenting) {
    return (
      <div className="app app--present">
        <a className="bh-present-exit" href={exitHref} data-testid="exit-presentation">
          Exit presentation
        </a>
        <main id="main" tabIndex={-1}>
          <DisplayModeContext.Provider value={presentMode}>
            <CurrentPermalink>
              {/* One chart (chart=<id>) is fitted to the screen; a whole view scrolls. */}
              {chart ? (
                <Suspense
                  fallback={
                    <p className="loading" role="status">
                      Loading the chart…
                    </p>
                  }
                >
                  <PresentFrame chart={chart} view={presentedView}>
                    <Outlet />
                  </PresentFrame>
                </Suspense>
              ) : (
                <Outlet />
              )}
            </CurrentPermalink>
          </DisplayModeContext.Provider>
        </main>
      </div>
    );
  }
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="site-header">
        <a className="brand" href="#/">
          <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28">
            <path d="M4 20a12 12 0 0 1 24 0z" fill="currentColor" />
            <rect x="2" y="20" width="28" height="4" rx="2" fill="currentColor" opacity="0.7" />
          </svg>
          <span>Blue Helmets</span>
        </a>
        <nav aria-label="Views">
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <ThemeSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <CurrentPermalink>
          <Outlet />
        </CurrentPermalink>
      </main>
      <footer className="site-footer">
        <p>
          Data: UN Department of Peace Operations, International Peace Institute, World Bank.{' '}
          {manifest.data ? <>Dataset version {manifest.data.version}. </> : null}
          <a href="#/sources">Sources, gaps and downloads</a>.
        </p>
        <p className="print-only">This view: {permalink}</p>
      </footer>
    </div>
  );
}
