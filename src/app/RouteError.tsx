import { Component, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { NAV_ITEMS } from './Layout.tsx';
import { ErrorPanel } from '../ui/ViewBoundary.tsx';
import { quote } from '../state/params.ts';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';

/**
 * The whole-page fallback: what shows when no route can place a link (a fragment such as "#./x";
 * no `error`) or the shell itself fails to render (`error`, from ShellBoundary). Without it the page
 * would be blank. The reader gets the menu back and a sentence; the error text is React-escaped and
 * shortened like any other echo.
 */
export function RouteError({ error }: { error?: unknown }) {
  const location = useLocation();
  const isNoMatch = error === undefined;
  useDocumentTitle(isNoMatch ? 'No such page' : 'This page could not be shown');
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
              The link points to {quote(location.pathname)}, which is not a page of Blue Helmets. Choose a
              view from the menu above, or <a href="#/">go to the overview</a>.
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
  if (error instanceof Error) return `${quote(error.message)} went wrong. Reloading usually helps.`;
  return 'Something unexpected went wrong. Reloading usually helps.';
}

/**
 * Catches what the views' own boundaries (ViewBoundary) cannot: a failure of the shell. Following any
 * link clears it, as the menu on the error page is the way out.
 */
export function ShellBoundary({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  return <ShellErrorCatcher resetKey={`${pathname}?${search}`}>{children}</ShellErrorCatcher>;
}

interface CatcherProps {
  resetKey: string;
  children: ReactNode;
}

interface CatcherState {
  error: unknown;
  resetKey: string;
}

class ShellErrorCatcher extends Component<CatcherProps, CatcherState> {
  state: CatcherState = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<CatcherState> {
    return { error: error ?? new Error('unknown error') };
  }

  static getDerivedStateFromProps(props: CatcherProps, state: CatcherState): Partial<CatcherState> | null {
    return props.resetKey === state.resetKey ? null : { error: undefined, resetKey: props.resetKey };
  }

  render() {
    return this.state.error === undefined ? this.props.children : <RouteError error={this.state.error} />;
  }
}
