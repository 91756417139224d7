import { lazy, Suspense, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createHashRouter, RouterProvider } from 'react-router';
import { Layout } from './Layout.tsx';
import { ViewBoundary } from './ViewBoundary.tsx';
import { NotFound } from './NotFound.tsx';
import { RouteError } from './RouteError.tsx';
import { requireViewPage } from './viewPages.ts';

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
// Outside the views: one chart without the site's chrome, and the presentation playlist.
const EmbedPage = lazy(() => import('../embed/EmbedPage.tsx'));
const PlaylistPage = lazy(() => import('../present/PlaylistPage.tsx'));

export const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

function view(name: string, element: ReactNode) {
  return (
    <ViewBoundary name={name}>
      <Suspense fallback={<p className="loading" role="status">Loading the {name} view…</p>}>{element}</Suspense>
    </ViewBoundary>
  );
}

export const routes = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: view('overview', <OverviewPage />) },
      { path: 'deployments', element: view('deployments', <DeploymentsPage />) },
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
        <Suspense fallback={<p className="loading" role="status">Loading the chart…</p>}>
          <EmbedPage />
        </Suspense>
      </ViewBoundary>
    ),
    errorElement: <RouteError />,
  },
];

const router = createHashRouter(routes);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
