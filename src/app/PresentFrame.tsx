// The frame of present mode around a view (?present=1): one chart (chart=<id>) fitted to the screen,
// and a sentence instead of an empty slide for an id the view does not have. Its own chunk: only
// presenters need it, and every first load would carry it otherwise (see the size budgets).
import type { ReactNode } from 'react';
import { ChartCheck } from '../ui/ChartCheck.tsx';
import { FitToScreen } from '../ui/FitToScreen.tsx';

export default function PresentFrame({
  chart,
  view,
  children,
}: {
  chart: string | undefined;
  /** The view being presented, when it is one of the site's views. */
  view: string | null;
  children: ReactNode;
}) {
  if (!chart) return children;
  const fitted = <FitToScreen>{children}</FitToScreen>;
  return view ? (
    <ChartCheck chart={chart} view={view}>
      {fitted}
    </ChartCheck>
  ) : (
    fitted
  );
}
