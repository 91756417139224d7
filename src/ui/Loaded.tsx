import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorPanel } from './ViewBoundary.tsx';

/** Renders children once a query has data; otherwise a status line or a message with a retry. */
export function Loaded<T>({
  query,
  what,
  children,
}: {
  query: UseQueryResult<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) {
    return (
      <ErrorPanel
        title={`The ${what} could not be loaded`}
        message={`${query.error.message} The rest of the site still works.`}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return (
    <p className="loading" role="status">
      Loading the {what}…
    </p>
  );
}
