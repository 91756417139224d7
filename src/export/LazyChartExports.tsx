// The export and share controls, loaded on demand: they carry SVG/PNG rendering, dialogs and the
// playlist store, which no chart needs to draw. A view that imports this instead of ChartExports keeps
// them out of its first load: they are fetched once the page has painted, and the buttons appear a
// moment after the chart.
import { lazy, Suspense, useEffect, useState } from 'react';
import { afterPaint } from '../ui/afterPaint.ts';
import type { ChartExportSpec } from './chartExport.ts';

const ChartExports = lazy(() => import('./ChartExports.tsx').then((m) => ({ default: m.ChartExports })));

export function LazyChartExports({ spec }: { spec: ChartExportSpec }) {
  const [isPainted, setPainted] = useState(false);
  useEffect(() => afterPaint(() => setPainted(true)), []);
  if (!isPainted) return null;
  return (
    <Suspense fallback={null}>
      <ChartExports spec={spec} />
    </Suspense>
  );
}
