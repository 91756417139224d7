import { Component, type ErrorInfo, type ReactNode } from 'react';
import { QueryErrorResetBoundary } from '@tanstack/react-query';

interface Props {
  name: string;
  children: ReactNode;
}

/**
 * One boundary per view: a failure inside a view says what failed and offers a retry, while the
 * navigation and every other view keep working. No stack trace reaches the page.
 */
export function ViewBoundary({ name, children }: Props) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary name={name} onReset={reset}>
          {children}
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  );
}

class Boundary extends Component<Props & { onReset: () => void }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for developers; the reader sees the plain message below.
    console.warn(`The ${this.props.name} view failed:`, error.message, info.componentStack?.split('\n')[1] ?? '');
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
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

export function ErrorPanel({ title, message, onRetry }: { title: string; message: string; onRetry?: () => void }) {
  return (
    <div className="error-panel" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      <p>
        {onRetry ? (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        ) : null}{' '}
        <a href="#/">Go to the overview</a>
      </p>
    </div>
  );
}
