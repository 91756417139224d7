import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useInRouterContext, useLocation } from 'react-router';
import { QueryErrorResetBoundary } from '@tanstack/react-query';

interface Props {
  name: string;
  children: ReactNode;
}

/**
 * One boundary per view: a failure inside a view says what failed and offers a retry, while the
 * navigation and every other view keep working. No stack trace reaches the page.
 *
 * Routes render their boundary at the same place in the tree, so React keeps one Boundary instance
 * from view to view: the error is cleared whenever the link changes, or a failed view would stay on
 * screen in place of every view opened after it.
 */
export function ViewBoundary({ name, children }: Props) {
  // Component tests may render a view without a router: then there is no link to follow.
  return useInRouterContext() ? (
    <RoutedBoundary name={name}>{children}</RoutedBoundary>
  ) : (
    <ResettableBoundary name={name} resetKey={name}>
      {children}
    </ResettableBoundary>
  );
}

function RoutedBoundary({ name, children }: Props) {
  const { pathname, search } = useLocation();
  return (
    <ResettableBoundary name={name} resetKey={`${name}|${pathname}?${search}`}>
      {children}
    </ResettableBoundary>
  );
}

function ResettableBoundary({ name, resetKey, children }: Props & { resetKey: string }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary name={name} onReset={reset} resetKey={resetKey}>
          {children}
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  );
}

interface BoundaryProps extends Props {
  onReset: () => void;
  resetKey: string;
}

interface BoundaryState {
  error: Error | null;
  resetKey: string;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<BoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for developers; the reader sees the plain message below.
    console.warn(
      `The ${this.props.name} view failed:`,
      error.message,
      info.componentStack?.split('\n')[1] ?? '',
    );
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (isChunkLoadError(error)) {
      // React.lazy keeps a failed import: only a reload fetches the code again (and gets a newer build).
      return (
        <ErrorPanel
          title={`The ${this.props.name} view could not be loaded`}
          message="Part of Blue Helmets could not be downloaded: the connection dropped, or the site was updated since this page was opened. Reloading the page fixes it; the rest of the site still works."
          onRetry={() => window.location.reload()}
          retryLabel="Reload the page"
        />
      );
    }
    return (
      <ErrorPanel
        title={`The ${this.props.name} view could not be shown`}
        message={error.message}
        onRetry={() => {
          this.props.onReset();
          this.setState({ error: null });
        }}
      />
    );
  }
}

/**
 * A dynamic import() that failed (Chromium, Firefox and Safari word it differently), or the stylesheet
 * of the chunk it needs ("Unable to preload CSS for …", from Vite's preload helper). Both are cached
 * as failed by the browser, Vite and React.lazy, so only a reload fetches them again.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i.test(
    message,
  );
}

export function ErrorPanel({
  title,
  message,
  onRetry,
  retryLabel = 'Try again',
}: {
  title: string;
  message: string;
  onRetry?: () => void;
  retryLabel?: string;
}) {
  return (
    <div className="error-panel" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      <p>
        {onRetry ? (
          <button type="button" onClick={onRetry}>
            {retryLabel}
          </button>
        ) : null}{' '}
        <a href="#/">Go to the overview</a>
      </p>
    </div>
  );
}
