// Every view's chart registry (src/features/<view>/<view>Charts.ts), by view name: for the playlist's
// labels and anything else that names a chart by its id outside its view.
import type { ChartDef, ViewCharts } from '../charts/chartRegistry.ts';

const modules = import.meta.glob<Record<string, unknown>>('../features/*/*Charts.ts', { eager: true });

function isViewCharts(value: unknown): value is ViewCharts<never> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { view?: unknown }).view === 'string' &&
    Array.isArray((value as { charts?: unknown }).charts)
  );
}

const REGISTRIES: ViewCharts<never>[] = Object.values(modules).flatMap((m) =>
  Object.values(m).filter(isViewCharts),
);

/** The chart with this id in this view's registry. */
export function registeredChart(view: string, id: string): ChartDef<never> | undefined {
  return REGISTRIES.find((r) => r.view === view)?.charts.find((c) => c.id === id);
}
