import { isRouteErrorResponse, NavLink, useLocation, useRouteError } from 'react-router';
import { NAV_ITEMS } from './Layout.tsx';
import { ErrorPanel } from './ViewBoundary.tsx';
import { quote } from '../state/params.ts';

/**
 * The root route's error element: what shows when the router itself cannot place a link (a fragment
 * such as "#./x", which no route can match) or the shell fails to render. Without it React Router
 * draws its own developer page in place of the whole app, navigation included. The reader gets the
 * menu back and a sentence; the error text is React-escaped and shortened like any other echo.
 */
export function RouteError() {
  const error = useRouteError();
  const location = useLocation();
  const isNoMatch = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="app">
      <header className="site-header">
        <a className="brand" href="#/">
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
      </header>
      <main id="main" tabIndex={-1}>
        {isNoMatch ? (
          <div className="error-panel" role="alert">
            <h1>No such page</h1>
            <p>
              The link points to {quote(location.pathname)}, which is not a page of Blue Helmets. Choose a view from
              the menu above, or <a href="#/">go to the overview</a>.
            </p>
          </div>
        ) : (
          <ErrorPanel
            title="This page could not be shown"
            message={describe(error)}
            onRetry={() => window.location.reload()}
          />
        )}
      </main>
    </div>
  );
}

function describe(error: unknown): string {
  if (isRouteErrorResponse(error)) return `The router answered ${error.status} ${quote(error.statusText)}.`;
  if (error instanceof Error) return `${quote(error.message)} went wrong. Reloading usually helps.`;
  return 'Something unexpected went wrong. Reloading usually helps.';
}
