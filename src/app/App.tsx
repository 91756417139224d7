import { lazy, Suspense, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { HashRouter, useRoutes, type RouteObject } from 'react-router';
import { FollowAddress } from './FollowAddress.tsx';
import { Layout } from './Layout.tsx';
import { ViewBoundary } from '../ui/ViewBoundary.tsx';
import { NotFound } from './NotFound.tsx';
import { RouteError, ShellBoundary } from './RouteError.tsx';
import { requireViewPage, viewNames, viewPage } from './viewPages.ts';
import { ViewPagesContext, type ViewPages } from '../ui/viewPagesContext.ts';
import { prefetchManifest } from '../data/queries.ts';

// Each view is its own chunk: the first load carries only the shell and the view it opens. The pages
// come from viewPages.ts (src/features/<view>/<View>Page.tsx), which the embed route and the playlist
// share: a view with a page is also an embed (#/embed/<view>) and a playlist slide.
const OverviewPage = requireViewPage('overview');
const SourcesPage = requireViewPage('sources');
const DeploymentsPage = requireViewPage('deployments');
const WomenPage = requireViewPage('women');
const FatalitiesPage = requireViewPage('fatalities');
const ComparePage = requireViewPage('compare');
const ClaimsPage = requireViewPage('claims');
const MissionsPage = requireViewPage('missions');
// Outside the views: one chart without the site's chrome, and the presentation playlist.
const EmbedPage = lazy(() => import('../embed/EmbedPage.tsx'));
const PlaylistPage = lazy(() => import('../present/PlaylistPage.tsx'));

export const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});
prefetchManifest(queryClient);

// Keyed by view: navigation runs in a transition (React Router), which keeps a Suspense boundary that
// is already on screen showing the old view while the new view's code downloads — the old view, with
// the new menu item not yet marked and no sign of loading. A boundary of its own per view is new on
// each view change, so its fallback shows at once.
function view(name: string, element: ReactNode) {
  return (
    <ViewBoundary key={name} name={name}>
      <Suspense
        fallback={
          <p className="loading" role="status">
            Loading the {name} view…
          </p>
        }
      >
        {element}
      </Suspense>
    </ViewBoundary>
  );
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: view('overview', <OverviewPage />) },
      { path: 'deployments', element: view('deployments', <DeploymentsPage />) },
      { path: 'missions', element: view('missions', <MissionsPage />) },
      { path: 'women', element: view('women', <WomenPage />) },
      { path: 'fatalities', element: view('fatalities', <FatalitiesPage />) },
      { path: 'compare', element: view('compare', <ComparePage />) },
      { path: 'claims', element: view('claims', <ClaimsPage />) },
      { path: 'sources', element: view('sources', <SourcesPage />) },
      { path: 'playlist', element: view('playlist', <PlaylistPage />) },
      { path: '*', element: <NotFound /> },
    ],
  },
  // #/embed/<view>?chart=<id>&… — outside Layout: no header, footer or navigation.
  {
    path: '/embed/:view',
    element: (
      <ViewBoundary name="embed">
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading the chart…
            </p>
          }
        >
          <EmbedPage />
        </Suspense>
      </ViewBoundary>
    ),
  },
];

/**
 * The routes, or the "no such page" shell when none matches. The '*' route catches unknown paths;
 * this catches the rest — a fragment such as "#./x" whose path does not start at the root — for which
 * the router itself would draw nothing.
 */
function AppRoutes() {
  return useRoutes(routes) ?? <RouteError />;
}

// Declarative routing (<HashRouter> + useRoutes) rather than a data router: the app loads no route
// data through the router (TanStack Query does that), and the data router would add ~16 kB gzip to
// the first load of every route (measured with the size budgets, scripts/budgets.ts).
const VIEW_PAGES: ViewPages = {
  page: viewPage,
  names: viewNames,
};

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ViewPagesContext.Provider value={VIEW_PAGES}>
        <FollowAddress>
          <HashRouter>
            <ShellBoundary>
              <AppRoutes />
            </ShellBoundary>
          </HashRouter>
        </FollowAddress>
      </ViewPagesContext.Provider>
    </QueryClientProvider>
  );
}
