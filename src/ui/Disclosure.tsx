import type { ReactNode } from 'react';
import { useDrawEverything } from './drawAll.ts';
import './disclosure.css';

/**
 * A long list or table a reader opens on demand, its summary saying what and how many. Printing (and
 * "draw everything" for tests and the benchmark) opens it: nothing is hidden on paper.
 */
export function Disclosure({
  summary,
  children,
  testId,
}: {
  summary: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const isDrawAll = useDrawEverything();
  return (
    <details className="disclosure" {...(isDrawAll ? { open: true } : {})} data-testid={testId}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
