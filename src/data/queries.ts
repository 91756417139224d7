// TanStack Query hooks: the one asynchronous boundary between the dataset and the views.
// Each chunk is fetched once per session and validated before any selector sees it.
import { useQuery, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { fetchChunk } from './fetchChunk.ts';
import {
  manifestSchema,
  totalsSchema,
  countryCellsSchema,
  yearCrossSectionSchema,
  fatalitiesSchema,
  populationSchema,
  type Manifest,
  type Totals,
  type CountryCells,
  type YearCrossSection,
  type Fatalities,
  type Population,
} from './schema.ts';

const forever = { staleTime: Infinity, gcTime: Infinity, retry: 1 } as const;

const manifestQuery = {
  queryKey: ['manifest'],
  queryFn: ({ signal }: { signal: AbortSignal }) => fetchChunk('manifest.json', manifestSchema, { signal }),
  ...forever,
};

export function useManifest(): UseQueryResult<Manifest> {
  return useQuery(manifestQuery);
}

/**
 * Every view starts from the manifest. Asking for it when the app starts, instead of when the view's
 * code has arrived and rendered, takes one round trip off the way to the first chart on a slow network.
 */
export function prefetchManifest(client: QueryClient): void {
  void client.prefetchQuery(manifestQuery);
}

/** Chunks after the manifest carry its version in the URL, so a new dataset is never mixed with cached old chunks. */
function useVersionedChunk<T>(
  key: readonly unknown[],
  file: string | null,
  schema: Parameters<typeof fetchChunk<T>>[1],
): UseQueryResult<T> {
  const manifest = useManifest();
  const version = manifest.data?.version;
  return useQuery({
    queryKey: [...key, version],
    queryFn: ({ signal }) => fetchChunk(file ?? '', schema, { version, signal }),
    enabled: version !== undefined && file !== null,
    ...forever,
  });
}

export const useTotals = (): UseQueryResult<Totals> => useVersionedChunk(['totals'], 'totals.json', totalsSchema);

export const useCountryCells = (iso3: string | null): UseQueryResult<CountryCells> =>
  useVersionedChunk(['country', iso3], iso3 ? `countries/${iso3}.json` : null, countryCellsSchema);

export const useYearCrossSection = (year: number | null): UseQueryResult<YearCrossSection> =>
  useVersionedChunk(['year', year], year === null ? null : `years/${year}.json`, yearCrossSectionSchema);

export const useFatalities = (): UseQueryResult<Fatalities> =>
  useVersionedChunk(['fatalities'], 'fatalities.json', fatalitiesSchema);

export const usePopulation = (): UseQueryResult<Population> =>
  useVersionedChunk(['population'], 'population.json', populationSchema);
