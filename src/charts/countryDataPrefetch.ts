// The prefetch (chartRegistry.ts) of a chart about one country: the files its data labels name, for
// the country in the view. Derived from the labels, so a chart's data are declared once.
import type { QueryClient } from '@tanstack/react-query';
import { prefetchChunks, type VersionedChunkRef } from '../data/queries.ts';
import type { Manifest } from '../data/schema.ts';
import type { ChartData, ChartDef } from './chartRegistry.ts';

/** What a chart about one country gets from its page (at least). */
export interface CountryChartProps {
  manifest: Manifest;
  view: { country: string };
}

/** The files behind `data` for `country`; labels that name no single file of the country are left out. */
export function countryChunks(data: readonly ChartData[], country: string): VersionedChunkRef[] {
  const refs: VersionedChunkRef[] = [];
  if (data.includes('country cells')) refs.push({ kind: 'country', iso3: country });
  if (data.includes('contributor totals')) refs.push({ kind: 'totals' });
  if (data.includes('fatalities')) refs.push({ kind: 'fatalities' });
  if (data.includes('population')) refs.push({ kind: 'population' });
  return refs;
}

/** The charts, each given the prefetch of its own data labels (a chart with its own is kept as it is). */
export function withCountryDataPrefetch<P extends CountryChartProps>(
  charts: readonly ChartDef<P>[],
): ChartDef<P>[] {
  return charts.map((def) =>
    def.prefetch
      ? def
      : {
          ...def,
          prefetch: (props: P, client: QueryClient) =>
            prefetchChunks(client, props.manifest, countryChunks(def.data, props.view.country)),
        },
  );
}
