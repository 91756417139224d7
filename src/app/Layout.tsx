import { lazy, Suspense } from 'react';
import { NavLink, Outlet, useSearchParams } from 'react-router';
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

// ?present=1 on any route: its own chunk, loaded only for a presentation.
const PresentShell = lazy(() => import('./PresentShell.tsx'));

export function Layout() {
  const manifest = useManifest();
  const permalink = useCurrentPermalink();
  // ?present=1 on any route: large type, high contrast, no chrome (present.css); views drop their controls.
  const [params] = useSearchParams();
  const isPresenting = params.get('present') === '1';
  useRootClass('bh-present', isPresenting);
  if (isPresenting) {
    return (
      <Suspense fallback={null}>
        <PresentShell />
      </Suspense>
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
