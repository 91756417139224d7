import { useEffect, useMemo } from 'react';
import { Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { DisplayModeContext, type DisplayMode } from '../state/displayMode.ts';
import { hashHref, viewNameOfPath, viewQuery } from '../state/viewLinks.ts';
import { ChartCheck } from '../ui/ChartCheck.tsx';
import { viewPage } from './viewPages.ts';
import { FitToScreen } from '../ui/FitToScreen.tsx';
import { CurrentPermalink } from './CurrentPermalink.tsx';

/**
 * ?present=1 on any route: large type, high contrast, no chrome (present.css); views drop their
 * controls. With chart=<id> that one chart is fitted to the screen. Escape leaves present mode.
 */
export default function PresentShell() {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const chart = params.get('chart') || undefined;
  const presentMode = useMemo<DisplayMode>(() => ({ kind: 'present', chart }), [chart]);
  const navigate = useNavigate();
  const exitHref = hashHref(pathname, viewQuery(params));
  // chart=<id> on a view: an id the view does not have gets a sentence, not an empty slide.
  const viewName = chart === undefined ? null : viewNameOfPath(pathname);
  const presentedView = viewName !== null && viewPage(viewName) ? viewName : null;
  // Escape leaves present mode for the same view in the full site.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      void navigate(exitHref.slice(1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [exitHref, navigate]);
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
              <ChartCheck chart={chart} view={presentedView ?? pathname}>
                <FitToScreen>
                  <Outlet />
                </FitToScreen>
              </ChartCheck>
            ) : (
              <Outlet />
            )}
          </CurrentPermalink>
        </DisplayModeContext.Provider>
      </main>
    </div>
  );
}
