import { Suspense, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { DisplayModeContext, type DisplayMode } from '../state/displayMode.ts';
import { absoluteHref, hashHref, isViewName, pathOfView, viewQuery } from '../state/viewLinks.ts';
import { quote } from '../state/params.ts';
import { ViewBoundary } from '../ui/ViewBoundary.tsx';
import { useViewPages } from '../ui/viewPagesContext.ts';
import { ChartCheck } from '../ui/ChartCheck.tsx';
import { useRootClass } from '../ui/useRootClass.ts';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';
import { useReportHeight } from './useReportHeight.ts';
import { PermalinkContext } from '../charts/permalink.ts';
import './embed.css';

/**
 * #/embed/<view>?chart=<id>&… — one chart of a view without the site's chrome, for an <iframe> on
 * another site: the chart with its title and source line, and a link to the full view.
 */
export default function EmbedPage() {
  const { view = '' } = useParams();
  const [params] = useSearchParams();
  const chart = params.get('chart') || undefined;
  const mode = useMemo<DisplayMode>(() => ({ kind: 'embed', chart }), [chart]);
  const pages = useViewPages();
  const Page = isViewName(view) ? pages.page(view) : undefined;
  const fullHref = hashHref(pathOfView(view), viewQuery(params));
  // A printed embed names the full view it came from (ChartFrame prints it under the figure).
  const permalink = useMemo(
    () => absoluteHref(document.baseURI, pathOfView(view), viewQuery(params)),
    [view, params],
  );
  useRootClass('bh-embed');
  useReportHeight();

  const openFull = (
    <a href={Page ? fullHref : '#/'} target="_blank" rel="noopener">
      Open the full view in Blue Helmets
    </a>
  );

  return (
    <div className="bh-embed-root">
      {Page ? (
        <DisplayModeContext.Provider value={mode}>
          <PermalinkContext.Provider value={permalink}>
            <ChartCheck chart={chart} view={view} isTopLevel>
              <ViewBoundary name={view}>
                <Suspense
                  fallback={
                    <p className="loading" role="status">
                      Loading the chart…
                    </p>
                  }
                >
                  <Page />
                </Suspense>
              </ViewBoundary>
            </ChartCheck>
          </PermalinkContext.Provider>
        </DisplayModeContext.Provider>
      ) : (
        <NoSuchView view={view} names={pages.names()} />
      )}
      <p className="bh-embed-link">{openFull}</p>
    </div>
  );
}

function NoSuchView({ view, names }: { view: string; names: readonly string[] }) {
  useDocumentTitle('No such view');
  return (
    <div className="error-panel" role="alert">
      <h1>No such view</h1>
      <p>
        This embed asks for the view {quote(view)}, which Blue Helmets does not have. The views are{' '}
        {names.join(', ')}.
      </p>
    </div>
  );
}
