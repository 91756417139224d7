import { lazy, Suspense, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createHashRouter, RouterProvider } from 'react-router';
import { Layout } from './Layout.tsx';
import { ViewBoundary } from './ViewBoundary.tsx';
import { NotFound } from './NotFound.tsx';
import { RouteError } from './RouteError.tsx';

// Each view is its own chunk: the first load carries only the shell and the view it opens.
const OverviewPage = lazy(() => import('../features/overview/OverviewPage.tsx'));
const SourcesPage = lazy(() => import('../features/sources/SourcesPage.tsx'));
const FatalitiesPage = lazy(() => import('../features/fatalities/FatalitiesPage.tsx'));
const ComparePage = lazy(() => import('../features/compare/ComparePage.tsx'));
const ClaimsPage = lazy(() => import('../features/claims/ClaimsPage.tsx'));

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
      { path: 'fatalities', element: view('fatalities', <FatalitiesPage />) },
      { path: 'compare', element: view('compare', <ComparePage />) },
      { path: 'claims', element: view('claims', <ClaimsPage />) },
      { path: 'sources', element: view('sources', <SourcesPage />) },
      { path: '*', element: <NotFound /> },
    ],
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
