import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorPanel } from './ViewBoundary.tsx';

/**
 * Renders children once a query has data; otherwise a status line or a message with a retry.
 *
 * Not deferred (useDeferredValue), though that would let React draw arriving data in slices: a
 * deferred render starts again from the top whenever another update comes first, and on a busy
 * machine the overview's headline figures waited more than 5 s behind the page's other arrivals
 * (brokenData.spec failed twice so). Data is drawn in the render that receives it.
 */
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

/** A file a part of the page needed and could not get: what it is, why, and how to ask again. */
export interface LoadFailure {
  /** "the contributor totals" */
  what: string;
  /** The loader's message, which names the file and what went wrong. */
  message: string;
  retry: () => void;
}

/** The failure of a query, or null while it loads or once it has data. */
export function loadFailureOf(query: UseQueryResult<unknown>, what: string): LoadFailure | null {
  if (!query.isError) return null;
  return { what, message: query.error.message, retry: () => void query.refetch() };
}

/**
 * One message for the files a page could load only in part (the page shows what it has): each file's
 * own message, and one *Try again* that asks again for every file that failed.
 */
export function LoadFailures({ failures }: { failures: readonly LoadFailure[] }) {
  if (failures.length === 0) return null;
  return (
    <ErrorPanel
      title="Part of the data could not be loaded"
      message={`${failures.map((f) => f.message).join(' ')} What needs ${
        failures.length === 1 ? 'it' : 'them'
      } is left out; the rest of the page and the site still work.`}
      onRetry={() => failures.forEach((f) => f.retry())}
    />
  );
}
